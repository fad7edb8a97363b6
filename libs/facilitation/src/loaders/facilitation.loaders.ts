import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byIdLoader, type GraphQLRequestContext, groupByKey, requestLoader } from '@sidos/common';
import { Facilitator, FacilitatorAssignment } from '../entities/index.js';
import { FacilitatorRepository } from '../repositories/facilitator.repository.js';
import { FeedbackRepository } from '../repositories/feedback.repository.js';
import { FeedbackComment, FeedbackSummary } from '../types/feedback.types.js';

/**
 * Request-scoped DataLoaders of the facilitator pool and feedback: each field of a list of N records
 * costs one SQL statement, whatever N is.
 */
@Injectable()
export class FacilitationLoaders {
  constructor(
    private readonly facilitators: FacilitatorRepository,
    private readonly feedback: FeedbackRepository,
  ) {}

  facilitator(context: GraphQLRequestContext): DataLoader<string, Facilitator | null> {
    return byIdLoader(context, 'facilitation.facilitator', (ids) => this.facilitators.findByIds(ids));
  }

  /** LEAD first, then by facilitator name. */
  assignmentsOfActivity(context: GraphQLRequestContext): DataLoader<string, FacilitatorAssignment[]> {
    return requestLoader(context, 'facilitation.assignmentsOfActivity', async (ids: readonly string[]) =>
      groupByKey(ids, await this.facilitators.assignmentsOfActivities(ids), (assignment) => assignment.activity.id),
    );
  }

  /** The assignments to activities dated inside [from, to], oldest first; one loader per window asked for. */
  assignmentsOfFacilitator(context: GraphQLRequestContext, from: string | null, to: string | null): DataLoader<string, FacilitatorAssignment[]> {
    return requestLoader(context, `facilitation.assignmentsOfFacilitator:${from ?? ''}:${to ?? ''}`, async (ids: readonly string[]) =>
      groupByKey(ids, await this.facilitators.assignmentsOfFacilitators(ids, from, to), (assignment) => assignment.facilitator.id),
    );
  }

  activityFeedback(context: GraphQLRequestContext): DataLoader<string, FeedbackSummary> {
    return requestLoader(context, 'facilitation.activityFeedback', (ids: readonly string[]) => this.feedback.activitySummaries(ids));
  }

  consultationFeedback(context: GraphQLRequestContext): DataLoader<string, FeedbackSummary> {
    return requestLoader(context, 'facilitation.consultationFeedback', (ids: readonly string[]) => this.feedback.consultationSummaries(ids));
  }

  /** In the order they were recorded. */
  commentsOfActivity(context: GraphQLRequestContext): DataLoader<string, FeedbackComment[]> {
    return requestLoader(context, 'facilitation.commentsOfActivity', async (ids: readonly string[]) =>
      groupByKey(ids, await this.feedback.commentsOfActivities(ids), (row) => row.activityId).map((rows) => rows.map((row) => row.comment)),
    );
  }
}
