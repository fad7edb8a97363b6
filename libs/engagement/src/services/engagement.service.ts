import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTrail, createdFields, diffFields } from '@sidos/audit';
import { Viewer } from '@sidos/auth';
import { BadUserInputError, FieldErrors, isUuid, NotFoundError } from '@sidos/common';
import { checkReferencesIn, Contact, Organisation, ReferenceRepository, StakeholderGroup } from '@sidos/register';
import { Engagement } from '../entities/index.js';
import { EngagementRecordInput, RecordEngagementsArgs, VoidEngagementsArgs } from '../inputs/index.js';
import { ActivityRepository } from '../repositories/activity.repository.js';
import { assertMayChangeMinistry } from './ministry-access.js';

type ReferenceField = 'organisationId' | 'contactId' | 'groupId';

const ENGAGEMENT_AUDIT_FIELDS = ['activityId', 'kind', 'organisationId', 'contactId', 'groupId', 'participantCount', 'notes'] as const;
const VOID_AUDIT_FIELDS = ['voided', 'voidReason'] as const;

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

  /**
   * Voids records made by mistake, all or none: each stays in the history with the reason, the time and
   * the voider, and counts nowhere from then on. FORBIDDEN when any record belongs to a consultation of
   * another ministry (for an EDITOR); BAD_USER_INPUT at "ids.N" for an id that names no record, a record
   * already voided, or an id named twice; nothing is written then. The records stay locked until the
   * mutation's transaction ends, so two calls cannot void one record twice.
   */
  async voidRecords(viewer: Viewer, { ids, reason }: VoidEngagementsArgs): Promise<Engagement[]> {
    if (ids.length === 0) throw new BadUserInputError([{ path: 'ids', message: 'must name at least one engagement record' }]);
    const wanted = ids.map((id) => (isUuid(id) ? id.toLowerCase() : null));
    const found = new Map(
      (await this.activities.engagementsForVoid([...new Set(wanted.filter((id): id is string => id !== null))])).map((row) => [row.engagement.id, row]),
    );
    for (const ministry of new Set([...found.values()].map((row) => row.ministry))) assertMayChangeMinistry(viewer, ministry);

    const errors = new FieldErrors();
    const seen = new Set<string>();
    wanted.forEach((id, index) => {
      const row = id === null ? undefined : found.get(id);
      if (!row) errors.add(`ids.${index}`, `names no engagement record (unknown id ${JSON.stringify(ids[index])})`);
      else if (seen.has(row.engagement.id)) errors.add(`ids.${index}`, 'names a record already named earlier in the list');
      else if (row.engagement.voided) errors.add(`ids.${index}`, `is already voided (${row.engagement.voidedAt?.toISOString() ?? 'earlier'})`);
      if (id !== null) seen.add(id);
    });
    errors.throwIfAny();

    const voidedAt = new Date();
    const engagements = wanted.map((id) => found.get(id!)!.engagement);
    for (const engagement of engagements) {
      const before = { voided: engagement.voided, voidReason: engagement.voidReason };
      engagement.voided = true;
      engagement.voidReason = reason;
      engagement.voidedAt = voidedAt;
      engagement.voidedBy = viewer.id;
      this.auditTrail.record(this.em, viewer, AuditAction.UPDATE, 'Engagement', engagement.id, diffFields(before, engagement as never, VOID_AUDIT_FIELDS));
    }
    await this.em.flush();
    return engagements;
  }
}
