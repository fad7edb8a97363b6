/**
 * The scale register: a realistic, deterministic (seeded) register of national size, loaded with
 * COPY FROM STDIN in one transaction.
 *
 *   npm run seed:scale -- --organisations 50000 --contacts 150000 --groups 300 --consultations 1000 --engagements 1000000
 *
 * Skewed on purpose: a few national federations with hundreds of contacts, many small associations;
 * group sizes and engagements per consultation follow Zipf–Mandelbrot laws, so one consultation is
 * large (about 2 % of all engagement records) and some small hard-to-reach groups go unheard.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { applyMigrations } from './scale-support.ts';
import { seedPractice } from './seed-practice.ts';
import {
  ASSOCIATION_THEMES,
  BusinessIds,
  COMPANY_KINDS,
  COMPANY_STEMS,
  CONSULTATION_FORMS,
  CONSULTATION_TOPICS,
  dayOf,
  emailPart,
  FEDERATION_THEMES,
  FIRST_NAMES,
  isoDate,
  LAST_NAMES,
  METHOD_TITLES,
  METHODS,
  MINISTRIES,
  MUNICIPALITIES,
  NAMED_GROUPS,
  PHASES,
  POLICY_AREAS,
  Random,
  REGIONS,
  ROLES,
  ZipfSampler,
} from './seed-data.ts';
import { seedFacilitation } from './seed-facilitation.ts';

export interface SeedSizes {
  organisations: number;
  contacts: number;
  groups: number;
  consultations: number;
  engagements: number;
}

export interface SeedOptions extends SeedSizes {
  url: string;
  /** PRNG seed: the same seed and sizes give the same register. */
  seed?: number;
  /** Empty the register's tables first (otherwise a non-empty database is refused). */
  reset?: boolean;
  log?: (message: string) => void;
}

export interface SeedSummary {
  sizes: SeedSizes;
  rows: Record<string, number>;
  seconds: number;
  largeConsultationId: string;
}

export const FULL_SIZES: SeedSizes = { organisations: 50_000, contacts: 150_000, groups: 300, consultations: 1_000, engagements: 1_000_000 };

/** The tables the seed fills, children after parents. */
const TABLES = [
  'policy_area',
  'organisation',
  'organisation_policy_area',
  'contact',
  'affiliation',
  'stakeholder_group',
  'group_organisation',
  'group_contact',
  'consultation',
  'consultation_policy_area',
  'consultation_target_group',
  'activity',
  'engagement',
  'facilitator',
  'facilitator_assignment',
  'feedback_response',
];

/** The day all generated dates lean on, so that runs on different days give the same data. */
const REFERENCE_DAY = dayOf('2026-11-01');
const REFERENCE_TIME = '2026-11-01T09:00:00Z';

function text(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function row(values: (string | number | boolean | null)[]): string {
  return `${values.map((value) => (typeof value === 'boolean' ? (value ? 't' : 'f') : typeof value === 'number' ? String(value) : text(value))).join('\t')}\n`;
}

/** Lines grouped into chunks of ~256 KiB for the COPY stream. */
function* chunked(lines: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length > 262_144) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}

async function copy(client: Client, table: string, columns: string[], lines: Iterable<string>): Promise<number> {
  let count = 0;
  const counted = (function* () {
    for (const line of lines) {
      count += 1;
      yield line;
    }
  })();
  const stream = client.query(copyFrom(`copy "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) from stdin`));
  await pipeline(Readable.from(chunked(counted)), stream);
  return count;
}

interface GeneratedGroup {
  id: string;
  name: string;
  description: string | null;
  hardToReach: boolean;
  reachNotes: string | null;
}

interface GeneratedActivity {
  id: string;
  phase: string;
  method: string;
  day: number;
}

/** The generated register in memory, except engagements, which are streamed. */
function generateGroups(random: Random, count: number): GeneratedGroup[] {
  const regional = [
    'nuoret',
    'yrittäjät',
    'kylät',
    'maahanmuuttajat',
    'ikääntyneet',
    'opiskelijat',
    'kulttuuritoimijat',
    'työnhakijat',
    'järjestöt',
    'maatilat',
    'vammaisjärjestöt',
    'perheet',
    'urheiluseurat',
    'matkailuyritykset',
    'metsänomistajat',
    'kalastajat',
  ];
  const generated: GeneratedGroup[] = [];
  const seen = new Set<string>();
  for (let index = 0; generated.length < Math.max(0, count - NAMED_GROUPS.length); index += 1) {
    const region = REGIONS[index % REGIONS.length][0];
    const theme = regional[Math.floor(index / REGIONS.length) % regional.length];
    let name = `${region} ${theme}`;
    if (seen.has(name)) name = `${name} ${Math.floor(index / (REGIONS.length * regional.length)) + 1}`;
    seen.add(name);
    const hardToReach = ['maahanmuuttajat', 'ikääntyneet', 'työnhakijat', 'vammaisjärjestöt'].includes(theme) && random.chance(0.3);
    generated.push({
      id: '',
      name,
      description: random.chance(0.5) ? `Alueellinen sidosryhmä: ${name.toLowerCase()}.` : null,
      hardToReach,
      reachNotes: hardToReach ? 'Alueellisten järjestöjen kautta; selkokieli.' : null,
    });
  }
  // Ranks: the three big sector groups first, generated groups after them, the named hard-to-reach
  // groups spread over the tail (small groups, rarely heard).
  const named = NAMED_GROUPS.slice(0, Math.min(count, NAMED_GROUPS.length)).map((group) => ({
    id: '',
    name: group.name,
    description: group.description,
    hardToReach: group.hardToReach,
    reachNotes: group.reachNotes ?? null,
  }));
  const ranked: GeneratedGroup[] = [...named.slice(0, 3), ...generated];
  const hardToReach = named.slice(3);
  hardToReach.forEach((group, index) => {
    const position = Math.min(ranked.length, Math.round(8 + ((index + 1) * (Math.max(ranked.length, 10) - 8)) / (hardToReach.length + 1)));
    ranked.splice(position, 0, group);
  });
  for (const group of ranked) group.id = random.uuid();
  return ranked.slice(0, count);
}

function organisationName(
  random: Random,
  rank: number,
  type: string,
): { name: string; nameSv: string | null; nameEn: string | null; municipality: string; languages: string[] } {
  const [municipality, municipalityGenitive] = random.pick(MUNICIPALITIES);
  const [region, regionSv] = random.pick(REGIONS);
  const swedish = region === 'Pohjanmaan' || region === 'Ahvenanmaan' || random.chance(0.08);
  const local = random.chance(0.6);
  const place = local ? municipalityGenitive : region;
  const placeSv = local ? municipality : regionSv;
  let name: string;
  let nameSv: string | null = null;
  let nameEn: string | null = null;
  if (rank < 30) {
    const [fi, sv, en] = FEDERATION_THEMES[rank % FEDERATION_THEMES.length];
    const prefix = ['Suomen', 'Valtakunnallinen', 'Kansallinen'][Math.floor(rank / FEDERATION_THEMES.length) % 3];
    name = `${prefix} ${fi} ry`;
    nameSv = `${['Finlands', 'Riksomfattande', 'Nationella'][Math.floor(rank / FEDERATION_THEMES.length) % 3]} ${sv} rf`;
    nameEn = `${['Finnish', 'National', 'Finnish National'][Math.floor(rank / FEDERATION_THEMES.length) % 3]} ${en}`;
    return { name, nameSv, nameEn, municipality: 'Helsinki', languages: ['FI', 'SV', 'EN'] };
  }
  switch (type) {
    case 'ASSOCIATION': {
      const [fi, sv, en] = random.pick(ASSOCIATION_THEMES);
      name = `${place} ${fi} ry`;
      if (swedish) nameSv = `${placeSv} ${sv.toLowerCase()} rf`;
      if (random.chance(0.05)) nameEn = `${municipality} ${en}`;
      break;
    }
    case 'FOUNDATION':
      name = `${place} ${random.pick(['Kulttuuri', 'Nuoriso', 'Tutkimus', 'Sosiaali', 'Ympäristö', 'Koulutus'])}säätiö sr`;
      if (swedish) nameSv = `${placeSv} stiftelse sr`;
      break;
    case 'COMPANY': {
      const stem = random.pick(COMPANY_STEMS);
      const kind = random.pick(COMPANY_KINDS);
      name = `${stem}${kind.toLowerCase()} ${random.chance(0.85) ? 'Oy' : 'Oyj'}`;
      if (swedish) nameSv = `${stem}${kind.toLowerCase()} Ab`;
      break;
    }
    case 'EMPLOYER_ORGANISATION':
      name = `${region} ${random.pick(['Kauppa', 'Teknologia', 'Rakennus', 'Palvelu', 'Metsä'])}työnantajat ry`;
      break;
    case 'TRADE_UNION':
      name = `${place} ${random.pick(['Metallityöväen', 'Palvelualojen', 'Opettajien', 'Sairaanhoitajien', 'Insinöörien', 'Rakennustyöläisten'])} ammattiosasto ry`;
      break;
    case 'MUNICIPALITY':
      name = `${municipalityGenitive} ${random.chance(0.5) ? 'kaupunki' : 'kunta'}`;
      nameSv = swedish ? `${municipality} stad` : null;
      break;
    case 'WELLBEING_SERVICES_COUNTY':
      name = `${region} hyvinvointialue`;
      nameSv = `Välfärdsområdet ${regionSv.replace(/s$/, '')}`;
      break;
    case 'GOVERNMENT_AGENCY':
      name = `${region} ${random.pick(['ELY-keskus', 'elinvoimakeskus', 'aluehallintovirasto', 'TE-palvelut'])}`;
      break;
    case 'RESEARCH_ORGANISATION':
      name = `${place} ${random.pick(['yliopisto', 'tutkimuskeskus', 'ammattikorkeakoulu', 'tutkimuslaitos'])}`;
      nameEn = random.chance(0.5) ? `${municipality} Research Centre` : null;
      break;
    case 'EDUCATION_PROVIDER':
      name = `${place} ${random.pick(['lukio', 'kansanopisto', 'ammattiopisto', 'kesäyliopisto'])}`;
      break;
    case 'RELIGIOUS_COMMUNITY':
      name = `${municipalityGenitive} ${random.pick(['seurakunta', 'ortodoksinen seurakunta', 'islamilainen yhdyskunta', 'helluntaiseurakunta'])}`;
      break;
    case 'INFORMAL_GROUP':
      name = `${place} ${random.pick(['yrittäjäverkosto', 'nuorten ryhmä', 'kyläaktiivit', 'vanhempainverkosto', 'työnhakijoiden vertaisryhmä'])}`;
      break;
    default:
      name = `${place} ${random.pick(['osuuskunta', 'yhteistyöverkosto', 'kehittämisyhdistys'])}`;
  }
  const languages = swedish ? (random.chance(0.5) ? ['SV'] : ['SV', 'FI']) : random.chance(0.15) ? ['FI', 'EN'] : ['FI'];
  return { name, nameSv, nameEn, municipality, languages };
}

const ORGANISATION_TYPES: readonly (readonly [string, number])[] = [
  ['ASSOCIATION', 56],
  ['COMPANY', 14],
  ['FOUNDATION', 5],
  ['TRADE_UNION', 4],
  ['EMPLOYER_ORGANISATION', 1.5],
  ['MUNICIPALITY', 0.6],
  ['WELLBEING_SERVICES_COUNTY', 0.05],
  ['GOVERNMENT_AGENCY', 1],
  ['RESEARCH_ORGANISATION', 1.2],
  ['EDUCATION_PROVIDER', 2.5],
  ['RELIGIOUS_COMMUNITY', 2],
  ['INFORMAL_GROUP', 8],
  ['OTHER', 4],
];

export async function seedScale(options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? ((message: string) => process.stdout.write(`${message}\n`));
  const sizes: SeedSizes = {
    organisations: options.organisations,
    contacts: options.contacts,
    groups: options.groups,
    consultations: options.consultations,
    engagements: options.engagements,
  };
  for (const [name, value] of Object.entries(sizes)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  }
  const started = performance.now();
  const random = new Random(options.seed ?? 20261127);
  const client = new Client({ connectionString: options.url, application_name: 'sidos-seed-scale' });
  await client.connect();
  const rows: Record<string, number> = {};
  let largeConsultationId: string;
  try {
    const [{ count }] = (await client.query<{ count: number }>('select count(*)::int as count from "organisation"')).rows;
    if (count > 0 && !options.reset) throw new Error(`the database already holds ${count} organisations: pass --reset to empty the register first`);
    await client.query('set synchronous_commit = off');
    await client.query('begin');
    if (options.reset) await client.query(`truncate ${TABLES.map((table) => `"${table}"`).join(', ')} cascade`);
    const step = async (table: string, columns: string[], lines: Iterable<string>) => {
      const tableStarted = performance.now();
      rows[table] = await copy(client, table, columns, lines);
      log(`  ${table}: ${rows[table].toLocaleString('en')} rows in ${((performance.now() - tableStarted) / 1000).toFixed(1)} s`);
    };

    // Policy areas.
    const policyAreaIds = POLICY_AREAS.map(() => random.uuid());
    await step(
      'policy_area',
      ['id', 'code', 'name', 'created_at'],
      POLICY_AREAS.map(([code, name], index) => row([policyAreaIds[index], code, name, REFERENCE_TIME])),
    );

    // Organisations: rank 0 is the biggest federation; ranks also drive how often one is engaged.
    const organisationIds: string[] = new Array<string>(sizes.organisations);
    const businessIds = new BusinessIds(random.int(0, 9_999_999));
    await step(
      'organisation',
      [
        'id',
        'name',
        'name_sv',
        'name_en',
        'business_id',
        'type',
        'languages',
        'municipality',
        'website',
        'email',
        'notes',
        'archived',
        'version',
        'created_at',
        'updated_at',
      ],
      (function* () {
        for (let rank = 0; rank < sizes.organisations; rank += 1) {
          const id = random.uuid();
          organisationIds[rank] = id;
          const type = rank < 30 ? random.pick(['ASSOCIATION', 'TRADE_UNION', 'EMPLOYER_ORGANISATION']) : random.weighted(ORGANISATION_TYPES);
          const names = organisationName(random, rank, type);
          const businessId = type === 'INFORMAL_GROUP' ? null : businessIds.next();
          const slug = emailPart(names.name).slice(0, 24);
          const created = isoDate(REFERENCE_DAY - random.int(30, 3000));
          yield row([
            id,
            names.name,
            names.nameSv,
            names.nameEn,
            businessId,
            type,
            `{${names.languages.join(',')}}`,
            names.municipality,
            random.chance(0.5) ? `https://${slug}${rank}.example.fi` : null,
            random.chance(0.6) ? `info@${slug}${rank}.example.fi` : null,
            random.chance(0.05) ? 'Yhteyshenkilö vaihtuu vuosittain.' : null,
            rank >= 30 && random.chance(0.02),
            1,
            `${created}T08:00:00Z`,
            `${created}T08:00:00Z`,
          ]);
        }
      })(),
    );
    await step(
      'organisation_policy_area',
      ['organisation_id', 'policy_area_id'],
      (function* () {
        for (let rank = 0; rank < sizes.organisations; rank += 1) {
          const areas = new Set<number>();
          const wanted =
            rank < 30
              ? 3
              : random.weighted([
                  [0, 30],
                  [1, 45],
                  [2, 25],
                ] as const);
          while (areas.size < wanted) areas.add(random.int(0, policyAreaIds.length - 1));
          for (const area of areas) yield row([organisationIds[rank], policyAreaIds[area]]);
        }
      })(),
    );

    // Contacts with dated affiliations: half of them at organisations picked by a skewed law.
    const organisationSkew = new ZipfSampler(sizes.organisations, 1, 50);
    const pickAffiliationOrganisation = () => (random.chance(0.5) ? organisationSkew.sample(random) : random.int(0, sizes.organisations - 1));
    const contactIds: string[] = new Array<string>(sizes.contacts);
    const contactOrganisation = new Int32Array(sizes.contacts);
    await step(
      'contact',
      ['id', 'first_name', 'last_name', 'email', 'phone', 'title', 'languages', 'lawful_basis', 'consent_at', 'erased', 'version', 'created_at', 'updated_at'],
      (function* () {
        for (let index = 0; index < sizes.contacts; index += 1) {
          const id = random.uuid();
          contactIds[index] = id;
          const erased = random.chance(0.003);
          const firstName = random.pick(FIRST_NAMES);
          const lastName = random.pick(LAST_NAMES);
          const basis = random.weighted([
            ['PUBLIC_TASK', 50],
            ['LEGITIMATE_INTEREST', 35],
            ['CONSENT', 15],
          ] as const);
          const created = isoDate(REFERENCE_DAY - random.int(10, 2500));
          const sami = ['Aikio', 'Näkkäläjärvi', 'Sammallahti'].includes(lastName);
          yield row([
            id,
            erased ? 'Erased' : firstName,
            erased ? 'Erased' : lastName,
            !erased && random.chance(0.85) ? `${emailPart(firstName)}.${emailPart(lastName)}${index}@example.fi` : null,
            !erased && random.chance(0.4) ? `+358 40 ${String(random.int(0, 9_999_999)).padStart(7, '0')}` : null,
            !erased && random.chance(0.5) ? random.pick(ROLES) : null,
            sami ? '{FI,SE}' : random.chance(0.1) ? '{SV,FI}' : '{FI}',
            basis,
            basis === 'CONSENT' ? `${created}T12:00:00Z` : null,
            erased,
            1,
            `${created}T08:00:00Z`,
            `${created}T08:00:00Z`,
          ]);
        }
      })(),
    );
    await step(
      'affiliation',
      ['id', 'organisation_id', 'contact_id', 'role', 'primary', 'since', 'until', 'created_at'],
      (function* () {
        for (let index = 0; index < sizes.contacts; index += 1) {
          const count = random.weighted([
            [1, 80],
            [2, 17],
            [3, 3],
          ] as const);
          const used = new Set<number>();
          for (let position = 0; position < count; position += 1) {
            const organisation = pickAffiliationOrganisation();
            if (used.has(organisation)) continue;
            used.add(organisation);
            if (position === 0) contactOrganisation[index] = organisation;
            const since = REFERENCE_DAY - random.int(60, 5000);
            const ended = position > 0 ? random.chance(0.6) : random.chance(0.1);
            const until = ended ? Math.min(REFERENCE_DAY - 1, since + random.int(200, 2200)) : null;
            yield row([
              random.uuid(),
              organisationIds[organisation],
              contactIds[index],
              random.chance(0.9) ? random.pick(ROLES) : null,
              position === 0 && random.chance(0.7),
              random.chance(0.9) ? isoDate(since) : null,
              until === null ? null : isoDate(until),
              REFERENCE_TIME,
            ]);
          }
        }
      })(),
    );

    // Stakeholder groups; sizes follow a steep Zipf law, the hard-to-reach ones sit in the tail.
    const groups = generateGroups(random, sizes.groups);
    await step(
      'stakeholder_group',
      ['id', 'name', 'description', 'hard_to_reach', 'reach_notes', 'version', 'created_at', 'updated_at'],
      groups.map((group) => row([group.id, group.name, group.description, group.hardToReach, group.reachNotes, 1, REFERENCE_TIME, REFERENCE_TIME])),
    );
    const groupSkew = new ZipfSampler(groups.length, 1.6, 2);
    await step(
      'group_organisation',
      ['group_id', 'organisation_id', 'created_at'],
      (function* () {
        for (let rank = 0; rank < sizes.organisations; rank += 1) {
          const wanted = Math.min(
            groups.length,
            rank < 50
              ? random.int(6, 12)
              : rank < 1000
                ? random.int(2, 5)
                : random.weighted([
                    [0, 35],
                    [1, 35],
                    [2, 20],
                    [3, 10],
                  ] as const),
          );
          const chosen = new Set<number>();
          for (let attempt = 0; chosen.size < wanted && attempt < wanted * 10; attempt += 1) chosen.add(groupSkew.sample(random));
          for (const group of chosen) yield row([groups[group].id, organisationIds[rank], REFERENCE_TIME]);
        }
      })(),
    );
    await step(
      'group_contact',
      ['group_id', 'contact_id', 'created_at'],
      (function* () {
        for (let index = 0; index < sizes.contacts; index += 1) {
          if (!random.chance(0.3)) continue;
          yield row([groups[groupSkew.sample(random)].id, contactIds[index], REFERENCE_TIME]);
        }
      })(),
    );

    // Consultations: engagement volume by a Zipf–Mandelbrot law (q = 10), so consultation 0 is large.
    const consultationSkew = new ZipfSampler(sizes.consultations, 1, 10);
    const volumes = Array.from({ length: sizes.consultations }, (_value, index) => Math.floor(sizes.engagements * consultationSkew.share(index)));
    for (
      let remainder = sizes.engagements - volumes.reduce((sum, value) => sum + value, 0), index = 0;
      remainder > 0;
      remainder -= 1, index = (index + 1) % volumes.length
    )
      volumes[index] += 1;
    const consultationIds: string[] = [];
    const targetsOf: number[][] = [];
    const activitiesOf: GeneratedActivity[][] = [];
    const hardToReachRanks = groups.flatMap((group, index) => (group.hardToReach ? [index] : []));
    const consultationRows: string[] = [];
    for (let index = 0; index < sizes.consultations; index += 1) {
      const id = random.uuid();
      consultationIds.push(id);
      const ministry = index === 0 ? 'TEM' : random.weighted(MINISTRIES);
      const topic = random.pick(CONSULTATION_TOPICS);
      const title =
        index === 0
          ? 'Työllisyyspalveluiden kansallinen kokonaisuudistus'
          : `${topic} ${random.pick(CONSULTATION_FORMS)} ${2023 + (index % 4)}${index >= CONSULTATION_TOPICS.length * CONSULTATION_FORMS.length * 4 ? ` (${index})` : ''}`;
      const startsOn = index === 0 ? dayOf('2025-01-15') : dayOf('2023-01-01') + random.int(0, 1370);
      const endsOn = startsOn + random.int(120, 540);
      const phaseIndex =
        endsOn < REFERENCE_DAY
          ? random.weighted([
              [3, 40],
              [4, 60],
            ] as const)
          : Math.min(4, Math.floor(((REFERENCE_DAY - startsOn) / (endsOn - startsOn)) * 5));
      const status = endsOn < REFERENCE_DAY ? 'CLOSED' : startsOn > REFERENCE_DAY ? 'PLANNED' : 'ONGOING';
      consultationRows.push(
        row([
          id,
          title,
          random.chance(0.6) ? `${topic} valmistelu: tavoitteet, aikataulu ja kuuleminen.` : null,
          ministry,
          status,
          PHASES[Math.max(0, phaseIndex)],
          isoDate(startsOn),
          isoDate(endsOn),
          1,
          REFERENCE_TIME,
          REFERENCE_TIME,
        ]),
      );
      const targets = new Set<number>();
      const wantedTargets = index === 0 ? Math.min(6, groups.length) : random.int(1, Math.min(6, groups.length));
      if (hardToReachRanks.length > 0 && (index === 0 || random.chance(0.6))) targets.add(random.pick(hardToReachRanks));
      for (let attempt = 0; targets.size < wantedTargets && attempt < 50; attempt += 1) targets.add(groupSkew.sample(random));
      targetsOf.push([...targets]);
      // Activities, in phase order up to the current phase, dated inside the consultation.
      const activityCount = Math.max(3, Math.min(24, 3 + Math.floor(Math.log2(1 + volumes[index] / 50))));
      const days = Array.from({ length: activityCount }, () => startsOn + random.int(0, endsOn - startsOn)).sort((a, b) => a - b);
      const lastPhase = Math.max(phaseIndex, 2);
      activitiesOf.push(
        days.map((day, position) => {
          const phase = PHASES[Math.min(lastPhase, Math.floor((position / activityCount) * (lastPhase + 1)))];
          const method =
            phase === 'STATEMENT_ROUND'
              ? random.weighted([
                  ['STATEMENT_REQUEST', 70],
                  ['HEARING', 15],
                  ['WEBINAR', 15],
                ] as const)
              : phase === 'INITIATION'
                ? random.weighted([
                    ['DIALOGUE', 35],
                    ['WORKSHOP', 25],
                    ['SURVEY', 15],
                    ['INTERVIEW', 15],
                    ['MEETING', 10],
                  ] as const)
                : random.weighted([
                    ['WORKSHOP', 25],
                    ['WEBINAR', 25],
                    ['ONLINE_CONSULTATION', 15],
                    ['HEARING', 15],
                    ['MEETING', 20],
                  ] as const);
          return { id: random.uuid(), phase, method, day };
        }),
      );
    }
    largeConsultationId = consultationIds[0];
    await step(
      'consultation',
      ['id', 'title', 'description', 'ministry', 'status', 'current_phase', 'starts_on', 'ends_on', 'version', 'created_at', 'updated_at'],
      consultationRows,
    );
    await step(
      'consultation_policy_area',
      ['consultation_id', 'policy_area_id'],
      (function* () {
        for (const id of consultationIds) {
          const areas = new Set([random.int(0, policyAreaIds.length - 1), random.int(0, policyAreaIds.length - 1)]);
          for (const area of areas) yield row([id, policyAreaIds[area]]);
        }
      })(),
    );
    await step(
      'consultation_target_group',
      ['consultation_id', 'group_id'],
      (function* () {
        for (let index = 0; index < consultationIds.length; index += 1)
          for (const group of targetsOf[index]) yield row([consultationIds[index], groups[group].id]);
      })(),
    );
    await step(
      'activity',
      ['id', 'consultation_id', 'title', 'method', 'mode', 'phase', 'date', 'participant_count', 'version', 'created_at', 'updated_at'],
      (function* () {
        for (let index = 0; index < consultationIds.length; index += 1) {
          for (const activity of activitiesOf[index]) {
            const modes = METHODS.find((entry) => entry.method === activity.method)!.modes;
            const participants =
              activity.method === 'WEBINAR' ? random.int(40, 1000) : ['WORKSHOP', 'DIALOGUE', 'HEARING'].includes(activity.method) ? random.int(8, 80) : null;
            yield row([
              activity.id,
              consultationIds[index],
              `${METHOD_TITLES[activity.method]}: ${isoDate(activity.day)}`,
              activity.method,
              random.pick(modes),
              activity.phase,
              isoDate(activity.day),
              participants,
              1,
              `${isoDate(activity.day)}T08:00:00Z`,
              `${isoDate(activity.day)}T08:00:00Z`,
            ]);
          }
        }
      })(),
    );

    // Engagements, streamed: who was invited, who declined, who took part or submitted.
    const engagedSkew = new ZipfSampler(sizes.organisations, 1, 20);
    const pickEngagedOrganisation = () => (random.chance(0.7) ? engagedSkew.sample(random) : random.int(0, sizes.organisations - 1));
    const volumeOf = new Map(METHODS.map((entry) => [entry.method, entry.volume]));
    await step(
      'engagement',
      ['id', 'activity_id', 'kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count', 'notes', 'created_at'],
      (function* () {
        for (let index = 0; index < consultationIds.length; index += 1) {
          const activities = activitiesOf[index];
          const weights = activities.map((activity) => volumeOf.get(activity.method)! * (0.5 + random.next()));
          const cumulative: number[] = [];
          weights.reduce((sum, weight) => (cumulative.push(sum + weight), sum + weight), 0);
          const total = cumulative[cumulative.length - 1];
          const targets = targetsOf[index];
          for (let record = 0; record < volumes[index]; record += 1) {
            const roll = random.next() * total;
            let position = 0;
            while (cumulative[position] < roll) position += 1;
            const activity = activities[position];
            const party = random.weighted([
              ['organisation', 58],
              ['contact', 30],
              ['organisation+group', 7],
              ['contact+group', 4],
              ['group', 1],
            ] as const);
            const namedGroup = party.endsWith('group') ? (targets.length > 0 && random.chance(0.8) ? random.pick(targets) : groupSkew.sample(random)) : null;
            let organisation: number | null = null;
            let contact: number | null = null;
            if (party.startsWith('organisation')) organisation = pickEngagedOrganisation();
            if (party.startsWith('contact')) {
              contact = random.int(0, sizes.contacts - 1);
              if (random.chance(0.5)) organisation = contactOrganisation[contact];
            }
            const kind =
              party === 'group'
                ? 'PARTICIPATED'
                : activity.method === 'STATEMENT_REQUEST'
                  ? random.weighted([
                      ['INVITED', 45],
                      ['SUBMITTED', 45],
                      ['DECLINED', 10],
                    ] as const)
                  : activity.method === 'SURVEY' || activity.method === 'ONLINE_CONSULTATION'
                    ? random.weighted([
                        ['SUBMITTED', 70],
                        ['INVITED', 30],
                      ] as const)
                    : random.weighted([
                        ['INVITED', 30],
                        ['DECLINED', 5],
                        ['PARTICIPATED', 65],
                      ] as const);
            yield row([
              random.uuid(),
              activity.id,
              kind,
              organisation === null ? null : organisationIds[organisation],
              contact === null ? null : contactIds[contact],
              namedGroup === null ? null : groups[namedGroup].id,
              party === 'group' ? random.int(5, 400) : null,
              random.chance(0.02) ? 'Lausunto annettu määräajassa.' : null,
              `${isoDate(activity.day)}T10:00:00Z`,
            ]);
          }
        }
      })(),
    );
    // The facilitator pool and participant feedback (about as many responses as engagement records).
    await seedFacilitation({
      random,
      step,
      row,
      activities: activitiesOf.flat(),
      groupIds: groups.map((group) => group.id),
      responses: sizes.engagements,
      referenceTime: REFERENCE_TIME,
    });
    // The practice rows are read back from the tables filled above, in this transaction: without statistics the planner
    // takes them for empty and probes a million records once per theme and activity (minutes at full size, more at 5M).
    // ANALYZE in a transaction samples the transaction's own rows.
    await client.query('analyze "activity", "engagement", "organisation", "contact", "input_theme"');
    Object.assign(rows, await seedPractice(client, largeConsultationId, log));
    await client.query('commit');
    const vacuumStarted = performance.now();
    // The whole database: other tables (empty ones too) need statistics for good plans as well.
    await client.query('vacuum analyze');
    log(`  vacuum analyze: ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { sizes, rows, seconds: (performance.now() - started) / 1000, largeConsultationId };
}

/** Reads `--name value` options. */
export function parseSizes(argv: string[], defaults: SeedSizes = FULL_SIZES): SeedSizes & { seed: number; reset: boolean } {
  const result = { ...defaults, seed: 20261127, reset: false };
  for (let index = 0; index < argv.length; index += 1) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(argv[index]);
    if (!match) throw new Error(`unknown argument ${JSON.stringify(argv[index])}`);
    const [, name, inline] = match;
    if (name === 'reset') {
      result.reset = true;
      continue;
    }
    if (!(name in result)) throw new Error(`unknown option --${name}`);
    const value = inline ?? argv[++index];
    if (value === undefined || !/^\d+$/.test(value)) throw new Error(`--${name} needs a whole number`);
    (result as Record<string, unknown>)[name] = Number(value);
  }
  return result;
}

/** `npm run seed:scale -- …` (scripts/seed-scale.js). */
export async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL to the PostgreSQL database to fill (its migrations are applied first)');
  const options = parseSizes(process.argv.slice(2));
  applyMigrations(url);
  process.stdout.write(`Seeding ${JSON.stringify({ ...options, reset: undefined })}\n`);
  const summary = await seedScale({ url, ...options });
  process.stdout.write(`Seeded in ${summary.seconds.toFixed(1)} s; the large consultation is ${summary.largeConsultationId}\n`);
}
