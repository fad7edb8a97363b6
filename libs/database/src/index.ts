export * from './embedded-database.js';
export * from './query-observer.js';
export * from './orm-options.js';
export * from './run-migrations.js';
export * from './database.module.js';
export * from './fetch-keyset-page.js';
export * from './shutdown-state.js';
