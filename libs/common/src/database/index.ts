export * from './sql-fragment.js';
