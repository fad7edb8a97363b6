export * from './date.scalar';
export * from './error-formatter';
export * from './request-loaders';
export * from './query-limits';
