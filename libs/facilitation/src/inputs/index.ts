export * from './facilitator.inputs.js';
export * from './feedback.inputs.js';
