import { Global, Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service';
import { AuditTrail } from './audit-trail.service';
import { AuditResolver } from './audit.resolver';

/** The audit trail: every feature module records its changes with AuditTrail. */
@Global()
@Module({ providers: [AuditTrail, AuditQueryService, AuditResolver], exports: [AuditTrail] })
export class AuditModule {}
