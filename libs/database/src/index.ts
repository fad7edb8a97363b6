export * from './embedded-database';
export * from './query-observer';
export * from './orm-options';
export * from './run-migrations';
export * from './database.module';
export * from './fetch-keyset-page';
export * from './shutdown-state';
