export * from './duplicate-organisations.args.js';
export * from './merge-organisations.args.js';
export * from './retention-review.args.js';
