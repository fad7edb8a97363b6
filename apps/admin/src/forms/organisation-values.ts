import type { CreateOrganisationInput, OrganisationQuery, OrganisationType } from '../graphql/generated/graphql.js';
import type { OrganisationFormValues } from './organisation-checks.js';

type Organisation = NonNullable<OrganisationQuery['organisation']>;

export function formValuesOf(organisation: Organisation): OrganisationFormValues {
  return {
    name: organisation.name,
    nameSv: organisation.nameSv ?? '',
    nameEn: organisation.nameEn ?? '',
    businessId: organisation.businessId ?? '',
    type: organisation.type,
    languages: organisation.languages,
    municipality: organisation.municipality ?? '',
    website: organisation.website ?? '',
    email: organisation.email ?? '',
    notes: organisation.notes ?? '',
    policyAreaIds: organisation.policyAreas.map((area) => area.id),
  };
}

/** The input of create and update: every field of the form (an empty optional text clears it). */
export function inputOf(values: OrganisationFormValues): CreateOrganisationInput {
  return {
    name: values.name,
    nameSv: values.nameSv,
    nameEn: values.nameEn,
    businessId: values.businessId,
    type: values.type as OrganisationType,
    languages: values.languages,
    municipality: values.municipality,
    website: values.website,
    email: values.email,
    notes: values.notes,
    policyAreaIds: values.policyAreaIds,
  };
}
