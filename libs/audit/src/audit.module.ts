import { Global, Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service.js';
import { AuditTrail } from './audit-trail.service.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditEventRepository } from './repositories/audit-event.repository.js';

/** The audit trail: every feature module records its changes with AuditTrail. */
@Global()
@Module({ providers: [AuditTrail, AuditQueryService, AuditEventRepository, AuditResolver], exports: [AuditTrail] })
export class AuditModule {}
