export * from './keyset-page.js';
export * from './text-search.js';
