export * from './error-code.js';
export * from './domain.error.js';
export * from './field-errors.js';
export * from './sanitising-exception.filter.js';
export * from './error-extensions.js';
