import { EngagementMethod } from '@sidos/engagement';
import { FacilitatorRole } from '@sidos/facilitation';
import { Language } from '@sidos/register';

/**
 * TEM's interaction pool (vuorovaikutuspooli) in the demo: officials trained to facilitate dialogues,
 * workshops and webinars, their assignments on the demo activities (by activity title), and participants'
 * feedback on those activities. The feedback mirrors what the ministry heard in its own trial: feedback was
 * encouraging, and engagement at the start of a project was praised most, so the Erätauko dialogue of the
 * initiation phase rates highest in methodFeedback over the demo year.
 */

export interface DemoFacilitator {
  key: string;
  name: string;
  email: string;
  unit: string;
  methods: EngagementMethod[];
  languages: Language[];
  trainedOn: string;
  active?: boolean;
}

const { DIALOGUE, WORKSHOP, WEBINAR, HEARING, INTERVIEW } = EngagementMethod;
const { FI, SV, EN, SE } = Language;

export const DEMO_FACILITATORS: DemoFacilitator[] = [
  {
    key: 'laine',
    name: 'Laine Kaisa',
    email: 'kaisa.laine@tem.example.fi',
    unit: 'Työllisyys ja toimiva markkina -osasto',
    methods: [DIALOGUE, WORKSHOP],
    languages: [FI, EN],
    trainedOn: '2025-05-20',
  },
  {
    key: 'holmstrom',
    name: 'Holmström Johanna',
    email: 'johanna.holmstrom@tem.example.fi',
    unit: 'Kotouttamisen osaamiskeskus',
    methods: [DIALOGUE, WORKSHOP, HEARING],
    languages: [FI, SV, EN],
    trainedOn: '2025-05-20',
  },
  {
    key: 'nakkalajarvi',
    name: 'Näkkäläjärvi Anni',
    email: 'anni.nakkalajarvi@tem.example.fi',
    unit: 'Alueiden kehittämisen yksikkö',
    methods: [DIALOGUE, INTERVIEW],
    languages: [FI, SE],
    trainedOn: '2025-10-02',
  },
  {
    key: 'virtanen',
    name: 'Virtanen Mikko',
    email: 'mikko.virtanen@tem.example.fi',
    unit: 'Viestintäyksikkö',
    methods: [WEBINAR, WORKSHOP],
    languages: [FI, EN],
    trainedOn: '2025-05-20',
  },
  {
    key: 'lindqvist',
    name: 'Lindqvist Erik',
    email: 'erik.lindqvist@tem.example.fi',
    unit: 'Yritys- ja alueosasto',
    methods: [WEBINAR, INTERVIEW],
    languages: [FI, SV],
    trainedOn: '2025-10-02',
  },
  {
    key: 'korhonen',
    name: 'Korhonen Tiina',
    email: 'tiina.korhonen@tem.example.fi',
    unit: 'Työllisyys ja toimiva markkina -osasto',
    methods: [DIALOGUE, WORKSHOP, WEBINAR],
    languages: [FI],
    trainedOn: '2025-10-02',
  },
  {
    key: 'aaltonen',
    name: 'Aaltonen Pekka',
    email: 'pekka.aaltonen@tem.example.fi',
    unit: 'Innovaatiot ja yritysrahoitus -osasto',
    methods: [WORKSHOP],
    languages: [FI, SV],
    trainedOn: '2024-11-15',
    active: false, // on leave: kept in the pool, not suggested
  },
];

/** Who facilitated which demo activity (by title). */
export const DEMO_ASSIGNMENTS: { activity: string; facilitators: { facilitator: string; role: FacilitatorRole }[] }[] = [
  {
    activity: 'Erätauko-dialogi: mitä hyvä työelämä vaatii?',
    facilitators: [
      { facilitator: 'laine', role: FacilitatorRole.LEAD },
      { facilitator: 'korhonen', role: FacilitatorRole.SUPPORT },
    ],
  },
  {
    activity: 'Työpaja: palvelumalli nuorille ja pitkäaikaistyöttömille',
    facilitators: [
      { facilitator: 'korhonen', role: FacilitatorRole.LEAD },
      { facilitator: 'holmstrom', role: FacilitatorRole.SUPPORT },
    ],
  },
  {
    activity: 'Webinaari: uudistuksen luonnos ja kysymykset',
    facilitators: [
      { facilitator: 'virtanen', role: FacilitatorRole.LEAD },
      { facilitator: 'lindqvist', role: FacilitatorRole.SUPPORT },
    ],
  },
  { activity: 'Kuulemistilaisuus järjestöille ja kunnille', facilitators: [{ facilitator: 'holmstrom', role: FacilitatorRole.LEAD }] },
  { activity: 'Haastattelut: yksinyrittäjien arki ja raportointi', facilitators: [{ facilitator: 'nakkalajarvi', role: FacilitatorRole.LEAD }] },
];

export interface DemoFeedbackResponse {
  rating: number;
  wouldTakePartAgain: boolean | null;
  comment: string | null;
  /** A demo group's key. */
  group: string | null;
}

/** Feedback on one demo activity: how many rated 1..5, how many of them would (or would not) take part again, and a few comments. */
export interface DemoFeedback {
  activity: string;
  ratingCounts: [number, number, number, number, number];
  wouldTakePartAgain: { yes: number; no: number };
  comments: { rating: number; comment: string; group?: string }[];
}

export const DEMO_FEEDBACK: DemoFeedback[] = [
  {
    activity: 'Erätauko-dialogi: mitä hyvä työelämä vaatii?',
    ratingCounts: [0, 0, 1, 3, 8],
    wouldTakePartAgain: { yes: 11, no: 0 },
    comments: [
      { rating: 5, comment: 'Tuntui, että meitä kuultiin ennen kuin mitään oli päätetty.', group: 'youth' },
      { rating: 5, comment: 'Rauhallinen keskustelu, kaikki saivat puheenvuoron.' },
      { rating: 4, comment: 'Lisää tällaisia jo hankkeen alussa.', group: 'long-term-unemployed' },
    ],
  },
  {
    activity: 'Työpaja: palvelumalli nuorille ja pitkäaikaistyöttömille',
    ratingCounts: [0, 1, 4, 10, 5],
    wouldTakePartAgain: { yes: 16, no: 2 },
    comments: [{ rating: 4, comment: 'Hyvät ryhmätyöt, aikaa olisi saanut olla enemmän.' }],
  },
  {
    // The 912-viewer webinar: a few hundred answered the feedback form.
    activity: 'Webinaari: uudistuksen luonnos ja kysymykset',
    ratingCounts: [12, 28, 96, 118, 46],
    wouldTakePartAgain: { yes: 181, no: 64 },
    comments: [
      { rating: 4, comment: 'Selkeä esitys luonnoksesta, chat-kysymyksiin vastattiin hyvin.' },
      { rating: 2, comment: 'Luonnos oli jo pitkälle valmis, vaikutusmahdollisuus jäi pieneksi.' },
      { rating: 3, comment: 'Tallenne ja diat jälkikäteen olisivat hyvä lisä.', group: 'youth' },
      { rating: 1, comment: 'Ääni katkesi puolivälissä.' },
    ],
  },
  {
    activity: 'Kuulemistilaisuus järjestöille ja kunnille',
    ratingCounts: [1, 3, 9, 12, 5],
    wouldTakePartAgain: { yes: 21, no: 5 },
    comments: [{ rating: 3, comment: 'Tulkkausta olisi tarvittu useammalle kielelle.', group: 'immigrants' }],
  },
  {
    activity: 'Haastattelut: yksinyrittäjien arki ja raportointi',
    ratingCounts: [0, 0, 1, 3, 1],
    wouldTakePartAgain: { yes: 4, no: 0 },
    comments: [],
  },
];

/** One demo activity's responses: the commented ones first (with their ratings), then the rest of each rating; wouldTakePartAgain answered by the first of them. */
export function demoFeedbackResponses(feedback: DemoFeedback): DemoFeedbackResponse[] {
  const remaining = [...feedback.ratingCounts];
  const responses: DemoFeedbackResponse[] = feedback.comments.map((comment) => {
    remaining[comment.rating - 1] -= 1;
    return { rating: comment.rating, wouldTakePartAgain: null, comment: comment.comment, group: comment.group ?? null };
  });
  for (let rating = 5; rating >= 1; rating -= 1) {
    for (let index = 0; index < remaining[rating - 1]; index += 1) responses.push({ rating, wouldTakePartAgain: null, comment: null, group: null });
  }
  // The highest ratings would take part again, the lowest would not; the rest left the question unanswered.
  const byRating = [...responses].sort((a, b) => b.rating - a.rating);
  byRating.slice(0, feedback.wouldTakePartAgain.yes).forEach((response) => (response.wouldTakePartAgain = true));
  byRating.slice(byRating.length - feedback.wouldTakePartAgain.no).forEach((response) => (response.wouldTakePartAgain = false));
  return responses;
}
