export * from './business-id.js';
export * from './validators.js';
export * from './uuid.js';
export * from './validation-errors.js';
export * from './input-validation.pipe.js';
export * from './update-input.js';
