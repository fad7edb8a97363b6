export * from './duplicate-candidate.type.js';
export * from './retention-review-item.type.js';
