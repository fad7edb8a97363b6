import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, type Connection, decodeCursor, encodeCursor, toConnection } from '@sidos/common';
import { AuditEvent } from './audit-event.entity.js';

/** The audit trail, newest first, optionally of one entity. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly em: EntityManager) {}

  async list(entityId: string | null | undefined, first: number, after: string | null | undefined): Promise<Connection<AuditEvent>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (entityId) {
      where.push('e."entity_id" = ?');
      params.push(entityId.toLowerCase());
    }
    const countSql = `select count(*)::int as "count" from "audit_event" e${where.length ? ` where ${where.join(' and ')}` : ''}`;
    const countParams = [...params];
    if (after) {
      const [id] = decodeCursor(after, ['string']);
      if (!/^\d{1,19}$/.test(String(id))) throw new BadUserInputError([{ path: 'after', message: 'is not a cursor of this list' }]);
      where.push('e."id" < ?::bigint');
      params.push(id);
    }
    const pageSql = `select e.* from "audit_event" e${where.length ? ` where ${where.join(' and ')}` : ''} order by e."id" desc limit ?`;
    const [rows, [{ count }]] = await Promise.all([
      this.em.execute<Record<string, unknown>[]>(pageSql, [...params, first + 1]),
      this.em.execute<{ count: number }[]>(countSql, countParams),
    ]);
    const events = rows.map((row) => this.em.map(AuditEvent, row));
    return toConnection(events, first, count, (event) => encodeCursor([String(event.id)]), Boolean(after));
  }
}
