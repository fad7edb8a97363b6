export * from './sql-fragment.js';
export * from './text-search.js';
