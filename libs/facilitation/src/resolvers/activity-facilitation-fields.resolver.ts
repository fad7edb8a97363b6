import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Activity } from '@sidos/engagement';
import { FacilitatorAssignment } from '../entities/index.js';
import { FacilitationLoaders } from '../loaders/facilitation.loaders.js';
import { FeedbackComment, FeedbackSummary } from '../types/feedback.types.js';

/** The facilitators and feedback of an activity: one statement per field for a whole list of activities. */
@Resolver(() => Activity)
export class ActivityFacilitationFieldsResolver {
  constructor(private readonly loaders: FacilitationLoaders) {}

  @ResolveField(() => [FacilitatorAssignment], { description: 'LEAD first, then by facilitator name' })
  facilitators(activity: Activity, _arguments: unknown, context: GraphQLRequestContext): Promise<FacilitatorAssignment[]> {
    return this.loaders.assignmentsOfActivity(context).load(activity.id);
  }

  @ResolveField(() => FeedbackSummary)
  feedback(activity: Activity, _arguments: unknown, context: GraphQLRequestContext): Promise<FeedbackSummary> {
    return this.loaders.activityFeedback(context).load(activity.id);
  }

  @ResolveField(() => [FeedbackComment], { description: 'Responses with a comment, in the order they were recorded' })
  feedbackComments(activity: Activity, _arguments: unknown, context: GraphQLRequestContext): Promise<FeedbackComment[]> {
    return this.loaders.commentsOfActivity(context).load(activity.id);
  }
}
