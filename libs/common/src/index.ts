export * from './errors/index.js';
export * from './validation/index.js';
export * from './pagination/index.js';
export * from './graphql/index.js';
export * from './database/index.js';
export * from './time/index.js';
export * from './access/index.js';
export * from './entities/index.js';
