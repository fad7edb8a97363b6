import type { Language, OrganisationType } from '../graphql/generated/graphql.js';

export const ORGANISATION_TYPES: OrganisationType[] = [
  'ASSOCIATION',
  'COMPANY',
  'EDUCATION_PROVIDER',
  'EMPLOYER_ORGANISATION',
  'FOUNDATION',
  'GOVERNMENT_AGENCY',
  'INFORMAL_GROUP',
  'MUNICIPALITY',
  'OTHER',
  'RELIGIOUS_COMMUNITY',
  'RESEARCH_ORGANISATION',
  'TRADE_UNION',
  'WELLBEING_SERVICES_COUNTY',
];

export const LANGUAGES: Language[] = ['FI', 'SV', 'EN', 'SE', 'SMN', 'SMS', 'OTHER'];
