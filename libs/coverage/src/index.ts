export * from './types/coverage.types';
export * from './inputs/coverage-window.input';
export * from './services/coverage-query.service';
export * from './services/coverage-summary';
export * from './services/coverage.service';
export * from './loaders/coverage.loaders';
export * from './coverage.module';
