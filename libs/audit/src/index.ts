export * from './audit-action.enum.js';
export * from './audit-event.entity.js';
export * from './field-changes.js';
export * from './audit-trail.service.js';
export * from './audit-query.service.js';
export * from './audit.module.js';
