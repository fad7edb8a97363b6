export * from './engagement-field-rules';
export * from './consultation.inputs';
export * from './create-activity.input';
export * from './engagement-record.inputs';
