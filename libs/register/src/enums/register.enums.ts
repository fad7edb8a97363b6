import { registerEnumType } from '@nestjs/graphql';

export enum Language {
  FI = 'FI',
  SV = 'SV',
  EN = 'EN',
  SE = 'SE',
  SMN = 'SMN',
  SMS = 'SMS',
  OTHER = 'OTHER',
}

export enum OrganisationType {
  ASSOCIATION = 'ASSOCIATION',
  FOUNDATION = 'FOUNDATION',
  COMPANY = 'COMPANY',
  EMPLOYER_ORGANISATION = 'EMPLOYER_ORGANISATION',
  TRADE_UNION = 'TRADE_UNION',
  MUNICIPALITY = 'MUNICIPALITY',
  WELLBEING_SERVICES_COUNTY = 'WELLBEING_SERVICES_COUNTY',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  RESEARCH_ORGANISATION = 'RESEARCH_ORGANISATION',
  EDUCATION_PROVIDER = 'EDUCATION_PROVIDER',
  RELIGIOUS_COMMUNITY = 'RELIGIOUS_COMMUNITY',
  INFORMAL_GROUP = 'INFORMAL_GROUP',
  OTHER = 'OTHER',
}

export enum LawfulBasis {
  PUBLIC_TASK = 'PUBLIC_TASK',
  LEGITIMATE_INTEREST = 'LEGITIMATE_INTEREST',
  CONSENT = 'CONSENT',
}

registerEnumType(Language, { name: 'Language' });
registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(LawfulBasis, { name: 'LawfulBasis' });
