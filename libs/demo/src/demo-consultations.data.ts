import { ConsultationStatus, EngagementKind, EngagementMethod, EngagementMode, PreparationPhase } from '@sidos/engagement';

/**
 * Demo consultations of the Ministry of Economic Affairs and Employment (TEM), with their activities and
 * engagement history. They refer to the demo register by its keys (organisations, contacts, groups,
 * policy-area codes). The labour-market reform is the showcase: its coverage reaches the labour-market
 * organisations, municipalities, young people and the long-term unemployed (early, through an Erätauko
 * dialogue and a 900-viewer webinar), and misses immigrants, people with disabilities, the Sámi, the Roma
 * and Swedish speakers, who were invited but not heard.
 */

export interface DemoEngagement {
  kind: EngagementKind;
  organisation?: string;
  contact?: string;
  group?: string;
  /** With a group alone: how many people of the group took part. */
  participantCount?: number;
  notes?: string;
}

export interface DemoActivity {
  title: string;
  method: EngagementMethod;
  mode: EngagementMode;
  phase: PreparationPhase;
  date: string;
  participantCount?: number;
  engagements: DemoEngagement[];
}

export interface DemoConsultation {
  title: string;
  description: string;
  status: ConsultationStatus;
  currentPhase: PreparationPhase;
  startsOn: string;
  endsOn?: string;
  policyAreas: string[];
  targetGroups: string[];
  activities: DemoActivity[];
}

const { INVITED, DECLINED, PARTICIPATED, SUBMITTED } = EngagementKind;

const submitted = (...organisations: string[]): DemoEngagement[] => organisations.map((organisation) => ({ kind: SUBMITTED, organisation }));
const invited = (...organisations: string[]): DemoEngagement[] => organisations.map((organisation) => ({ kind: INVITED, organisation }));

export const DEMO_CONSULTATIONS: DemoConsultation[] = [
  {
    title: 'Työmarkkinauudistus 2027: osaaminen, muutosturva ja työllisyyspalvelut',
    description:
      'Labour-market reform: continuous learning, change security for people losing their jobs, and employment services run by municipalities. Government proposal planned for spring 2027.',
    status: ConsultationStatus.ONGOING,
    currentPhase: PreparationPhase.STATEMENT_ROUND,
    startsOn: '2026-01-15',
    endsOn: '2026-12-31',
    policyAreas: ['labour-market', 'employment-services'],
    targetGroups: ['labour-market-organisations', 'municipalities', 'youth', 'long-term-unemployed', 'immigrants', 'disabilities'],
    activities: [
      {
        title: 'Erätauko-dialogi: mitä hyvä työelämä vaatii?',
        method: EngagementMethod.DIALOGUE,
        mode: EngagementMode.IN_PERSON,
        phase: PreparationPhase.INITIATION,
        date: '2026-02-10',
        participantCount: 14,
        engagements: [
          { kind: PARTICIPATED, contact: 'laine', organisation: 'tyottomat' },
          { kind: PARTICIPATED, contact: 'makinen', organisation: 'allianssi' },
          { kind: PARTICIPATED, contact: 'nieminen', organisation: 'nuva', notes: 'Nuorisovaltuutettu, puhui omasta kokemuksestaan kesätöistä.' },
          { kind: PARTICIPATED, contact: 'korhonen', organisation: 'sak' },
          { kind: PARTICIPATED, contact: 'hirvonen', notes: 'Kyläläinen Pohjois-Karjalasta; osallistui etäyhteydellä kirjastosta.' },
          { kind: INVITED, organisation: 'moniheli' },
          { kind: DECLINED, organisation: 'moniheli', notes: 'Ajankohta osui järjestön vuosikokoukseen.' },
          { kind: INVITED, organisation: 'vammaisfoorumi' },
        ],
      },
      {
        title: 'Työpaja: palvelumalli nuorille ja pitkäaikaistyöttömille',
        method: EngagementMethod.WORKSHOP,
        mode: EngagementMode.HYBRID,
        phase: PreparationPhase.DRAFTING,
        date: '2026-03-18',
        participantCount: 26,
        engagements: [
          { kind: PARTICIPATED, contact: 'virtanen', organisation: 'ek' },
          { kind: PARTICIPATED, organisation: 'sak' },
          { kind: PARTICIPATED, contact: 'lehtonen', organisation: 'kuntaliitto' },
          { kind: PARTICIPATED, contact: 'salminen', organisation: 'helsinki' },
          { kind: PARTICIPATED, organisation: 'pohjois-savo' },
          { kind: PARTICIPATED, organisation: 'tyottomat' },
          { kind: PARTICIPATED, organisation: 'allianssi' },
          { kind: INVITED, organisation: 'kuurojen-liitto' },
          { kind: DECLINED, organisation: 'kuurojen-liitto', notes: 'Viittomakielen tulkkausta ei ollut saatavilla.' },
        ],
      },
      {
        title: 'Webinaari: uudistuksen luonnos ja kysymykset',
        method: EngagementMethod.WEBINAR,
        mode: EngagementMode.VIRTUAL,
        phase: PreparationPhase.DRAFTING,
        date: '2026-04-22',
        participantCount: 912,
        engagements: [
          { kind: PARTICIPATED, group: 'youth', participantCount: 41, notes: 'Ilmoittautumislomakkeen ikäkysymyksen mukaan 15–29-vuotiaita.' },
          { kind: PARTICIPATED, group: 'long-term-unemployed', participantCount: 63, notes: 'Ilmoittautuneet TE-palvelujen kutsun kautta.' },
          { kind: PARTICIPATED, organisation: 'akava' },
          { kind: PARTICIPATED, organisation: 'sttk' },
          { kind: PARTICIPATED, contact: 'jarvinen', organisation: 'yrittajat' },
        ],
      },
      {
        title: 'Lausuntokierros (lausuntopalvelu.fi)',
        method: EngagementMethod.STATEMENT_REQUEST,
        mode: EngagementMode.WRITTEN,
        phase: PreparationPhase.STATEMENT_ROUND,
        date: '2026-06-01',
        engagements: [
          ...submitted('ek', 'sak', 'sttk', 'akava', 'yrittajat', 'kt', 'kuntaliitto', 'helsinki', 'tyottomat', 'pt', 'etla'),
          ...invited('moniheli', 'vammaisfoorumi', 'samediggi', 'romaniyhdistys', 'folktinget'),
        ],
      },
    ],
  },
  {
    title: 'Kotoutumisen edistämisen ohjelma 2027–2030',
    description: 'Government integration programme: language training, employment of immigrants and the role of municipalities.',
    status: ConsultationStatus.ONGOING,
    currentPhase: PreparationPhase.DRAFTING,
    startsOn: '2026-03-01',
    policyAreas: ['integration', 'employment-services'],
    targetGroups: ['immigrants', 'roma', 'municipalities'],
    activities: [
      {
        title: 'Kuulemistilaisuus järjestöille ja kunnille',
        method: EngagementMethod.HEARING,
        mode: EngagementMode.HYBRID,
        phase: PreparationPhase.INITIATION,
        date: '2026-03-25',
        participantCount: 48,
        engagements: [
          { kind: PARTICIPATED, contact: 'abdi', organisation: 'moniheli' },
          { kind: PARTICIPATED, organisation: 'romaniyhdistys' },
          { kind: PARTICIPATED, organisation: 'helsinki' },
          { kind: PARTICIPATED, organisation: 'omnia' },
          { kind: PARTICIPATED, organisation: 'kirkkohallitus' },
        ],
      },
      {
        title: 'Otakantaa.fi-kysely: mikä auttoi työllistymään?',
        method: EngagementMethod.ONLINE_CONSULTATION,
        mode: EngagementMode.VIRTUAL,
        phase: PreparationPhase.DRAFTING,
        date: '2026-05-12',
        participantCount: 214,
        engagements: [
          { kind: SUBMITTED, group: 'immigrants', participantCount: 58, notes: 'Vastaajat, jotka kertoivat muuttaneensa Suomeen aikuisena.' },
          { kind: SUBMITTED, group: 'youth', participantCount: 22 },
        ],
      },
    ],
  },
  {
    title: 'Pk-yritysten sääntelytaakan keventäminen',
    description: 'Reducing the regulatory burden of small and micro-firms: reporting duties, permits and one-stop services.',
    status: ConsultationStatus.PLANNED,
    currentPhase: PreparationPhase.INITIATION,
    startsOn: '2026-09-01',
    policyAreas: ['enterprise-policy'],
    targetGroups: ['micro-firms', 'labour-market-organisations'],
    activities: [
      {
        title: 'Haastattelut: yksinyrittäjien arki ja raportointi',
        method: EngagementMethod.INTERVIEW,
        mode: EngagementMode.VIRTUAL,
        phase: PreparationPhase.INITIATION,
        date: '2026-09-15',
        participantCount: 6,
        engagements: [
          { kind: PARTICIPATED, contact: 'jarvinen', organisation: 'yrittajat' },
          { kind: PARTICIPATED, organisation: 'mikroyrittajat' },
          { kind: INVITED, organisation: 'kotimaiset-palvelut' },
        ],
      },
    ],
  },
];
