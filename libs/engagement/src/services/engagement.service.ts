import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTrail, createdFields } from '@sidos/audit';
import { Viewer } from '@sidos/auth';
import { FieldErrors, isUuid, NotFoundError } from '@sidos/common';
import { checkReferencesIn, Contact, Organisation, ReferenceRepository, StakeholderGroup } from '@sidos/register';
import { Engagement } from '../entities/index.js';
import { EngagementRecordInput, RecordEngagementsArgs } from '../inputs/index.js';
import { ActivityRepository } from '../repositories/activity.repository.js';
import { assertMayChangeMinistry } from './ministry-access.js';

type ReferenceField = 'organisationId' | 'contactId' | 'groupId';

const ENGAGEMENT_AUDIT_FIELDS = ['activityId', 'kind', 'organisationId', 'contactId', 'groupId', 'participantCount', 'notes'] as const;

/** The records' references to one table, at their paths "records.N.<field>". */
function recordReferences(records: EngagementRecordInput[], field: ReferenceField): { path: string; id: string }[] {
  return records.flatMap((record, index) => {
    const id = record[field];
    return id ? [{ path: `records.${index}.${field}`, id }] : [];
  });
}

/** Engagement history: who took part in which activity. */
@Injectable()
export class EngagementService {
  constructor(
    private readonly em: EntityManager,
    private readonly activities: ActivityRepository,
    private readonly references: ReferenceRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  /**
   * Writes a batch of records for one activity, all or none: every record is checked (unknown ids are
   * BAD_USER_INPUT at "records.N.organisationId", …) before any is written, and one flush writes them in one transaction.
   */
  async record(viewer: Viewer, { activityId, records }: RecordEngagementsArgs): Promise<Engagement[]> {
    const activity = isUuid(activityId) ? await this.activities.findWithConsultation(activityId) : null;
    if (!activity) throw new NotFoundError('Activity', activityId);
    assertMayChangeMinistry(viewer, activity.consultation.getEntity().ministry);

    const errors = new FieldErrors();
    await checkReferencesIn(this.references, errors, [
      { table: 'organisation', references: recordReferences(records, 'organisationId') },
      { table: 'contact', references: recordReferences(records, 'contactId') },
      { table: 'stakeholder_group', references: recordReferences(records, 'groupId') },
    ]);
    errors.throwIfAny();

    const createdAt = new Date();
    const engagements = records.map((record) => {
      const engagement = this.em.create(Engagement, {
        activity,
        kind: record.kind,
        organisation: record.organisationId ? this.em.getReference(Organisation, record.organisationId.toLowerCase()) : null,
        contact: record.contactId ? this.em.getReference(Contact, record.contactId.toLowerCase()) : null,
        group: record.groupId ? this.em.getReference(StakeholderGroup, record.groupId.toLowerCase()) : null,
        participantCount: record.participantCount ?? null,
        notes: record.notes ?? null,
        createdAt,
      });
      this.auditTrail.record(
        this.em,
        viewer,
        AuditAction.CREATE,
        'Engagement',
        engagement.id,
        createdFields({ activityId: activity.id, ...record }, ENGAGEMENT_AUDIT_FIELDS),
      );
      return engagement;
    });
    await this.em.flush();
    return engagements;
  }
}
