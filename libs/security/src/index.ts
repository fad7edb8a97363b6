export * from './rate-limit.store';
export * from './rate-limit.middleware';
export * from './security.module';
export * from './http-hardening';
