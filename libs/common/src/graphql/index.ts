export * from './date.scalar.js';
export * from './error-formatter.js';
export * from './request-loaders.js';
export * from './query-limits.js';
export * from './preloaded-fields.js';
