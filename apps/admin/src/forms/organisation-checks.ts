import { isValidBusinessId, normaliseBusinessId } from '../../../../libs/common/src/validation/business-id.js';
import type { Dictionary } from '../i18n/dictionary-en.js';
import type { Language, OrganisationType } from '../graphql/generated/graphql.js';

/** What the organisation form holds while it is edited. */
export interface OrganisationFormValues {
  name: string;
  nameSv: string;
  nameEn: string;
  businessId: string;
  type: OrganisationType | '';
  languages: Language[];
  municipality: string;
  website: string;
  email: string;
  notes: string;
  policyAreaIds: string[];
}

export type OrganisationField = keyof OrganisationFormValues;
export type FieldErrors = Partial<Record<OrganisationField, string>>;

const NAME_MAX_LENGTH = 300;
const SHORT_TEXT_MAX_LENGTH = 300;
const LONG_TEXT_MAX_LENGTH = 10_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The server's checks of an organisation, run before sending (the same business ID check digit code as the
 * API's): required name and type, lengths, the business ID, the email and the http(s) website.
 */
export function checkOrganisation(values: OrganisationFormValues, t: Dictionary): FieldErrors {
  const errors: FieldErrors = {};
  if (values.name.trim() === '') errors.name = t.checks.required;
  else if (values.name.trim().length > NAME_MAX_LENGTH) errors.name = t.checks.tooLong(NAME_MAX_LENGTH);
  for (const field of ['nameSv', 'nameEn'] as const) if (values[field].trim().length > NAME_MAX_LENGTH) errors[field] = t.checks.tooLong(NAME_MAX_LENGTH);
  if (values.type === '') errors.type = t.checks.required;
  const businessId = values.businessId.trim();
  if (businessId !== '' && !isValidBusinessId(normaliseBusinessId(businessId))) errors.businessId = t.checks.businessId;
  const email = values.email.trim();
  if (email !== '' && !EMAIL.test(email)) errors.email = t.checks.email;
  else if (email.length > SHORT_TEXT_MAX_LENGTH) errors.email = t.checks.tooLong(SHORT_TEXT_MAX_LENGTH);
  const website = values.website.trim();
  if (website !== '' && !isHttpUrl(website)) errors.website = t.checks.url;
  if (values.municipality.trim().length > SHORT_TEXT_MAX_LENGTH) errors.municipality = t.checks.tooLong(SHORT_TEXT_MAX_LENGTH);
  if (values.notes.trim().length > LONG_TEXT_MAX_LENGTH) errors.notes = t.checks.tooLong(LONG_TEXT_MAX_LENGTH);
  return errors;
}
