import { registerEnumType } from '@nestjs/graphql';
import { type ListOrder, ListOrderInput } from '@sidos/common';

/** What the organisations list can be ordered by. */
export enum OrganisationOrderField {
  NAME = 'NAME',
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
}

/** What the contacts list can be ordered by. */
export enum ContactOrderField {
  NAME = 'NAME',
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
}

/** What the stakeholder groups list can be ordered by. */
export enum StakeholderGroupOrderField {
  NAME = 'NAME',
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
}

const CREATED = { description: 'When the record was created (createdAt).' };
const UPDATED = { description: 'When the record was last changed (updatedAt).' };

registerEnumType(OrganisationOrderField, {
  name: 'OrganisationOrderField',
  description: 'What the organisations list is ordered by (ties by id).',
  valuesMap: { NAME: { description: 'The Finnish name, case-insensitively.' }, CREATED, UPDATED },
});
registerEnumType(ContactOrderField, {
  name: 'ContactOrderField',
  description: 'What the contacts list is ordered by (ties by id).',
  valuesMap: { NAME: { description: 'Last name, then first name, case-insensitively.' }, CREATED, UPDATED },
});
registerEnumType(StakeholderGroupOrderField, {
  name: 'StakeholderGroupOrderField',
  description: 'What the stakeholder groups list is ordered by (ties by id).',
  valuesMap: { NAME: { description: 'The name, case-insensitively.' }, CREATED, UPDATED },
});

export const OrganisationOrder = ListOrderInput(OrganisationOrderField, 'Organisation', 'An order of the organisations list.');
export type OrganisationOrder = ListOrder<OrganisationOrderField>;
export const ContactOrder = ListOrderInput(ContactOrderField, 'Contact', 'An order of the contacts list.');
export type ContactOrder = ListOrder<ContactOrderField>;
export const StakeholderGroupOrder = ListOrderInput(StakeholderGroupOrderField, 'StakeholderGroup', 'An order of the stakeholder groups list.');
export type StakeholderGroupOrder = ListOrder<StakeholderGroupOrderField>;
