import { Injectable } from '@nestjs/common';
import { type Connection, pageOf } from '@sidos/common';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventsArgs } from './audit-events.args.js';
import { AuditEventRepository } from './repositories/audit-event.repository.js';

/** The audit trail, newest first unless ordered otherwise, optionally of one entity. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly auditEvents: AuditEventRepository) {}

  list(args: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    return this.auditEvents.page(args.entityId ? args.entityId.toLowerCase() : null, args.orderBy, pageOf(args));
  }
}
