export * from './versioned.entity.js';
