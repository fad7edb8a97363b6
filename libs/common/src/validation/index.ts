export * from './business-id';
export * from './validators';
export * from './uuid';
export * from './validation-errors';
export * from './input-validation.pipe';
