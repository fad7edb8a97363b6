import { EntityManager } from '@mikro-orm/postgresql';
import { Activity, Consultation, Engagement, EngagementKind, EngagementMethod, EngagementMode } from '@sidos/engagement';
import { EngagementPreferencesPolicyArea, EngagementPreferencesRecord, InputTheme, InputThemeEngagement, ThemeResponse } from '@sidos/practice';
import { Contact, Language, Organisation, PolicyArea } from '@sidos/register';

/**
 * The demo register's engagement practice: what a third of the demo organisations (and a contact) wish
 * for their cooperation, and what the labour-market reform heard and did ("you said, we did"). Keys are
 * those of the demo register; a theme's records are named by their activity's title and party.
 *
 * Against the integration programme's gaps, with its otakantaa.fi survey (2026-05-12, online, virtual) as
 * the reference activity: the Sámi Parliament, the Finnish Disability Forum and Svenska Finlands
 * folkting were each invited to the reform's statement round (2026-06-01, the same quarter) and allow one
 * invitation a quarter, so they are over their limit; the Finnish Association of the Deaf and MTK prefer
 * what the survey offers (virtual, online consultation).
 */

export interface DemoPreferences {
  organisation?: string;
  contact?: string;
  methods?: EngagementMethod[];
  modes?: EngagementMode[];
  languages?: Language[];
  policyAreas?: string[];
  accessibilityNeeds?: string;
  maxInvitationsPerQuarter?: number;
  notes?: string;
}

/** A record that raised a theme: the activity (by title) of the theme's consultation, and the record's organisation and contact. */
export interface DemoRaisedBy {
  activity: string;
  organisation?: string;
  contact?: string;
}

export interface DemoTheme {
  consultation: string;
  title: string;
  summary: string;
  response: ThemeResponse;
  responseText?: string;
  raisedBy: DemoRaisedBy[];
}

const { DIALOGUE, WORKSHOP, HEARING, SURVEY, INTERVIEW, STATEMENT_REQUEST, ONLINE_CONSULTATION, WEBINAR } = EngagementMethod;
const { IN_PERSON, VIRTUAL, HYBRID, WRITTEN } = EngagementMode;

export const DEMO_PREFERENCES: DemoPreferences[] = [
  {
    organisation: 'ek',
    methods: [HEARING, WORKSHOP, STATEMENT_REQUEST],
    modes: [IN_PERSON, WRITTEN],
    languages: [Language.FI, Language.SV],
    policyAreas: ['labour-market'],
    maxInvitationsPerQuarter: 8,
  },
  {
    organisation: 'sak',
    methods: [WORKSHOP, STATEMENT_REQUEST],
    modes: [IN_PERSON, HYBRID],
    languages: [Language.FI],
    policyAreas: ['labour-market'],
    maxInvitationsPerQuarter: 8,
  },
  {
    organisation: 'samediggi',
    methods: [HEARING, DIALOGUE],
    modes: [VIRTUAL, IN_PERSON],
    languages: [Language.FI, Language.SE, Language.SMN, Language.SMS],
    maxInvitationsPerQuarter: 1,
    notes:
      'Matters concerning the Sámi are negotiated under section 9 of the Sámi Parliament Act; otherwise one invitation a quarter, with interpretation into the Sámi languages.',
  },
  {
    organisation: 'allianssi',
    methods: [WORKSHOP, DIALOGUE, WEBINAR],
    modes: [VIRTUAL, HYBRID],
    languages: [Language.FI, Language.SV],
    policyAreas: ['employment-services'],
  },
  {
    organisation: 'vammaisfoorumi',
    methods: [HEARING, STATEMENT_REQUEST],
    modes: [HYBRID, WRITTEN],
    maxInvitationsPerQuarter: 1,
    accessibilityNeeds: 'Esteetön tila, induktiosilmukka, materiaalit saavutettavina etukäteen',
  },
  {
    organisation: 'kuurojen-liitto',
    methods: [WORKSHOP, ONLINE_CONSULTATION],
    modes: [VIRTUAL],
    languages: [Language.FI, Language.OTHER],
    accessibilityNeeds: 'Viittomakielen tulkkaus (suomalainen ja suomenruotsalainen viittomakieli)',
    notes: 'Virtual events with sign-language interpreters in the picture suit best.',
  },
  {
    organisation: 'tyottomat',
    methods: [DIALOGUE, WORKSHOP],
    modes: [IN_PERSON],
    languages: [Language.FI],
    maxInvitationsPerQuarter: 3,
    notes: 'Travel costs of unemployed members must be covered.',
  },
  { organisation: 'folktinget', methods: [HEARING, STATEMENT_REQUEST], modes: [HYBRID, WRITTEN], languages: [Language.SV], maxInvitationsPerQuarter: 1 },
  {
    organisation: 'mtk',
    methods: [SURVEY, ONLINE_CONSULTATION],
    modes: [VIRTUAL, WRITTEN],
    languages: [Language.FI, Language.SV],
    notes: 'Not during the sowing and harvest seasons.',
  },
  {
    organisation: 'vtkl',
    methods: [HEARING, INTERVIEW],
    modes: [IN_PERSON],
    languages: [Language.FI, Language.SV],
    accessibilityNeeds: 'Induktiosilmukka, esteetön kokoustila',
  },
  {
    organisation: 'mikroyrittajat',
    methods: [SURVEY, INTERVIEW],
    modes: [VIRTUAL],
    languages: [Language.FI],
    maxInvitationsPerQuarter: 2,
    notes: 'Short online surveys; no daytime meetings.',
  },
  {
    contact: 'abdi',
    methods: [HEARING, WORKSHOP],
    modes: [IN_PERSON, HYBRID],
    languages: [Language.FI, Language.EN, Language.OTHER],
    notes: 'Arabic and Somali interpretation on request.',
  },
];

const REFORM = 'Työmarkkinauudistus 2027: osaaminen, muutosturva ja työllisyyspalvelut';
const DIALOGUE_TITLE = 'Erätauko-dialogi: mitä hyvä työelämä vaatii?';
const WORKSHOP_TITLE = 'Työpaja: palvelumalli nuorille ja pitkäaikaistyöttömille';
const WEBINAR_TITLE = 'Webinaari: uudistuksen luonnos ja kysymykset';
const STATEMENTS_TITLE = 'Lausuntokierros (lausuntopalvelu.fi)';

export const DEMO_THEMES: DemoTheme[] = [
  {
    consultation: REFORM,
    title: 'Muutosturvan siirtymäaika',
    summary: 'Change security should start only after a transition period of a year, so that employers and unions can agree on training.',
    response: ThemeResponse.PARTLY_ADOPTED,
    responseText: 'The transition period is six months instead of a year; collective agreements may extend it.',
    raisedBy: [
      { activity: DIALOGUE_TITLE, organisation: 'sak', contact: 'korhonen' },
      { activity: WORKSHOP_TITLE, organisation: 'ek', contact: 'virtanen' },
      { activity: STATEMENTS_TITLE, organisation: 'sttk' },
    ],
  },
  {
    consultation: REFORM,
    title: 'Nuorten palveluohjaus oppilaitoksiin',
    summary: 'Employment services should meet young people where they are: in vocational schools and youth centres.',
    response: ThemeResponse.ADOPTED,
    responseText: 'Municipalities will have a duty to offer service guidance in vocational institutions; funded from 2027.',
    raisedBy: [
      { activity: DIALOGUE_TITLE, organisation: 'nuva', contact: 'nieminen' },
      { activity: WORKSHOP_TITLE, organisation: 'allianssi' },
    ],
  },
  {
    consultation: REFORM,
    title: 'Kuntien rahoitusmalli',
    summary: 'The financing model should not penalise municipalities with high structural unemployment.',
    response: ThemeResponse.UNDER_CONSIDERATION,
    responseText: 'Compared in the finalisation phase with the Ministry of Finance; decided by spring 2027.',
    raisedBy: [
      { activity: WORKSHOP_TITLE, organisation: 'kuntaliitto', contact: 'lehtonen' },
      { activity: STATEMENTS_TITLE, organisation: 'helsinki' },
      { activity: STATEMENTS_TITLE, organisation: 'kuntaliitto' },
    ],
  },
  {
    consultation: REFORM,
    title: 'Osallistumistuki pitkäaikaistyöttömille',
    summary: 'An allowance for the costs of taking part in services (travel, childcare) would keep the long-term unemployed in them.',
    response: ThemeResponse.NOT_ADOPTED,
    responseText: "Not within the reform's budget frame; travel costs remain payable under the existing rules.",
    raisedBy: [
      { activity: DIALOGUE_TITLE, organisation: 'tyottomat', contact: 'laine' },
      { activity: WORKSHOP_TITLE, organisation: 'tyottomat' },
    ],
  },
  {
    consultation: REFORM,
    title: 'Yrittäjien muutosturva',
    summary: 'Sole entrepreneurs who close their business should get the same training rights as employees.',
    response: ThemeResponse.UNDER_CONSIDERATION,
    raisedBy: [{ activity: WEBINAR_TITLE, organisation: 'yrittajat', contact: 'jarvinen' }],
  },
];

/** The demo register's records by their keys, as the demo seeder made them. */
export interface DemoPracticeRecords {
  policyAreas: ReadonlyMap<string, PolicyArea>;
  organisations: ReadonlyMap<string, Organisation>;
  contacts: ReadonlyMap<string, Contact>;
}

/** Adds the demo preferences and themes in the seeding transaction (after the consultations are written). */
export async function seedDemoPractice(tx: EntityManager, records: DemoPracticeRecords): Promise<void> {
  for (const demo of DEMO_PREFERENCES) {
    const preferences = tx.create(EngagementPreferencesRecord, {
      organisation: demo.organisation ? records.organisations.get(demo.organisation)! : null,
      contact: demo.contact ? records.contacts.get(demo.contact)! : null,
      methods: Object.values(EngagementMethod).filter((method) => demo.methods?.includes(method)),
      modes: Object.values(EngagementMode).filter((mode) => demo.modes?.includes(mode)),
      languages: Object.values(Language).filter((language) => demo.languages?.includes(language)),
      accessibilityNeeds: demo.accessibilityNeeds ?? null,
      maxInvitationsPerQuarter: demo.maxInvitationsPerQuarter ?? null,
      notes: demo.notes ?? null,
    });
    for (const code of demo.policyAreas ?? []) tx.create(EngagementPreferencesPolicyArea, { preferences, policyArea: records.policyAreas.get(code)! });
  }
  await tx.flush();
  for (const demo of DEMO_THEMES) {
    const consultation = await tx.findOneOrFail(Consultation, { title: demo.consultation });
    const theme = tx.create(InputTheme, {
      consultation,
      title: demo.title,
      summary: demo.summary,
      response: demo.response,
      responseText: demo.responseText ?? null,
    });
    for (const raisedBy of demo.raisedBy) {
      const activity = await tx.findOneOrFail(Activity, { consultation, title: raisedBy.activity });
      const engagement = await tx.findOneOrFail(Engagement, {
        activity,
        kind: { $in: [EngagementKind.PARTICIPATED, EngagementKind.SUBMITTED] },
        organisation: raisedBy.organisation ? records.organisations.get(raisedBy.organisation)!.id : null,
        contact: raisedBy.contact ? records.contacts.get(raisedBy.contact)!.id : null,
      });
      tx.create(InputThemeEngagement, { theme, engagement });
    }
  }
}
