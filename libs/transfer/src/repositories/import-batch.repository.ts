import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, type AuditAction, type FieldChange } from '@sidos/audit';
import { executeInBatches, executeSql } from './sql-batches.js';

/** One audit event of an import, as AuditTrail.record would write it. */
export interface AuditRecord {
  action: AuditAction;
  entityId: string;
  changes: FieldChange[];
}

/** The audit events of a batch. Bindings: when, the actor's id, the entity type, the batch (a jsonb array of `action`, `entity_id`, `changes`). */
const INSERT_AUDIT_EVENTS_SQL = `insert into "audit_event" ("at", "actor", "action", "entity_type", "entity_id", "changes")
     select ?::timestamptz, ?, r."action", ?, r."entity_id", r."changes"
     from jsonb_to_recordset(?::jsonb) as r("action" text, "entity_id" text, "changes" jsonb)`;

/** Refreshes the planner's statistics of the tables (quoted names, comma-separated). */
const ANALYZE_SQL = (tables: string) => `analyze ${tables}`;

/**
 * The statements every register import writes besides its records: its audit events and the planner's
 * statistics. Each method runs on the entity manager it is given: the import's transaction.
 */
@Injectable()
export class ImportBatchRepository {
  /**
   * Writes the audit events of an import set-based, in the import's transaction: the same rows that
   * AuditTrail.record writes one by one (the changes as libs/audit's createdFields and diffFields make them).
   */
  async insertAuditEvents(em: EntityManager, actor: Actor, at: Date, entityType: string, records: readonly AuditRecord[]): Promise<void> {
    await executeInBatches(
      em,
      INSERT_AUDIT_EVENTS_SQL,
      records.map((record) => ({ action: record.action, entity_id: record.entityId, changes: record.changes })),
      (batch) => [at, actor.id, entityType, batch],
    );
  }

  /** ANALYZE of the tables, in the import's transaction (it counts the import's own rows and commits with it). */
  async analyze(em: EntityManager, tables: readonly string[]): Promise<void> {
    await executeSql(em, ANALYZE_SQL(tables.map((table) => `"${table}"`).join(', ')), []);
  }
}
