import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Connection, type KeysetOrder, OrderDirection, type PageRequest, type SqlFragment } from '@sidos/common';
import { fetchKeysetPage, ON_PRIMARY } from '@sidos/database';
import { AuditEvent } from '../audit-event.entity.js';

/** The audit list's condition on audit event `e`: of one entity (binding: its id). */
export const AUDIT_EVENT_OF_ENTITY_SQL = 'e."entity_id" = ?';

/** Newest first: the ids ascend in the order events were written. */
const NEWEST_FIRST: KeysetOrder = { tag: 'auditEvents.NEWEST', keys: [{ sql: 'e."id"', type: 'bigint' }], direction: OrderDirection.DESC };

/** The reads of the audit trail, on the primary. */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly em: EntityManager) {}

  /** A keyset page of the events (of the entity, when given), newest first, with the total; two statements run together. */
  page(entityId: string | null, page: PageRequest): Promise<Connection<AuditEvent>> {
    const where: SqlFragment[] = entityId ? [{ sql: AUDIT_EVENT_OF_ENTITY_SQL, params: [entityId] }] : [];
    return fetchKeysetPage(this.em, AuditEvent, { select: 'e.*', from: '"audit_event" e', where, order: NEWEST_FIRST, page }, ON_PRIMARY);
  }
}
