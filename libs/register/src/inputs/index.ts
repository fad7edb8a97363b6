export * from './create-policy-area.input.js';
export * from './update-policy-area.input.js';
export * from './organisation.inputs.js';
export * from './contact.inputs.js';
export * from './stakeholder-group.inputs.js';
export * from './filter.inputs.js';
export * from './list-order.inputs.js';
export * from './list.args.js';
