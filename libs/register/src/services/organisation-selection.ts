import { type EntityManager } from '@mikro-orm/postgresql';
import { propertiesForFields } from '@sidos/database';
import { Affiliation, Contact } from '../entities/index.js';
import { type AffiliationReadProperties } from '../repositories/organisation.repository.js';

/** What a request asks of the organisations it reads (built by the resolvers from the request's operation). */
export interface OrganisationSelection {
  /** The names of the organisation's fields selected without arguments: the relations read with it. */
  fields: readonly string[];
  /** The names of the fields the request asks anywhere of affiliations (fieldsAskedOfType). */
  affiliationFields: ReadonlySet<string>;
  /** The same of contacts. */
  contactFields: ReadonlySet<string>;
}

/** A selection that reads no relation (a service call outside a GraphQL request). */
export const NO_SELECTION: OrganisationSelection = { fields: [], affiliationFields: new Set(), contactFields: new Set() };

/**
 * The fields of Affiliation and Contact, of any feature, that are not properties of the same name and whose
 * resolvers read nothing of the object but its id and references (loaders keyed by them; an affiliation's
 * `organisation` and `contact` are its reference properties). Any other field that is not a property makes a
 * read take every column (propertiesForFields); a test checks that each field of the two types is one or the other.
 */
export const FIELDS_READING_KEYS_ONLY: Record<'Affiliation' | 'Contact', readonly string[]> = {
  Affiliation: [],
  Contact: ['affiliations', 'groups', 'engagements', 'preferences', 'themesRaised'],
};

/** The properties of affiliations and contacts that a read for the selection reads: those its request asks for. */
export function affiliationPropertiesOf(em: EntityManager, selection: OrganisationSelection): AffiliationReadProperties {
  return {
    affiliation: propertiesForFields(em, Affiliation, selection.affiliationFields, FIELDS_READING_KEYS_ONLY.Affiliation),
    contact: propertiesForFields(em, Contact, selection.contactFields, FIELDS_READING_KEYS_ONLY.Contact),
  };
}
