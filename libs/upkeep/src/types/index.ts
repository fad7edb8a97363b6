export * from './duplicate-candidate.type';
export * from './retention-review-item.type';
