export * from './audit-action.enum';
export * from './audit-event.entity';
export * from './field-changes';
export * from './audit-trail.service';
export * from './audit-query.service';
export * from './audit.module';
