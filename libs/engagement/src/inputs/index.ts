export * from './engagement-field-rules.js';
export * from './consultation.inputs.js';
export * from './create-activity.input.js';
export * from './engagement-record.inputs.js';
export * from './update-activity.input.js';
export * from './void-engagements.args.js';
export * from './activity-list.inputs.js';
export * from './engagement-history.args.js';
