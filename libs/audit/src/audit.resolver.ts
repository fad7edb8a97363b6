import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@sidos/auth';
import { type Connection, ConnectionType } from '@sidos/common';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventsArgs } from './audit-events.args.js';
import { AuditQueryService } from './audit-query.service.js';

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditQuery: AuditQueryService) {}

  /** ADMIN only. Newest first. */
  @Query(() => AuditEventConnection)
  @Roles(Role.ADMIN)
  auditEvents(@Args() args: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    return this.auditQuery.list(args);
  }
}
