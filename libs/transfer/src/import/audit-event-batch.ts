import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AuditAction, FieldChange } from '@sidos/audit';
import { executeInBatches } from '../repositories/sql-batches.js';

export interface AuditRecord {
  action: AuditAction;
  entityId: string;
  changes: FieldChange[];
}

/**
 * Writes the audit events of an import set-based, in the import's transaction: the same rows that
 * AuditTrail.record writes one by one (the changes as libs/audit's createdFields and diffFields make them).
 */
export async function insertAuditEvents(em: EntityManager, actor: Actor, at: Date, entityType: string, records: readonly AuditRecord[]): Promise<void> {
  await executeInBatches(
    em,
    `insert into "audit_event" ("at", "actor", "action", "entity_type", "entity_id", "changes")
     select ?::timestamptz, ?, r."action", ?, r."entity_id", r."changes"
     from jsonb_to_recordset(?::jsonb) as r("action" text, "entity_id" text, "changes" jsonb)`,
    records.map((record) => ({ action: record.action, entity_id: record.entityId, changes: record.changes })),
    (batch) => [at, actor.id, entityType, batch],
  );
}
