export * from './date.scalar.js';
export * from './error-formatter.js';
export * from './request-loaders.js';
export * from './query-limits.js';
export * from './response-budget.js';
export * from './list-bounds.js';
export * from './preloaded-fields.js';
export * from './contract-descriptions.js';
