/**
 * The scale register's facilitator pool and participant feedback (issue 15), streamed with COPY in the
 * seed's own transaction: a few hundred facilitators of the ministries' pools, one or two of them on most
 * activities (trained in its method, never twice on one), and anonymous feedback responses, about as many as
 * engagement records (≈ 1M at full size), spread over the activities that collect feedback. Early dialogue
 * rates best, as in the ministry's own trial.
 */
import { FIRST_NAMES, isoDate, LAST_NAMES, type Random } from './seed-data.ts';

type Value = string | number | boolean | null;

export interface FacilitationSeedInput {
  random: Random;
  /** Writes one table with COPY (the seed's `step`). */
  step: (table: string, columns: string[], lines: Iterable<string>) => Promise<void>;
  /** One COPY line (the seed's `row`). */
  row: (values: Value[]) => string;
  activities: { id: string; phase: string; method: string; day: number }[];
  groupIds: string[];
  /** Feedback responses to write in all (about the number of engagement records). */
  responses: number;
  referenceTime: string;
}

const POOL_METHODS = ['DIALOGUE', 'WORKSHOP', 'WEBINAR', 'HEARING', 'MEETING', 'INTERVIEW', 'SURVEY', 'ONLINE_CONSULTATION'];
const LANGUAGES = ['FI', 'SV', 'EN', 'SE', 'SMN', 'SMS', 'OTHER'];
const POOL_MINISTRIES: readonly (readonly [string, number])[] = [
  ['TEM', 40],
  ['STM', 15],
  ['YM', 12],
  ['OKM', 10],
  ['VM', 8],
  ['MMM', 8],
  ['LVM', 7],
];
const UNITS = ['Työllisyysosasto', 'Yritys- ja alueosasto', 'Viestintäyksikkö', 'Strategiayksikkö', 'Kotouttamisen osaamiskeskus', 'Hallintoyksikkö'];
/** Methods whose activities collect feedback (a statement round does not), and how many responses an activity of each draws. */
const FEEDBACK_VOLUME: Record<string, number> = {
  DIALOGUE: 3,
  WORKSHOP: 4,
  WEBINAR: 30,
  HEARING: 6,
  MEETING: 1,
  INTERVIEW: 1,
  SURVEY: 8,
  ONLINE_CONSULTATION: 8,
};
const COMMENTS = [
  'Hyvä keskustelu, kaikki saivat puheenvuoron.',
  'Aikaa olisi saanut olla enemmän.',
  'Luonnos oli jo pitkällä, vaikutusmahdollisuus jäi pieneksi.',
  'Kiitos, että meitä kuultiin näin aikaisin.',
  'Tallenne jälkikäteen olisi hyvä lisä.',
];

function sorted(values: Set<string>, order: readonly string[]): string[] {
  return order.filter((value) => values.has(value));
}

/** A PostgreSQL text[] literal for COPY. */
const arrayLiteral = (values: string[]) => `{${values.join(',')}}`;

/** The rating distribution (weights of 1..5) of a phase and method: early dialogue best. */
function ratingWeights(phase: string, method: string): [number, number][] {
  const early = phase === 'INITIATION';
  const shift = (early ? 2 : 0) + (method === 'DIALOGUE' ? 2 : method === 'WORKSHOP' ? 1 : method === 'WEBINAR' ? -1 : 0);
  return [
    [1, Math.max(1, 6 - shift)],
    [2, Math.max(1, 10 - shift)],
    [3, 25],
    [4, 30 + shift * 3],
    [5, 15 + shift * 6],
  ];
}

export async function seedFacilitation({ random, step, row, activities, groupIds, responses, referenceTime }: FacilitationSeedInput): Promise<void> {
  // The pool: a few hundred (about one per 15 activities, at least 20, at most 400).
  const poolSize = Math.max(20, Math.min(400, Math.round(activities.length / 15)));
  const facilitators = Array.from({ length: poolSize }, (_value, index) => {
    const methods = new Set<string>([random.pick(POOL_METHODS)]);
    while (methods.size < random.int(2, 4)) methods.add(random.pick(POOL_METHODS));
    const languages = new Set<string>(['FI']);
    if (random.chance(0.5)) languages.add('EN');
    if (random.chance(0.2)) languages.add('SV');
    if (random.chance(0.03)) languages.add(random.pick(['SE', 'SMN', 'SMS']));
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    return {
      id: random.uuid(),
      name: `${last} ${first}`,
      email: `${first}.${last}.${index}@valtioneuvosto.example.fi`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
      ministry: random.weighted(POOL_MINISTRIES),
      unit: random.pick(UNITS),
      methods: sorted(methods, POOL_METHODS),
      languages: sorted(languages, LANGUAGES),
      trainedOn: random.chance(0.9) ? isoDate(random.int(0, 1000) + 19_000) : null,
      active: random.chance(0.92),
    };
  });
  await step(
    'facilitator',
    ['id', 'name', 'email', 'ministry', 'unit', 'methods', 'languages', 'trained_on', 'active', 'version', 'created_at', 'updated_at'],
    facilitators.map((f) =>
      row([
        f.id,
        f.name,
        f.email,
        f.ministry,
        f.unit,
        arrayLiteral(f.methods),
        arrayLiteral(f.languages),
        f.trainedOn,
        f.active,
        1,
        referenceTime,
        referenceTime,
      ]),
    ),
  );

  // Assignments: most activities of a facilitated method get a LEAD, some a SUPPORT too.
  const trainedIn = new Map(POOL_METHODS.map((method) => [method, facilitators.filter((f) => f.methods.includes(method))]));
  await step(
    'facilitator_assignment',
    ['id', 'facilitator_id', 'activity_id', 'role', 'created_at'],
    (function* () {
      for (const activity of activities) {
        const trained = trainedIn.get(activity.method) ?? [];
        if (trained.length === 0 || !random.chance(0.7)) continue;
        const lead = random.pick(trained);
        yield row([random.uuid(), lead.id, activity.id, 'LEAD', `${isoDate(activity.day)}T07:00:00Z`]);
        if (trained.length > 1 && random.chance(0.4)) {
          const support = random.pick(trained);
          if (support !== lead) yield row([random.uuid(), support.id, activity.id, 'SUPPORT', `${isoDate(activity.day)}T07:00:00Z`]);
        }
      }
    })(),
  );

  // Feedback: `responses` in all, over the activities that collect it, in proportion to their method's volume.
  const collecting = activities.filter((activity) => FEEDBACK_VOLUME[activity.method] !== undefined);
  const weightTotal = collecting.reduce((sum, activity) => sum + FEEDBACK_VOLUME[activity.method], 0);
  await step(
    'feedback_response',
    ['activity_id', 'rating', 'would_take_part_again', 'comment', 'group_id', 'created_at'],
    (function* () {
      for (const activity of collecting) {
        const count = Math.round((responses * FEEDBACK_VOLUME[activity.method]) / weightTotal);
        const weights = ratingWeights(activity.phase, activity.method);
        for (let index = 0; index < count; index += 1) {
          const rating = random.weighted(weights);
          yield row([
            activity.id,
            rating,
            random.chance(0.3) ? null : rating >= 3 ? random.chance(0.9) : random.chance(0.3),
            random.chance(0.08) ? random.pick(COMMENTS) : null,
            groupIds.length > 0 && random.chance(0.15) ? random.pick(groupIds) : null,
            `${isoDate(activity.day)}T15:00:00Z`,
          ]);
        }
      }
    })(),
  );
}
