export * from './duplicate-organisations.args';
export * from './merge-organisations.args';
export * from './retention-review.args';
