export * from './errors';
export * from './validation';
export * from './pagination';
export * from './graphql';
export * from './database';
