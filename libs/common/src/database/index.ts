export * from './keyset-page.js';
