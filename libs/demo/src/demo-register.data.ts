import { Language, LawfulBasis, OrganisationType } from '@sidos/register';

/**
 * The demo register of the embedded default: realistic Finnish stakeholders of the Ministry of
 * Economic Affairs and Employment (TEM). Business IDs are checksum-valid but made up for the demo.
 */

export interface DemoOrganisation {
  key: string;
  name: string;
  nameSv?: string;
  nameEn?: string;
  businessId?: string;
  type: OrganisationType;
  languages: Language[];
  municipality?: string;
  website?: string;
  policyAreas: string[];
  groups: string[];
}

export interface DemoGroup {
  key: string;
  name: string;
  description: string;
  hardToReach: boolean;
  reachNotes?: string;
}

export interface DemoContact {
  /** How the demo consultations refer to the contact. */
  key: string;
  firstName: string;
  lastName: string;
  email?: string;
  title?: string;
  languages: Language[];
  lawfulBasis: LawfulBasis;
  consentAt?: string;
  affiliations: { organisation: string; role: string; primary?: boolean; since?: string; until?: string }[];
  groups?: string[];
}

const { FI, SV, EN, SE, SMN, SMS } = Language;

export const DEMO_POLICY_AREAS = [
  { code: 'labour-market', name: 'Labour market and working life' },
  { code: 'employment-services', name: 'Employment services' },
  { code: 'enterprise-policy', name: 'Enterprise and industrial policy' },
  { code: 'regional-development', name: 'Regional development' },
  { code: 'integration', name: 'Integration of immigrants' },
  { code: 'energy-climate', name: 'Energy and climate' },
  { code: 'innovation', name: 'Innovation and research' },
  { code: 'consumer-policy', name: 'Consumer policy' },
];

export const DEMO_GROUPS: DemoGroup[] = [
  { key: 'youth', name: 'Young people', description: 'Nuoret: people aged 15–29, students and young workers.', hardToReach: true, reachNotes: 'Through youth councils and Allianssi; short online surveys, Instagram, school visits; avoid exam weeks.' },
  { key: 'immigrants', name: 'Immigrants and language minorities', description: 'Maahanmuuttajat ja kieliryhmät.', hardToReach: true, reachNotes: 'Through Moniheli and multicultural associations; materials in plain Finnish, English, Arabic, Russian, Somali; interpreting on request.' },
  { key: 'sami', name: 'The Sámi', description: 'Saamelaiset: the indigenous people of the Sámi homeland.', hardToReach: true, reachNotes: 'The Sámi Parliament (Saamelaiskäräjät) in Inari is the statutory channel (negotiation duty); North, Inari and Skolt Sámi languages; meet in the homeland.' },
  { key: 'disabilities', name: 'People with disabilities', description: 'Vammaiset henkilöt.', hardToReach: true, reachNotes: 'Through the Finnish Disability Forum; sign language interpreting, induction loop, accessible documents, plain language.' },
  { key: 'long-term-unemployed', name: 'Long-term unemployed', description: 'Pitkäaikaistyöttömät: unemployed for 12 months or more.', hardToReach: true, reachNotes: 'Through unemployed associations and employment services; daytime events, travel costs covered.' },
  { key: 'rural', name: 'Rural residents', description: 'Maaseudun asukkaat.', hardToReach: true, reachNotes: 'Through village associations (Kylien Suomi) and MTK; hybrid events, evenings, regional locations.' },
  { key: 'elderly', name: 'Older people', description: 'Ikääntyneet.', hardToReach: true, reachNotes: 'Through older people\'s associations; phone and paper surveys as well as online ones.' },
  { key: 'micro-firms', name: 'Sole entrepreneurs and micro-firms', description: 'Yksinyrittäjät ja mikroyritykset.', hardToReach: true, reachNotes: 'Through Suomen Yrittäjät\'s local associations; short online surveys, early mornings.' },
  { key: 'roma', name: 'Roma', description: 'Romanit.', hardToReach: true, reachNotes: 'Through Roma associations and the Advisory Board on Romani Affairs.' },
  { key: 'swedish-speakers', name: 'Swedish speakers in small municipalities', description: 'Ruotsinkieliset pienissä kunnissa.', hardToReach: true, reachNotes: 'Through Svenska Finlands folkting; material and events in Swedish.' },
  { key: 'labour-market-organisations', name: 'Labour-market organisations', description: 'Työmarkkinajärjestöt: central employer and employee confederations.', hardToReach: false },
  { key: 'municipalities', name: 'Municipalities and wellbeing services counties', description: 'Kunnat ja hyvinvointialueet.', hardToReach: false },
  { key: 'research', name: 'Research institutes and universities', description: 'Tutkimuslaitokset ja yliopistot.', hardToReach: false },
];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'ek', name: 'Elinkeinoelämän keskusliitto EK', nameSv: 'Finlands Näringsliv EK', nameEn: 'Confederation of Finnish Industries', businessId: '0112038-9', type: OrganisationType.EMPLOYER_ORGANISATION, languages: [FI, SV, EN], municipality: 'Helsinki', website: 'https://ek.fi', policyAreas: ['labour-market', 'enterprise-policy', 'energy-climate'], groups: ['labour-market-organisations'] },
  { key: 'sak', name: 'Suomen Ammattiliittojen Keskusjärjestö SAK', nameSv: 'Finlands Fackförbunds Centralorganisation FFC', nameEn: 'Central Organisation of Finnish Trade Unions', businessId: '0194099-3', type: OrganisationType.TRADE_UNION, languages: [FI, SV], municipality: 'Helsinki', website: 'https://www.sak.fi', policyAreas: ['labour-market', 'employment-services'], groups: ['labour-market-organisations'] },
  { key: 'sttk', name: 'Toimihenkilökeskusjärjestö STTK', nameSv: 'Tjänstemannacentralorganisationen STTK', nameEn: 'Finnish Confederation of Professionals STTK', businessId: '2020264-6', type: OrganisationType.TRADE_UNION, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['labour-market'], groups: ['labour-market-organisations'] },
  { key: 'akava', name: 'Akava', nameSv: 'Akava', nameEn: 'Confederation of Unions for Professional and Managerial Staff in Finland', businessId: '2028183-1', type: OrganisationType.TRADE_UNION, languages: [FI, SV, EN], municipality: 'Helsinki', policyAreas: ['labour-market', 'innovation'], groups: ['labour-market-organisations'] },
  { key: 'yrittajat', name: 'Suomen Yrittäjät', nameSv: 'Företagarna i Finland', nameEn: 'Federation of Finnish Enterprises', businessId: '2036102-2', type: OrganisationType.EMPLOYER_ORGANISATION, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['enterprise-policy', 'labour-market'], groups: ['micro-firms', 'labour-market-organisations'] },
  { key: 'kt', name: 'Kunta- ja hyvinvointialuetyönantajat KT', nameSv: 'Kommun- och välfärdsområdesarbetsgivarna KT', nameEn: 'Local Government and County Employers KT', businessId: '2044021-4', type: OrganisationType.EMPLOYER_ORGANISATION, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['labour-market'], groups: ['labour-market-organisations'] },
  { key: 'kuntaliitto', name: 'Suomen Kuntaliitto ry', nameSv: 'Finlands Kommunförbund rf', nameEn: 'Association of Finnish Municipalities', businessId: '2051940-8', type: OrganisationType.ASSOCIATION, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['regional-development', 'employment-services'], groups: ['municipalities'] },
  { key: 'helsinki', name: 'Helsingin kaupunki', nameSv: 'Helsingfors stad', nameEn: 'City of Helsinki', businessId: '2059859-9', type: OrganisationType.MUNICIPALITY, languages: [FI, SV, EN], municipality: 'Helsinki', policyAreas: ['employment-services', 'integration'], groups: ['municipalities'] },
  { key: 'inari', name: 'Inarin kunta', nameSv: 'Enare kommun', nameEn: 'Municipality of Inari', businessId: '2067778-0', type: OrganisationType.MUNICIPALITY, languages: [FI, SE, SMN, SMS], municipality: 'Inari', policyAreas: ['regional-development'], groups: ['municipalities', 'rural'] },
  { key: 'pohjois-savo', name: 'Pohjois-Savon hyvinvointialue', nameSv: 'Välfärdsområdet Norra Savolax', nameEn: 'North Savo Wellbeing Services County', businessId: '2075697-2', type: OrganisationType.WELLBEING_SERVICES_COUNTY, languages: [FI], municipality: 'Kuopio', policyAreas: ['employment-services'], groups: ['municipalities'] },
  { key: 'samediggi', name: 'Saamelaiskäräjät', nameSv: 'Sametinget', nameEn: 'Sámi Parliament', businessId: '2083616-3', type: OrganisationType.GOVERNMENT_AGENCY, languages: [SE, SMN, SMS, FI], municipality: 'Inari', website: 'https://www.samediggi.fi', policyAreas: ['regional-development', 'energy-climate'], groups: ['sami'] },
  { key: 'allianssi', name: 'Suomen Nuorisoyhteistyö – Allianssi ry', nameSv: 'Ungdomssamarbete Allians rf', nameEn: 'Finnish National Youth Council Allianssi', businessId: '2091535-5', type: OrganisationType.ASSOCIATION, languages: [FI, SV, EN], municipality: 'Helsinki', policyAreas: ['labour-market', 'employment-services'], groups: ['youth'] },
  { key: 'nuva', name: 'Suomen Nuorisovaltuustojen Liitto – Nuva ry', nameSv: 'Finlands Ungdomsfullmäktigeförbund – Nuva rf', nameEn: 'Union of Youth Councils in Finland', businessId: '2099454-0', type: OrganisationType.ASSOCIATION, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['employment-services'], groups: ['youth'] },
  { key: 'vammaisfoorumi', name: 'Suomen Vammaisfoorumi ry', nameSv: 'Handikappforum i Finland rf', nameEn: 'Finnish Disability Forum', businessId: '2107373-5', type: OrganisationType.ASSOCIATION, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['employment-services', 'labour-market'], groups: ['disabilities'] },
  { key: 'kuurojen-liitto', name: 'Kuurojen Liitto ry', nameSv: 'Finlands Dövas Förbund rf', nameEn: 'Finnish Association of the Deaf', businessId: '2115292-7', type: OrganisationType.ASSOCIATION, languages: [FI, SV, Language.OTHER], municipality: 'Helsinki', policyAreas: ['employment-services'], groups: ['disabilities'] },
  { key: 'tyottomat', name: 'Työttömien Keskusjärjestö ry', nameSv: 'De Arbetslösas Centralorganisation rf', nameEn: 'Unemployed Central Organisation of Finland', businessId: '2123211-8', type: OrganisationType.ASSOCIATION, languages: [FI], municipality: 'Helsinki', policyAreas: ['employment-services', 'labour-market'], groups: ['long-term-unemployed'] },
  { key: 'moniheli', name: 'Moniheli ry', nameSv: 'Moniheli rf', nameEn: 'Moniheli – Multicultural Network', businessId: '2139049-0', type: OrganisationType.ASSOCIATION, languages: [FI, EN, Language.OTHER], municipality: 'Helsinki', policyAreas: ['integration', 'employment-services'], groups: ['immigrants'] },
  { key: 'romaniyhdistys', name: 'Suomen Romaniyhdistys ry', nameSv: 'Finska Romaniföreningen rf', businessId: '2146968-4', type: OrganisationType.ASSOCIATION, languages: [FI, Language.OTHER], municipality: 'Helsinki', policyAreas: ['integration', 'employment-services'], groups: ['roma'] },
  { key: 'mtk', name: 'Maa- ja metsätaloustuottajain Keskusliitto MTK ry', nameSv: 'Centralförbundet för lant- och skogsbruksproducenter MTK rf', nameEn: 'Central Union of Agricultural Producers and Forest Owners MTK', businessId: '2154887-6', type: OrganisationType.ASSOCIATION, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['regional-development', 'energy-climate'], groups: ['rural'] },
  { key: 'folktinget', name: 'Svenska Finlands folkting', nameSv: 'Svenska Finlands folkting', nameEn: 'Swedish Assembly of Finland', businessId: '2162806-7', type: OrganisationType.OTHER, languages: [SV, FI], municipality: 'Helsinki', policyAreas: ['regional-development'], groups: ['swedish-speakers'] },
  { key: 'kylien-suomi', name: 'Kylien Suomi ry', nameSv: 'Byarnas Finland rf', nameEn: 'Village Action Association of Finland', businessId: '2170725-9', type: OrganisationType.ASSOCIATION, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['regional-development'], groups: ['rural'] },
  { key: 'vtkl', name: 'Vanhustyön keskusliitto ry', nameSv: 'Centralförbundet för de gamlas väl rf', nameEn: 'Central Union for the Welfare of the Aged', businessId: '2178644-4', type: OrganisationType.ASSOCIATION, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['employment-services'], groups: ['elderly'] },
  { key: 'sitra', name: 'Suomen itsenäisyyden juhlarahasto Sitra', nameSv: 'Jubileumsfonden för Finlands självständighet Sitra', nameEn: 'Finnish Innovation Fund Sitra', businessId: '2186563-6', type: OrganisationType.FOUNDATION, languages: [FI, SV, EN], municipality: 'Helsinki', policyAreas: ['innovation', 'energy-climate'], groups: ['research'] },
  { key: 'pt', name: 'Palkansaajien tutkimuslaitos', nameSv: 'Löntagarnas forskningsinstitut', nameEn: 'Labour Institute for Economic Research', businessId: '2194482-8', type: OrganisationType.RESEARCH_ORGANISATION, languages: [FI, EN], municipality: 'Helsinki', policyAreas: ['labour-market'], groups: ['research'] },
  { key: 'etla', name: 'Elinkeinoelämän tutkimuslaitos Etla', nameSv: 'Näringslivets forskningsinstitut Etla', nameEn: 'ETLA Economic Research', businessId: '2202401-1', type: OrganisationType.RESEARCH_ORGANISATION, languages: [FI, EN], municipality: 'Helsinki', policyAreas: ['enterprise-policy', 'innovation'], groups: ['research'] },
  { key: 'helsingin-yliopisto', name: 'Helsingin yliopisto', nameSv: 'Helsingfors universitet', nameEn: 'University of Helsinki', businessId: '2210320-3', type: OrganisationType.RESEARCH_ORGANISATION, languages: [FI, SV, EN], municipality: 'Helsinki', policyAreas: ['innovation'], groups: ['research'] },
  { key: 'omnia', name: 'Espoon seudun koulutuskuntayhtymä Omnia', nameSv: 'Samkommunen för utbildning i Esboregionen Omnia', nameEn: 'Omnia Education Partnerships', businessId: '2218239-4', type: OrganisationType.EDUCATION_PROVIDER, languages: [FI, EN], municipality: 'Espoo', policyAreas: ['employment-services', 'integration'], groups: [] },
  { key: 'kirkkohallitus', name: 'Kirkkohallitus', nameSv: 'Kyrkostyrelsen', nameEn: 'National Church Council', businessId: '2226158-6', type: OrganisationType.RELIGIOUS_COMMUNITY, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['integration'], groups: [] },
  { key: 'tyollisyysrahasto', name: 'Työllisyysrahasto', nameSv: 'Sysselsättningsfonden', nameEn: 'Employment Fund', businessId: '2234077-8', type: OrganisationType.GOVERNMENT_AGENCY, languages: [FI, SV], municipality: 'Helsinki', policyAreas: ['employment-services'], groups: [] },
  { key: 'keha', name: 'Kehittämis- ja hallintokeskus KEHA', nameSv: 'Utvecklings- och förvaltningscentret UF-centret', nameEn: 'Development and Administrative Services Centre', businessId: '2241996-1', type: OrganisationType.GOVERNMENT_AGENCY, languages: [FI, SV], municipality: 'Mikkeli', policyAreas: ['employment-services', 'regional-development'], groups: [] },
  { key: 'mikroyrittajat', name: 'Mikroyrittäjien verkosto', nameEn: 'Network of micro-entrepreneurs', type: OrganisationType.INFORMAL_GROUP, languages: [FI], municipality: 'Tampere', policyAreas: ['enterprise-policy'], groups: ['micro-firms'] },
  { key: 'kotimaiset-palvelut', name: 'Kotimaiset Palvelut Oy', nameSv: 'Inhemska Tjänster Ab', businessId: '2249915-6', type: OrganisationType.COMPANY, languages: [FI, SV], municipality: 'Oulu', policyAreas: ['enterprise-policy', 'consumer-policy'], groups: ['micro-firms'] },
];

export const DEMO_CONTACTS: DemoContact[] = [
  { key: 'virtanen', firstName: 'Aino', lastName: 'Virtanen', email: 'aino.virtanen@ek.example.fi', title: 'Director, labour market', languages: [FI, EN], lawfulBasis: LawfulBasis.PUBLIC_TASK, affiliations: [{ organisation: 'ek', role: 'Director', primary: true, since: '2021-03-01' }] },
  { key: 'korhonen', firstName: 'Mikko', lastName: 'Korhonen', email: 'mikko.korhonen@sak.example.fi', title: 'Chief economist', languages: [FI, SV], lawfulBasis: LawfulBasis.PUBLIC_TASK, affiliations: [{ organisation: 'sak', role: 'Chief economist', primary: true, since: '2019-09-01' }, { organisation: 'pt', role: 'Researcher', since: '2012-01-01', until: '2019-08-31' }] },
  { key: 'lindqvist', firstName: 'Johanna', lastName: 'Lindqvist', email: 'johanna.lindqvist@folktinget.example.fi', title: 'Sakkunnig', languages: [SV, FI], lawfulBasis: LawfulBasis.PUBLIC_TASK, affiliations: [{ organisation: 'folktinget', role: 'Expert', primary: true, since: '2020-05-01' }] },
  { key: 'guttorm', firstName: 'Ánde', lastName: 'Guttorm', email: 'ande.guttorm@samediggi.example.fi', title: 'Legal adviser', languages: [SE, FI], lawfulBasis: LawfulBasis.PUBLIC_TASK, affiliations: [{ organisation: 'samediggi', role: 'Legal adviser', primary: true, since: '2018-01-15' }] },
  { key: 'makinen', firstName: 'Eveliina', lastName: 'Mäkinen', email: 'eveliina.makinen@alli.example.fi', title: 'Advocacy specialist', languages: [FI, EN], lawfulBasis: LawfulBasis.LEGITIMATE_INTEREST, affiliations: [{ organisation: 'allianssi', role: 'Advocacy specialist', primary: true, since: '2022-08-01' }] },
  { key: 'nieminen', firstName: 'Otso', lastName: 'Nieminen', email: 'otso.nieminen@nuva.example.fi', title: 'Board member', languages: [FI], lawfulBasis: LawfulBasis.CONSENT, consentAt: '2026-02-10T09:00:00.000Z', affiliations: [{ organisation: 'nuva', role: 'Board member', primary: true, since: '2025-01-01' }], groups: ['youth'] },
  { key: 'heikkinen', firstName: 'Leena', lastName: 'Heikkinen', email: 'leena.heikkinen@vammaisfoorumi.example.fi', title: 'Secretary general', languages: [FI, SV], lawfulBasis: LawfulBasis.PUBLIC_TASK, affiliations: [{ organisation: 'vammaisfoorumi', role: 'Secretary general', primary: true, since: '2017-04-01' }] },
  { key: 'abdi', firstName: 'Hassan', lastName: 'Abdi', email: 'hassan.abdi@moniheli.example.fi', title: 'Project coordinator', languages: [FI, EN, Language.OTHER], lawfulBasis: LawfulBasis.LEGITIMATE_INTEREST, affiliations: [{ organisation: 'moniheli', role: 'Project coordinator', primary: true, since: '2023-02-01' }] },
  { key: 'laine', firstName: 'Pekka', lastName: 'Laine', email: 'pekka.laine@tyottomat.example.fi', title: 'Chair', languages: [FI], lawfulBasis: LawfulBasis.PUBLIC_TASK, affiliations: [{ organisation: 'tyottomat', role: 'Chair', primary: true, since: '2020-06-01' }] },
  { key: 'jarvinen', firstName: 'Sanna', lastName: 'Järvinen', email: 'sanna.jarvinen@yrittajat.example.fi', title: 'Policy director', languages: [FI, EN], lawfulBasis: LawfulBasis.PUBLIC_TASK, affiliations: [{ organisation: 'yrittajat', role: 'Policy director', primary: true, since: '2016-10-01' }, { organisation: 'mikroyrittajat', role: 'Member' }] },
  { key: 'rautio', firstName: 'Kaisa', lastName: 'Rautio', email: 'kaisa.rautio@kylat.example.fi', title: 'Development manager', languages: [FI], lawfulBasis: LawfulBasis.LEGITIMATE_INTEREST, affiliations: [{ organisation: 'kylien-suomi', role: 'Development manager', primary: true, since: '2021-01-01' }] },
  { key: 'lehtonen', firstName: 'Tuomas', lastName: 'Lehtonen', email: 'tuomas.lehtonen@kuntaliitto.example.fi', title: 'Senior adviser', languages: [FI, SV], lawfulBasis: LawfulBasis.PUBLIC_TASK, affiliations: [{ organisation: 'kuntaliitto', role: 'Senior adviser', primary: true, since: '2015-02-01' }] },
  { key: 'salminen', firstName: 'Riikka', lastName: 'Salminen', email: 'riikka.salminen@helsinki.example.fi', title: 'Employment services director', languages: [FI, SV, EN], lawfulBasis: LawfulBasis.PUBLIC_TASK, affiliations: [{ organisation: 'helsinki', role: 'Director', primary: true, since: '2025-01-01' }, { organisation: 'keha', role: 'Unit head', since: '2019-01-01', until: '2024-12-31' }] },
  { key: 'hirvonen', firstName: 'Marja', lastName: 'Hirvonen', languages: [FI], lawfulBasis: LawfulBasis.CONSENT, consentAt: '2026-05-20T12:00:00.000Z', title: 'Private person (village resident)', affiliations: [], groups: ['rural', 'elderly'] },
];
