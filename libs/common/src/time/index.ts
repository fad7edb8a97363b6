export * from './finnish-date.js';
export * from './iso-time.js';
