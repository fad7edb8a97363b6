export * from './rate-limit.store.js';
export * from './rate-limit.middleware.js';
export * from './security.module.js';
export * from './http-hardening.js';
