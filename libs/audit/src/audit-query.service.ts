import { Injectable } from '@nestjs/common';
import { BadUserInputError, type Connection, decodeCursor, encodeCursor, toConnection } from '@sidos/common';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventRepository } from './repositories/audit-event.repository.js';

/** The audit trail, newest first, optionally of one entity. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly auditEvents: AuditEventRepository) {}

  async list(entityId: string | null | undefined, first: number, after: string | null | undefined): Promise<Connection<AuditEvent>> {
    let beforeId: string | null = null;
    if (after) {
      const [id] = decodeCursor(after, ['string']);
      if (!/^\d{1,19}$/.test(String(id))) throw new BadUserInputError([{ path: 'after', message: 'is not a cursor of this list' }]);
      beforeId = String(id);
    }
    const { events, totalCount } = await this.auditEvents.page(entityId ? entityId.toLowerCase() : null, beforeId, first + 1);
    return toConnection(events, first, totalCount, (event) => encodeCursor([String(event.id)]), Boolean(after));
  }
}
