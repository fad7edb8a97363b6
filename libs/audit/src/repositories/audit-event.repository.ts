import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Connection, type KeysetOrder, keysetOrder, OrderDirection, type PageRequest, type SortKey, type SqlFragment } from '@sidos/common';
import { fetchKeysetPage, ON_PRIMARY } from '@sidos/database';
import { AuditEvent } from '../audit-event.entity.js';
import { type AuditEventOrder, AuditEventOrderField } from '../audit-events.args.js';

/** The audit list's condition on audit event `e`: of one entity (binding: its id). */
export const AUDIT_EVENT_OF_ENTITY_SQL = 'e."entity_id" = ?';

const AUDIT_EVENT_ID: SortKey = { sql: 'e."id"', type: 'bigint' };

/** Newest first: the ids ascend in the order events were written (the primary key's index, read backward). */
const NEWEST_FIRST: KeysetOrder = { tag: 'auditEvents.NEWEST', keys: [AUDIT_EVENT_ID], direction: OrderDirection.DESC };

/** The keys of each order of the trail (the id follows them), with the index (at, id). */
const AUDIT_EVENT_ORDER_KEYS: Record<AuditEventOrderField, SortKey[]> = {
  AT: [{ sql: 'e."at"', type: 'timestamp' }],
};

/** The reads of the audit trail, on the primary. */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly em: EntityManager) {}

  /** A keyset page of the events (of the entity, when given) in the order asked for (newest first when none), with the total; two statements run together. */
  page(entityId: string | null, orderBy: AuditEventOrder | null | undefined, page: PageRequest): Promise<Connection<AuditEvent>> {
    const where: SqlFragment[] = entityId ? [{ sql: AUDIT_EVENT_OF_ENTITY_SQL, params: [entityId] }] : [];
    const order = orderBy ? keysetOrder('auditEvents', AUDIT_EVENT_ORDER_KEYS, AUDIT_EVENT_ID, orderBy) : NEWEST_FIRST;
    return fetchKeysetPage(this.em, AuditEvent, { select: 'e.*', from: '"audit_event" e', where, order, page }, ON_PRIMARY);
  }
}
