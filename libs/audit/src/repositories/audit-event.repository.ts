import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditEvent } from '../audit-event.entity.js';

/** The audit list's conditions on audit event `e`: of one entity (binding: its id), before an event (binding: its id). */
export const AUDIT_EVENT_OF_ENTITY_SQL = 'e."entity_id" = ?';
export const AUDIT_EVENT_BEFORE_SQL = 'e."id" < ?::bigint';

const whereClause = (conditions: readonly string[]) => (conditions.length ? ` where ${conditions.join(' and ')}` : '');

/** Audit events matching the conditions, newest first. Bindings: the conditions', then the limit. */
export const AUDIT_EVENTS_PAGE_SQL = (conditions: readonly string[]) =>
  `select e.* from "audit_event" e${whereClause(conditions)} order by e."id" desc limit ?`;

/** How many audit events match the conditions. Bindings: the conditions'. */
export const AUDIT_EVENTS_COUNT_SQL = (conditions: readonly string[]) => `select count(*)::int as "count" from "audit_event" e${whereClause(conditions)}`;

/** The reads of the audit trail, on the primary. */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Up to `limit` events (of the entity, when given; older than `beforeId`, when given), newest first,
   * and the total of the entity's events (or of all), in two statements run together.
   */
  async page(entityId: string | null, beforeId: string | null, limit: number): Promise<{ events: AuditEvent[]; totalCount: number }> {
    const filter = entityId ? [AUDIT_EVENT_OF_ENTITY_SQL] : [];
    const filterParams = entityId ? [entityId] : [];
    const page = beforeId ? [...filter, AUDIT_EVENT_BEFORE_SQL] : filter;
    const pageParams = beforeId ? [...filterParams, beforeId] : filterParams;
    const [rows, [{ count }]] = await Promise.all([
      this.em.execute<Record<string, unknown>[]>(AUDIT_EVENTS_PAGE_SQL(page), [...pageParams, limit]),
      this.em.execute<{ count: number }[]>(AUDIT_EVENTS_COUNT_SQL(filter), filterParams),
    ]);
    return { events: rows.map((row) => this.em.map(AuditEvent, row)), totalCount: count };
  }
}
