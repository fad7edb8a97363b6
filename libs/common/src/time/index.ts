export * from './finnish-date.js';
