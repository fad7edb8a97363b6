export * from './create-policy-area.input';
export * from './organisation.inputs';
export * from './contact.inputs';
export * from './stakeholder-group.inputs';
export * from './filter.inputs';
export * from './list.args';
