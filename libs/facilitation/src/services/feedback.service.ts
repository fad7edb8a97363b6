import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTrail } from '@sidos/audit';
import { Viewer } from '@sidos/auth';
import { FieldErrors, NotFoundError } from '@sidos/common';
import { CoverageWindow } from '@sidos/coverage';
import { assertMayChangeMinistry } from '@sidos/engagement';
import { checkReferences, ReferenceRepository } from '@sidos/register';
import { RecordFeedbackArgs } from '../inputs/index.js';
import { ActivityOwnershipRepository } from '../repositories/activity-ownership.repository.js';
import { FeedbackRepository } from '../repositories/feedback.repository.js';
import { FeedbackSummary, MethodFeedback } from '../types/feedback.types.js';
import { validateFeedbackResponses } from './feedback-validation.js';

/**
 * Participants' anonymous feedback on activities (never linked to a contact), and which methods work in
 * which phase. Recording belongs to the ministry of the activity's consultation; every role reads.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly em: EntityManager,
    private readonly activities: ActivityOwnershipRepository,
    private readonly feedback: FeedbackRepository,
    private readonly references: ReferenceRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  /**
   * Writes 1..5000 responses, all or none, in one statement; every bad field is listed at once
   * (responses.N.rating, responses.N.comment, responses.N.groupId). Answers the activity's summary after
   * the write. The audit event records how many responses were added, not their text: comments are free
   * text that may name people, and the audit trail keeps no copy of them.
   */
  async record(viewer: Viewer, { activityId, responses }: RecordFeedbackArgs): Promise<FeedbackSummary> {
    const found = await this.activities.activityWithMinistry(activityId);
    if (!found) throw new NotFoundError('Activity', activityId);
    assertMayChangeMinistry(viewer, found.ministry);

    const { rows, errors: validationErrors } = validateFeedbackResponses(responses);
    const errors = new FieldErrors();
    for (const error of validationErrors) errors.add(error.path, error.message);
    const malformed = new Set(validationErrors.map((error) => error.path));
    await checkReferences(
      this.references,
      errors,
      'stakeholder_group',
      rows.flatMap((row, index) =>
        row.groupId && !malformed.has(`responses.${index}.groupId`) ? [{ path: `responses.${index}.groupId`, id: row.groupId }] : [],
      ),
    );
    errors.throwIfAny();

    await this.feedback.insertResponses(found.activity.id, rows, new Date());
    this.auditTrail.record(this.em, viewer, AuditAction.CREATE, 'FeedbackResponses', found.activity.id, [
      { field: 'responses', from: null, to: String(rows.length) },
    ]);
    await this.em.flush();
    const [summary] = await this.feedback.activitySummaries([found.activity.id]);
    return summary;
  }

  /** One statement whatever the window: see FeedbackRepository.methodFeedback and docs/practice.md. */
  methodFeedback(window: CoverageWindow): Promise<MethodFeedback[]> {
    return this.feedback.methodFeedback(window);
  }
}
