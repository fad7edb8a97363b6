/**
 * `npm run bench`: the Sidos API (built, in production settings, as a child process) against PostGraphile 5
 * and the raw SQL floor on the same PostgreSQL database, over loopback, with autocannon.
 *
 *   DATABASE_URL=… npm run bench                 long form: the database as it is (seeded at full size when empty);
 *                                                 writes docs/benchmarks.md and docs/benchmarks.json
 *   DATABASE_URL=… npm run bench -- --short      short form (CI): a fresh database on that server with small sizes,
 *                                                 short runs; writes bench-results/short.{md,json}; dropped afterwards
 *
 * Options: --connections N, --duration S, --warmup S, --out-dir DIR, the seed sizes (--organisations N …) and
 * --growth URL,URL (also measure (c) and (i) on those registers, e.g. seeded with 100k and 5M engagements, for the
 * report's growth table), --fresh (a fresh database also in the long form), --only KEY,KEY (measure only those scenarios, e.g. `--only searchBroad,searchFederations`;
 * the report then goes to bench-results/only.{md,json} unless --name or --out-dir say otherwise). Exits non-zero when a check fails: a non-2xx answer, a
 * GraphQL error, or the API, PostGraphile and the floor disagreeing on an answer.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { SESSION_SETTINGS } from '../libs/database/src/session-settings.ts';
import { type Child, CpuMeter, type CpuPerRequest, ROOT, RssSampler, signToken, startNode } from './bench-support.ts';
import { applyMigrations, deployedNodeOptions, graphql, postJson } from '../test/support/scale/scale-support.ts';
import { FULL_SIZES, parseSizes, type SeedSizes, seedScale } from '../test/support/scale/seed-scale.ts';
import {
  API_COVERAGE,
  API_ORGANISATION,
  API_RECORD,
  API_SEARCH,
  API_SEARCH_NAMES,
  API_UNHEARD,
  BROAD_TERM,
  FEDERATION_TERM,
  POSTGRAPHILE_ORGANISATION,
  POSTGRAPHILE_SEARCH,
  POSTGRAPHILE_SETUP_SQL,
  SEARCH_TERMS,
  RAISE_COVERAGE_GENERATION_SQL,
  UNHEARD_WINDOW,
} from '../test/support/scale/scenarios.ts';
import { API_INVITATIONS, finnishToday, type InvitationsAnswer, sameInvitations } from '../test/support/scale/invitation-scenario.ts';
import { StatementCounter } from '../test/support/scale/statement-counter.ts';
import { DELETE_WRITTEN_SQL, startWriters, WRITER_OPTIONS, type WriterParties, type WriterStats } from '../test/support/scale/coverage-writes-scenario.ts';
import {
  DELETE_WRITTEN_FEEDBACK_SQL,
  facilitationChecks,
  facilitationScenarioBodies,
  facilitationStatementCases,
} from '../test/support/scale/facilitation-scenarios.ts';

export const SHORT_SIZES: SeedSizes = { organisations: 2_000, contacts: 6_000, groups: 60, consultations: 60, engagements: 20_000 };

const JWT_SECRET = `sidos-bench-${randomBytes(24).toString('hex')}`;

/** Node options of the API process: as the Docker image runs it, unless BENCH_API_NODE_OPTIONS says otherwise. */
const API_NODE_OPTIONS = process.env.BENCH_API_NODE_OPTIONS ?? deployedNodeOptions();
const API_NODE_FLAGS = API_NODE_OPTIONS.split(' ').filter(Boolean);

/** `apiComputed`: a second API instance that keeps no coverage answers (COVERAGE_CACHE_ROWS=0): every request computes. */
type Target = 'api' | 'apiComputed' | 'postgraphile' | 'floor';

interface Options {
  short: boolean;
  /** The built API to measure (default dist/apps/api/src/main.js; another build for before/after comparisons). */
  apiEntry: string;
  migrate: boolean;
  /** Base name of the report files. */
  name: string;
  /** Only write the Markdown again from the JSON of the last run (after editing bench/notes.md). */
  renderOnly?: boolean;
  /** Measure only these scenarios (their keys); all when unset. */
  only?: string[];
  fresh: boolean;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  outDir: string;
  sizes: SeedSizes;
  /** Other registers (database URLs) on which (c) and (i) are measured too, to show how their cost grows with the records. */
  growth: string[];
}

export interface Measurement {
  scenario: string;
  target: Target;
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  /** The largest resident set of the server's process during the measured run (MiB; the API and PostGraphile). */
  rssMiB?: number;
  /** CPU per request during the measured run (ms): the server's process, PostgreSQL, the load generator (see CpuMeter). */
  cpu?: CpuPerRequest;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  non2xx: number;
  graphqlErrors: number;
  /** The first answer that carried errors (its first 300 characters), to say what failed. */
  firstError?: string;
  networkErrors: number;
  /** (i): what the writers managed while the readers were measured. */
  writers?: WriterStats;
}

interface Check {
  name: string;
  ok: boolean;
  detail?: string;
}

interface Parameters {
  terms: string[];
  organisationIds: string[];
  largeConsultationId: string;
  largeConsultationRecords: number;
  smallConsultationId: string;
  recordActivityId: string;
  recordOrganisationIds: string[];
  recordContactIds: string[];
  narrowTerm: string;
  smallOrganisationId: string;
  largeOrganisationId: string;
  /** (i): the activity of the large consultation the writers record into, and their parties. */
  writerParties: WriterParties;
}

function parseOptions(argv: string[]): Options {
  const short = argv.includes('--short');
  const rest: string[] = [];
  const options: Options = {
    short,
    apiEntry: join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'),
    migrate: true,
    name: short ? 'short' : 'benchmarks',
    fresh: short,
    connections: short ? 4 : 8,
    durationSeconds: short ? 3 : 15,
    warmupSeconds: short ? 1 : 3,
    outDir: short ? join(ROOT, 'bench-results') : join(ROOT, 'docs'),
    sizes: short ? SHORT_SIZES : FULL_SIZES,
    growth: [],
  };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined) throw new Error(`${argument} needs a value`);
      index += 1;
      return next;
    };
    if (argument === '--short') continue;
    else if (argument === '--fresh') options.fresh = true;
    else if (argument === '--connections') options.connections = Number(value());
    else if (argument === '--duration') options.durationSeconds = Number(value());
    else if (argument === '--warmup') options.warmupSeconds = Number(value());
    else if (argument === '--out-dir') options.outDir = value();
    else if (argument === '--api-entry') options.apiEntry = value();
    else if (argument === '--no-migrate') options.migrate = false;
    else if (argument === '--name') options.name = value();
    else if (argument === '--render-only') options.renderOnly = true;
    else if (argument === '--only') options.only = value().split(',').filter(Boolean);
    else if (argument === '--growth') options.growth = value().split(',').filter(Boolean);
    else rest.push(argument);
  }
  if (options.only) {
    const unknown = options.only.filter((key) => !SCENARIOS.some((scenario) => scenario.key === key));
    if (unknown.length > 0) throw new Error(`--only: unknown scenario ${unknown.join(', ')} (known: ${SCENARIOS.map((scenario) => scenario.key).join(', ')})`);
    if (!argv.includes('--name')) options.name = 'only';
    if (!argv.includes('--out-dir')) options.outDir = join(ROOT, 'bench-results');
  }
  const sizes = parseSizes(rest, options.sizes);
  options.sizes = {
    organisations: sizes.organisations,
    contacts: sizes.contacts,
    groups: sizes.groups,
    consultations: sizes.consultations,
    engagements: sizes.engagements,
  };
  return options;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A closed loop of `connections` clients for `seconds`, cycling through `bodies`; exact percentiles from every response time. */
function load(
  url: string,
  bodies: string[],
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<Omit<Measurement, 'scenario' | 'target'>> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let graphqlErrors = 0;
    let firstError: string | undefined;
    const started = performance.now();
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 30,
        headers: { 'content-type': 'application/json', ...headers },
        requests: bodies.map((body) => ({
          method: 'POST',
          body,
          onResponse: (_status: number, responseBody: string) => {
            if (!responseBody.includes('"errors"')) return;
            graphqlErrors += 1;
            firstError ??= responseBody.slice(0, 300);
          },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        const elapsed = (performance.now() - started) / 1000;
        latencies.sort((a, b) => a - b);
        resolve({
          connections,
          seconds: round(elapsed, 2),
          requests: latencies.length,
          perSecond: round(latencies.length / elapsed),
          p50: round(percentile(latencies, 0.5)),
          p95: round(percentile(latencies, 0.95)),
          p99: round(percentile(latencies, 0.99)),
          mean: round(latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length)),
          non2xx: result.non2xx,
          graphqlErrors,
          firstError,
          networkErrors: result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

async function databaseFacts(client: Client) {
  const tables = [
    'organisation',
    'contact',
    'affiliation',
    'stakeholder_group',
    'group_organisation',
    'group_contact',
    'consultation',
    'activity',
    'engagement',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = (await client.query<{ count: number }>(`select count(*)::int as count from "${table}"`)).rows[0].count;
  const settings = (
    await client.query<{ name: string; setting: string }>(
      `select name, current_setting(name) as setting from pg_settings where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_connections', 'jit') order by name`,
    )
  ).rows;
  const version = (await client.query<{ server_version: string }>('show server_version')).rows[0].server_version;
  const size = (await client.query<{ size: string }>('select pg_size_pretty(pg_database_size(current_database())) as size')).rows[0].size;
  const otherActive = (
    await client.query<{ count: number }>(
      `select count(*)::int as count from pg_stat_activity where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    )
  ).rows[0].count;
  return { otherActive, counts, settings: Object.fromEntries(settings.map((row) => [row.name, row.setting])), version, size };
}

const WRITE_CONSULTATION_TITLE = 'Sidos benchmark: recordEngagements';

/**
 * (e) writes into an activity of a consultation of its own, emptied before and after each run, so that the
 * reads of the next run meet the register as seeded.
 */
async function writeActivity(client: Client): Promise<string> {
  const existing = await client.query<{ id: string }>(
    `select a."id" from "activity" a join "consultation" c on c."id" = a."consultation_id" where c."title" = $1 limit 1`,
    [WRITE_CONSULTATION_TITLE],
  );
  if (existing.rows.length > 0) return existing.rows[0].id;
  const consultation = await client.query<{ id: string }>(
    `insert into "consultation" ("id", "title", "ministry", "status", "current_phase", "starts_on", "version", "created_at", "updated_at")
     values (gen_random_uuid(), $1, 'TEM', 'ONGOING', 'DRAFTING', '2026-11-01', 1, now(), now()) returning "id"`,
    [WRITE_CONSULTATION_TITLE],
  );
  const activity = await client.query<{ id: string }>(
    `insert into "activity" ("id", "consultation_id", "title", "method", "mode", "phase", "date", "version", "created_at", "updated_at")
     values (gen_random_uuid(), $1, 'Benchmark workshop', 'WORKSHOP', 'IN_PERSON', 'DRAFTING', '2026-11-20', 1, now(), now()) returning "id"`,
    [consultation.rows[0].id],
  );
  return activity.rows[0].id;
}

/** (i): deletes the writers' records (their coverage folds follow, by the triggers), so that the next rows read the register as seeded. */
async function deleteWritten(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(DELETE_WRITTEN_SQL)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}

async function emptyWriteActivity(databaseUrl: string, activityId: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`delete from "engagement" where "activity_id" = $1`, [activityId]);
    await client.query(DELETE_WRITTEN_FEEDBACK_SQL, [activityId]);
  } finally {
    await client.end();
  }
}

async function chooseParameters(client: Client): Promise<Parameters> {
  const query = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];
  const recordActivityId = await writeActivity(client);
  await client.query(`delete from "engagement" where "activity_id" = $1`, [recordActivityId]);
  await client.query(DELETE_WRITTEN_FEEDBACK_SQL, [recordActivityId]);
  const busiest = await query<{ id: string; records: number }>(
    `select a."consultation_id" as id, count(*)::int as records from "engagement" e join "activity" a on a."id" = e."activity_id" group by 1 order by 2 desc, 1 limit 1`,
  );
  const quietest = await query<{ id: string }>(
    `select a."consultation_id" as id from "engagement" e join "activity" a on a."id" = e."activity_id" group by 1 order by count(*), 1 limit 1`,
  );
  const engaged = await query<{ id: string }>(
    `select "organisation_id" as id from "engagement" where "organisation_id" is not null group by 1 order by count(*) desc, 1 limit 10`,
  );
  const sampled = await query<{ id: string }>(`select "id" from "organisation" order by md5("id"::text) limit 40`);
  const lonely = await query<{ id: string }>(
    `select o."id" from "organisation" o where not exists (select 1 from "engagement" e where e."organisation_id" = o."id") order by md5(o."id"::text) limit 1`,
  );
  const recordOrganisations = await query<{ id: string }>(`select "id" from "organisation" order by md5("id"::text || 'record') limit 70`);
  const recordContacts = await query<{ id: string }>(`select "id" from "contact" order by md5("id"::text || 'record') limit 30`);
  const writerActivity = await query<{ id: string }>(`select "id" from "activity" where "consultation_id" = $1 order by "date" desc, "id" limit 1`, [
    busiest[0].id,
  ]);
  const writerOrganisations = await query<{ id: string }>(
    `select "id" from "organisation" where not "archived" order by md5("id"::text || 'writer') limit 200`,
  );
  const writerContacts = await query<{ id: string }>(`select "id" from "contact" where not "erased" order by md5("id"::text || 'writer') limit 100`);
  const writerGroups = await query<{ id: string }>(
    `select "group_id" as "id" from "consultation_target_group" where "consultation_id" = $1 order by "group_id"`,
    [busiest[0].id],
  );
  const narrow = await query<{ business_id: string }>(
    `select "business_id" from "organisation" where "business_id" is not null and not "archived" order by md5("id"::text) limit 1`,
  );
  return {
    terms: SEARCH_TERMS,
    organisationIds: [...engaged.map((row) => row.id), ...sampled.map((row) => row.id)],
    largeConsultationId: busiest[0].id,
    largeConsultationRecords: busiest[0].records,
    smallConsultationId: quietest[0].id,
    recordActivityId,
    recordOrganisationIds: recordOrganisations.map((row) => row.id),
    recordContactIds: recordContacts.map((row) => row.id),
    narrowTerm: narrow[0].business_id,
    smallOrganisationId: (lonely[0] ?? sampled[0]).id,
    largeOrganisationId: engaged[0].id,
    writerParties: {
      activityId: writerActivity[0].id,
      organisationIds: writerOrganisations.map((row) => row.id),
      contactIds: writerContacts.map((row) => row.id),
      groupIds: writerGroups.map((row) => row.id),
    },
  };
}

function recordBody(parameters: Parameters, count: number, variant: number): { query: string; variables: Record<string, unknown> } {
  const records = [
    ...parameters.recordOrganisationIds.map((organisationId) => ({ kind: 'PARTICIPATED', organisationId })),
    ...parameters.recordContactIds.map((contactId, index) => ({ kind: index % 3 === 0 ? 'INVITED' : 'SUBMITTED', contactId })),
  ];
  const rotated = [...records.slice(variant % records.length), ...records.slice(0, variant % records.length)].slice(0, count);
  return { query: API_RECORD, variables: { activityId: parameters.recordActivityId, records: rotated } };
}

/** The GraphQL bodies of each scenario, for the API and PostGraphile; the floor's JSON bodies. */
function scenarioBodies(parameters: Parameters) {
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  return {
    search: {
      api: parameters.terms.map((term) => body(API_SEARCH, { term })),
      postgraphile: parameters.terms.map((term) => body(POSTGRAPHILE_SEARCH, { term })),
      floor: parameters.terms.map((term) => JSON.stringify({ term })),
    },
    organisation: {
      api: parameters.organisationIds.map((id) => body(API_ORGANISATION, { id })),
      postgraphile: parameters.organisationIds.map((id) => body(POSTGRAPHILE_ORGANISATION, { id })),
      floor: parameters.organisationIds.map((id) => JSON.stringify({ id })),
    },
    coverage: {
      api: [body(API_COVERAGE, { id: parameters.largeConsultationId })],
      apiComputed: [body(API_COVERAGE, { id: parameters.largeConsultationId })],
      floor: [JSON.stringify({ id: parameters.largeConsultationId })],
    },
    coverageWrites: {
      api: [body(API_COVERAGE, { id: parameters.largeConsultationId })],
      apiComputed: [body(API_COVERAGE, { id: parameters.largeConsultationId })],
    },
    unheard: { api: [body(API_UNHEARD, { window: UNHEARD_WINDOW })], floor: [JSON.stringify(UNHEARD_WINDOW)] },
    searchBroad: { api: [body(API_SEARCH_NAMES, { term: BROAD_TERM })], floor: [JSON.stringify({ term: BROAD_TERM })] },
    searchFederations: { api: [body(API_SEARCH, { term: FEDERATION_TERM })], floor: [JSON.stringify({ term: FEDERATION_TERM })] },
    record: { api: [0, 1, 2, 3].map((variant) => JSON.stringify(recordBody(parameters, 100, variant * 7))) },
    ...facilitationScenarioBodies(parameters.recordActivityId),
    invitations: {
      api: [body(API_INVITATIONS, { id: parameters.largeConsultationId })],
      // The API's reference date without an activity: today in Finnish time.
      floor: [JSON.stringify({ id: parameters.largeConsultationId, date: finnishToday() })],
    },
  };
}

const sortedIds = (items: { id: string }[]) => items.map((item) => item.id).sort();
const contactIds = (affiliations: { contact: { id: string } }[]) => affiliations.map((affiliation) => affiliation.contact.id).sort();

/** The parts of each answer that the checks compare. */
interface SearchAnswer {
  organisations: { totalCount: number; nodes: { id: string; groups: { id: string }[]; affiliations: { contact: { id: string } }[] }[] };
}
interface PostGraphileSearchAnswer {
  searchOrganisations: {
    totalCount: number;
    nodes: {
      id: string;
      groupOrganisationsByOrganisationId: { nodes: { stakeholderGroupByGroupId: { id: string } }[] };
      affiliationsByOrganisationId: { nodes: { contactByContactId: { id: string } }[] };
    }[];
  };
}
interface EngagementStats {
  invited: number;
  declined: number;
  heard: number;
  lastHeardOn: string | null;
}
interface OrganisationAnswer {
  organisation: { groups: { id: string }[]; affiliations: unknown[]; engagementStats: EngagementStats };
}
interface PostGraphileOrganisationAnswer {
  organisationById: {
    invited: { totalCount: number };
    declined: { totalCount: number };
    participated: { totalCount: number };
    submitted: { totalCount: number };
    affiliationsByOrganisationId: { nodes: unknown[] };
    groupOrganisationsByOrganisationId: { nodes: unknown[] };
  };
}
interface CoverageAnswer {
  consultationCoverage: { groups: unknown[]; gaps: unknown[]; coverageRatio: number | null; earlyReachRatio: number | null };
}
interface UnheardAnswer {
  unheardGroups: unknown[];
}
interface RecordAnswer {
  recordEngagements: unknown[];
}
/** The floor answers `{ data: … }` with the API's shape. */
interface FloorAnswer<T> {
  data: T;
}

/** The same coverage answer: rows, gaps and both ratios. */
function sameCoverage(api: CoverageAnswer['consultationCoverage'], floor: CoverageAnswer['consultationCoverage']): boolean {
  return (
    JSON.stringify(api.groups) === JSON.stringify(floor.groups) &&
    JSON.stringify(api.gaps) === JSON.stringify(floor.gaps) &&
    Math.abs((api.coverageRatio ?? -1) - (floor.coverageRatio ?? -1)) < 1e-9 &&
    Math.abs((api.earlyReachRatio ?? -1) - (floor.earlyReachRatio ?? -1)) < 1e-9
  );
}

/**
 * (i) after a run: the answers of both API instances (kept tallies; kept answer or computed) equal the floor's,
 * which computes coverage from the records from scratch.
 */
async function coverageAfterWritesCheck(urls: Record<Target, string>, token: string, consultationId: string, records?: number): Promise<Check> {
  const floor = (await postJson<FloorAnswer<CoverageAnswer>>(`${urls.floor}/coverage`, { id: consultationId })).data.consultationCoverage;
  const api = (await graphql<CoverageAnswer>(urls.api, API_COVERAGE, { id: consultationId }, token)).consultationCoverage;
  const computed = (await graphql<CoverageAnswer>(urls.apiComputed, API_COVERAGE, { id: consultationId }, token)).consultationCoverage;
  return {
    name:
      records === undefined
        ? `(c) ${consultationId}: both API instances' answers equal the floor's (from the records) on ${api.groups.length} coverage rows`
        : `(i) ${consultationId}: after ${records} records written during the run, both API instances' answers equal the floor's (from the records) on ${api.groups.length} coverage rows`,
    ok: sameCoverage(api, floor) && sameCoverage(computed, floor),
    detail: `API ${JSON.stringify(api).slice(0, 400)}\ncomputed ${JSON.stringify(computed).slice(0, 400)}\nfloor ${JSON.stringify(floor).slice(0, 400)}`,
  };
}

/** The API, PostGraphile and the floor must give the same answers (PostGraphile: the same organisations, relations and counts). */
async function runChecks(urls: Record<Target, string>, token: string, parameters: Parameters): Promise<Check[]> {
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail?: string) => checks.push({ name, ok, detail: ok ? undefined : detail });
  for (const term of parameters.terms) {
    const api = (await graphql<SearchAnswer>(urls.api, API_SEARCH, { term }, token)).organisations;
    const postgraphile = (await graphql<PostGraphileSearchAnswer>(urls.postgraphile, POSTGRAPHILE_SEARCH, { term })).searchOrganisations;
    const floor = (await postJson<FloorAnswer<SearchAnswer>>(`${urls.floor}/search`, { term })).data.organisations;
    const ids = api.nodes.map((node) => node.id);
    check(
      `(a) "${term}": API and PostGraphile return the same ${ids.length} organisations in the same order (of ${api.totalCount})`,
      JSON.stringify(ids) === JSON.stringify(postgraphile.nodes.map((node) => node.id)) && api.totalCount === postgraphile.totalCount,
      `API ${api.totalCount}: ${ids.slice(0, 5).join(', ')}…; PostGraphile ${postgraphile.totalCount}: ${postgraphile.nodes
        .slice(0, 5)
        .map((node) => node.id)
        .join(', ')}…`,
    );
    check(
      `(a) "${term}": API and the floor agree (organisations, groups, affiliations)`,
      JSON.stringify(api.nodes.map((node) => [node.id, sortedIds(node.groups), contactIds(node.affiliations)])) ===
        JSON.stringify(floor.nodes.map((node) => [node.id, sortedIds(node.groups), contactIds(node.affiliations)])) && api.totalCount === floor.totalCount,
      `totalCount API ${api.totalCount}, floor ${floor.totalCount}`,
    );
    check(
      `(a) "${term}": PostGraphile's groups and affiliations are the API's`,
      JSON.stringify(api.nodes.map((node) => [sortedIds(node.groups), contactIds(node.affiliations)])) ===
        JSON.stringify(
          postgraphile.nodes.map((node) => [
            node.groupOrganisationsByOrganisationId.nodes.map((link) => link.stakeholderGroupByGroupId.id).sort(),
            node.affiliationsByOrganisationId.nodes.map((link) => link.contactByContactId.id).sort(),
          ]),
        ),
    );
  }
  for (const id of [...parameters.organisationIds.slice(0, 3), parameters.smallOrganisationId]) {
    const api = (await graphql<OrganisationAnswer>(urls.api, API_ORGANISATION, { id }, token)).organisation;
    const postgraphile = (await graphql<PostGraphileOrganisationAnswer>(urls.postgraphile, POSTGRAPHILE_ORGANISATION, { id })).organisationById;
    const floor = (await postJson<FloorAnswer<OrganisationAnswer>>(`${urls.floor}/organisation`, { id })).data.organisation;
    const stats = api.engagementStats;
    check(
      `(b) ${id}: API and the floor agree (stats ${stats.invited}/${stats.declined}/${stats.heard}, ${api.affiliations.length} affiliations)`,
      JSON.stringify(stats) === JSON.stringify(floor.engagementStats) &&
        JSON.stringify(sortedIds(api.groups)) === JSON.stringify(sortedIds(floor.groups)) &&
        api.affiliations.length === floor.affiliations.length,
      `API ${JSON.stringify(stats)}, floor ${JSON.stringify(floor.engagementStats)}`,
    );
    check(
      `(b) ${id}: PostGraphile's counts and relations are the API's`,
      postgraphile.invited.totalCount === stats.invited &&
        postgraphile.declined.totalCount === stats.declined &&
        postgraphile.participated.totalCount + postgraphile.submitted.totalCount === stats.heard &&
        postgraphile.affiliationsByOrganisationId.nodes.length === api.affiliations.length &&
        postgraphile.groupOrganisationsByOrganisationId.nodes.length === api.groups.length,
      JSON.stringify(postgraphile).slice(0, 500),
    );
  }
  for (const id of [parameters.largeConsultationId, parameters.smallConsultationId]) {
    const api = (await graphql<CoverageAnswer>(urls.api, API_COVERAGE, { id }, token)).consultationCoverage;
    const floor = (await postJson<FloorAnswer<CoverageAnswer>>(`${urls.floor}/coverage`, { id })).data.consultationCoverage;
    const same = sameCoverage(api, floor);
    check(
      `(c) ${id}: API and the floor agree on ${api.groups.length} coverage rows`,
      same,
      `API ${JSON.stringify(api).slice(0, 600)}\nfloor ${JSON.stringify(floor).slice(0, 600)}`,
    );
    const kept = (await graphql<CoverageAnswer>(urls.api, API_COVERAGE, { id }, token)).consultationCoverage;
    const computed = (await graphql<CoverageAnswer>(urls.apiComputed, API_COVERAGE, { id }, token)).consultationCoverage;
    check(
      `(c) ${id}: the API's kept answer is the one it computed, and the one an instance without kept answers computes`,
      JSON.stringify(kept) === JSON.stringify(api) && JSON.stringify(computed) === JSON.stringify(api),
      `kept ${JSON.stringify(kept).slice(0, 300)}\ncomputed ${JSON.stringify(computed).slice(0, 300)}`,
    );
  }
  const apiInvitations = (await graphql<InvitationsAnswer>(urls.api, API_INVITATIONS, { id: parameters.largeConsultationId }, token)).invitationSuggestions;
  const floorInvitations = (
    await postJson<FloorAnswer<InvitationsAnswer>>(`${urls.floor}/invitations`, { id: parameters.largeConsultationId, date: finnishToday() })
  ).data.invitationSuggestions;
  check(
    `(h) ${parameters.largeConsultationId}: API and the floor agree on ${apiInvitations.length} invitation suggestions`,
    sameInvitations(apiInvitations, floorInvitations),
    `API ${JSON.stringify(apiInvitations).slice(0, 400)}\nfloor ${JSON.stringify(floorInvitations).slice(0, 400)}`,
  );
  for (const [term, query, path, what] of [
    [BROAD_TERM, API_SEARCH_NAMES, 'search-names', 'organisations'],
    [FEDERATION_TERM, API_SEARCH, 'search', 'organisations, groups, affiliations'],
  ] as const) {
    const api = (await graphql<SearchAnswer>(urls.api, query, { term }, token)).organisations;
    const floor = (await postJson<FloorAnswer<SearchAnswer>>(`${urls.floor}/${path}`, { term })).data.organisations;
    const shape = (answer: SearchAnswer['organisations']) =>
      JSON.stringify([
        answer.totalCount,
        answer.nodes.map((node) => [
          node.id,
          sortedIds((node as Partial<typeof node>).groups ?? []),
          contactIds((node as Partial<typeof node>).affiliations ?? []),
        ]),
      ]);
    check(
      `(a) "${term}", one client: API and the floor agree (${what}; ${api.nodes.length} of ${api.totalCount})`,
      shape(api) === shape(floor),
      `API ${shape(api).slice(0, 300)}; floor ${shape(floor).slice(0, 300)}`,
    );
  }
  const apiUnheard = (await graphql<UnheardAnswer>(urls.api, API_UNHEARD, { window: UNHEARD_WINDOW }, token)).unheardGroups;
  const floorUnheard = (await postJson<FloorAnswer<UnheardAnswer>>(`${urls.floor}/unheard`, UNHEARD_WINDOW)).data.unheardGroups;
  check(
    `(d) API and the floor agree on ${apiUnheard.length} unheard groups`,
    JSON.stringify(apiUnheard) === JSON.stringify(floorUnheard),
    `API ${JSON.stringify(apiUnheard).slice(0, 400)}; floor ${JSON.stringify(floorUnheard).slice(0, 400)}`,
  );
  const recorded = (await graphql<RecordAnswer>(urls.api, API_RECORD, recordBody(parameters, 100, 0).variables, token)).recordEngagements;
  check('(e) recordEngagements stores 100 records in one call', recorded.length === 100, `${recorded.length} records`);
  for (const { name, ok, detail } of await facilitationChecks(urls, token, parameters.recordActivityId)) check(name, ok, detail);
  return checks;
}

/** Statements per request, through a counting proxy, for a small and a large case of each question. */
async function countStatements(
  apiEntry: string,
  databaseUrl: string,
  token: string,
  parameters: Parameters,
  apiEnv: Record<string, string>,
): Promise<Record<string, { small: number; large: number; smallCase: string; largeCase: string }>> {
  const target = new URL(databaseUrl);
  const counter = new StatementCounter(target.hostname, Number(target.port || 5432));
  const port = await counter.start();
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  const { child, match: url } = await startNode([...API_NODE_FLAGS, apiEntry], { ...apiEnv, DATABASE_URL: proxied.toString() }, /Sidos API: (http:\/\/\S+)/);
  try {
    const count = async (query: string, variables: Record<string, unknown>, before?: () => Promise<void>) => {
      await graphql(url, query, variables, token); // a first call opens the pool's connections
      await before?.();
      const counted = counter.statements;
      await graphql(url, query, variables, token);
      return counter.statements - counted;
    };
    // Raising the consultation's coverage generation (as its triggers do on a write) makes the next answer computed.
    const changed = (consultationId: string) => async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(RAISE_COVERAGE_GENERATION_SQL, [consultationId]);
      } finally {
        await client.end();
      }
    };
    const cases: [
      string,
      string,
      [string, Record<string, unknown>, (() => Promise<void>)?],
      string,
      [string, Record<string, unknown>, (() => Promise<void>)?],
    ][] = [
      [
        'search',
        `"${parameters.narrowTerm}" (1 match)`,
        [API_SEARCH, { term: parameters.narrowTerm }],
        `"nuoriso" (50 of many)`,
        [API_SEARCH, { term: 'nuoriso' }],
      ],
      [
        'organisation',
        'an organisation never engaged',
        [API_ORGANISATION, { id: parameters.smallOrganisationId }],
        'the most engaged organisation',
        [API_ORGANISATION, { id: parameters.largeOrganisationId }],
      ],
      [
        'coverage (computed)',
        'the smallest consultation',
        [API_COVERAGE, { id: parameters.smallConsultationId }, changed(parameters.smallConsultationId)],
        `the largest (${parameters.largeConsultationRecords} records)`,
        [API_COVERAGE, { id: parameters.largeConsultationId }, changed(parameters.largeConsultationId)],
      ],
      [
        'coverage (kept answer)',
        'the smallest consultation, asked again',
        [API_COVERAGE, { id: parameters.smallConsultationId }],
        'the largest, asked again',
        [API_COVERAGE, { id: parameters.largeConsultationId }],
      ],
      ['unheard', 'one month', [API_UNHEARD, { window: { from: '2025-06-01', to: '2025-06-30' } }], 'one year', [API_UNHEARD, { window: UNHEARD_WINDOW }]],
      [
        'invitations',
        'the smallest consultation',
        [API_INVITATIONS, { id: parameters.smallConsultationId }],
        'the largest',
        [API_INVITATIONS, { id: parameters.largeConsultationId }],
      ],
      [
        'record',
        '2 records (an organisation, a contact)',
        [
          API_RECORD,
          {
            activityId: parameters.recordActivityId,
            records: [
              { kind: 'PARTICIPATED', organisationId: parameters.recordOrganisationIds[0] },
              { kind: 'INVITED', contactId: parameters.recordContactIds[0] },
            ],
          },
        ],
        '100 records',
        [API_RECORD, recordBody(parameters, 100, 3).variables],
      ],
      ...facilitationStatementCases(parameters.recordActivityId),
    ];
    const result: Record<string, { small: number; large: number; smallCase: string; largeCase: string }> = {};
    for (const [name, smallCase, small, largeCase, large] of cases) {
      result[name] = { smallCase, small: await count(...small), largeCase, large: await count(...large) };
    }
    return result;
  } finally {
    await child.stop();
    await counter.stop();
  }
}

const SCENARIOS: {
  key:
    | 'search'
    | 'organisation'
    | 'coverage'
    | 'coverageWrites'
    | 'unheard'
    | 'record'
    | 'methodFeedback'
    | 'recordFeedback'
    | 'invitations'
    | 'searchBroad'
    | 'searchFederations';
  label: string;
  targets: Target[];
  floorPath?: string;
  /** Clients at once when not the run's --connections (the one-client rows). */
  connections?: number;
}[] = [
  { key: 'search', label: '(a) organisation search, first 50 with groups and affiliations', targets: ['floor', 'postgraphile', 'api'], floorPath: '/search' },
  { key: 'organisation', label: '(b) one organisation with its engagement history', targets: ['floor', 'postgraphile', 'api'], floorPath: '/organisation' },
  { key: 'coverage', label: '(c) consultationCoverage of the large consultation', targets: ['floor', 'api', 'apiComputed'], floorPath: '/coverage' },
  // While the consultation is live: nearly every read follows a write (every one, for the instance that keeps no answers).
  {
    key: 'coverageWrites',
    label: `(i) consultationCoverage of the large consultation while ${WRITER_OPTIONS.writers} writers record ${WRITER_OPTIONS.batchSize} engagements a second each`,
    targets: ['api', 'apiComputed'],
  },
  { key: 'unheard', label: '(d) unheardGroups over a year', targets: ['floor', 'api'], floorPath: '/unheard' },
  { key: 'record', label: '(e) recordEngagements of 100 records', targets: ['api'] },
  // A year's analysis, run now and then by an official: seconds at full size (the floor too), so two clients at a time,
  // not eight queued behind one another past the pool's 5 s wait.
  {
    key: 'methodFeedback',
    label: '(f) methodFeedback over a year, two clients',
    targets: ['floor', 'api'],
    floorPath: '/method-feedback',
    connections: 2,
  },
  { key: 'recordFeedback', label: '(g) recordFeedback of 1,000 responses', targets: ['api'] },
  {
    key: 'searchBroad',
    label: '(a) broad term "ry": first 50 names and the total, one client',
    targets: ['floor', 'api'],
    floorPath: '/search-names',
    connections: 1,
  },
  {
    key: 'searchFederations',
    label: '(a) big federations "liitto": with groups and affiliations, one client',
    targets: ['floor', 'api'],
    floorPath: '/search',
    connections: 1,
  },
  // Last: at full size its statements take longer than a row runs, and the API's pool stays busy with them.
  // Planning invitations is an official's occasional question (seconds of work at full size), not a hot read:
  // two clients, as (f); eight queue past the pool's 5 s wait on two cores.
  {
    key: 'invitations',
    label: '(h) invitationSuggestions of the large consultation, first 50, two clients',
    targets: ['floor', 'api'],
    floorPath: '/invitations',
    connections: 2,
  },
];

/**
 * The session settings of the three servers' connections: the API's own (SESSION_SETTINGS, `-c jit=off`), or
 * DATABASE_SESSION_OPTIONS from the bench's environment when it is set (empty: none, e.g. for an A/B of JIT). The
 * API gets them as DATABASE_SESSION_OPTIONS; the floor and PostGraphile as PGOPTIONS, which node-postgres reads. All
 * three run on the same server settings, so that a row compares their statements, not a setting.
 */
export function sessionEnvironments(shell: Record<string, string | undefined>): {
  settings: string;
  api: Record<string, string>;
  peers: Record<string, string>;
} {
  const settings = (shell.DATABASE_SESSION_OPTIONS ?? SESSION_SETTINGS).trim().replace(/\s+/g, ' ');
  return { settings, api: { DATABASE_SESSION_OPTIONS: settings }, peers: settings === '' ? {} : { PGOPTIONS: settings } };
}
const SESSIONS = sessionEnvironments(process.env);

/** One row of a scenario against one server; (i) also runs its writers and checks the answers after them. */
async function measureScenario(run: {
  scenario: (typeof SCENARIOS)[number];
  target: Target;
  urls: Record<Target, string>;
  token: string;
  parameters: Parameters;
  bodies: ReturnType<typeof scenarioBodies>;
  options: Options;
  databaseUrl: string;
  samplers: Partial<Record<Target, RssSampler>>;
  /** The servers' process ids, for their CPU per request. */
  pids: Partial<Record<Target, number>>;
  checks: Check[];
  log: (message: string) => void;
}): Promise<Measurement> {
  const { scenario, target, urls, token, parameters, options, log } = run;
  const connections = scenario.connections ?? options.connections;
  const list = (run.bodies[scenario.key] as Partial<Record<Target, string[]>>)[target]!;
  const url = target === 'floor' ? `${urls.floor}${scenario.floorPath}` : urls[target];
  const headers: Record<string, string> = target === 'api' || target === 'apiComputed' ? { authorization: `Bearer ${token}` } : {};
  // (i): the writers record through the API that keeps answers, for the warm-up and the measured run.
  const writers = scenario.key === 'coverageWrites' ? startWriters(urls.api, token, parameters.writerParties) : undefined;
  if (options.warmupSeconds > 0) await load(url, list, headers, connections, options.warmupSeconds);
  const sampler = run.samplers[target];
  sampler?.resetPhase();
  const meter = new CpuMeter(run.pids[target]);
  const measured = await load(url, list, headers, connections, options.durationSeconds);
  const cpu = meter.perRequest(measured.requests);
  const written = await writers?.stop();
  if (written) {
    run.checks.push(await coverageAfterWritesCheck(urls, token, parameters.largeConsultationId, written.records));
    const last = run.checks[run.checks.length - 1];
    log(`  ${last.ok ? 'ok  ' : 'FAIL'} ${last.name}${last.ok ? '' : `\n       ${last.detail}`}`);
    log(
      `  writers: ${written.batches} calls of ${written.batchSize} in ${written.seconds} s (${written.batchesPerSecond} calls/s, ${written.recordsPerSecond} records/s), p50 ${written.p50} ms p95 ${written.p95} ms max ${written.max} ms, errors ${written.errors}${written.firstError ? ` (first: ${written.firstError})` : ''}; ${await deleteWritten(run.databaseUrl)} records deleted after the run`,
    );
  }
  log(
    `  ${scenario.key.padEnd(12)} ${target.padEnd(12)} ${String(measured.perSecond).padStart(8)} req/s  p50 ${measured.p50} ms  p95 ${measured.p95} ms  p99 ${measured.p99} ms  non-2xx ${measured.non2xx}  errors ${measured.graphqlErrors + measured.networkErrors}  CPU/req server ${cpu.server ?? '—'} ms, PostgreSQL ${cpu.database} ms, load ${cpu.generator} ms`,
  );
  return {
    scenario: scenario.key,
    target,
    ...measured,
    cpu,
    ...(sampler ? { rssMiB: round(sampler.phaseMaxMiB) } : {}),
    ...(written ? { writers: written } : {}),
  };
}

/** The scenarios measured again on the other registers of `--growth`. */
const GROWTH_SCENARIOS = ['coverage', 'coverageWrites'] as const;

interface GrowthPoint {
  engagements: number;
  largeConsultationRecords: number;
  /** Rows of the coverage folds (all consultations) that the answers read from. */
  foldRows: number;
  size: string;
  measurements: Measurement[];
}

async function countFoldRows(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ count: number }>('select count(*)::int as count from "coverage_fold"')).rows[0].count;
  } finally {
    await client.end();
  }
}

/**
 * (c) and (i) on another register (`--growth URL`): the same servers (both API instances and the floor; not
 * PostGraphile, which answers no coverage) on that database, its large consultation, the same load. The answers
 * are checked against the floor's first, and again after (i)'s writes.
 */
async function measureGrowth(
  databaseUrl: string,
  options: Options,
  apiEnv: Record<string, string>,
  token: string,
  checks: Check[],
  log: (message: string) => void,
): Promise<GrowthPoint> {
  if (options.migrate) applyMigrations(databaseUrl);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let facts: Awaited<ReturnType<typeof databaseFacts>>;
  let parameters: Parameters;
  try {
    await client.query(DELETE_WRITTEN_SQL);
    await client.query('vacuum analyze');
    facts = await databaseFacts(client);
    parameters = await chooseParameters(client);
  } finally {
    await client.end();
  }
  log(
    `Growth: ${facts.counts.engagement} engagements (${facts.size}); large consultation ${parameters.largeConsultationId} with ${parameters.largeConsultationRecords} records`,
  );
  const children: Child[] = [];
  try {
    const env = { ...apiEnv, DATABASE_URL: databaseUrl };
    const api = await startNode([...API_NODE_FLAGS, options.apiEntry], env, /Sidos API: (http:\/\/\S+)/);
    children.push(api.child);
    const apiComputed = await startNode([...API_NODE_FLAGS, options.apiEntry], { ...env, COVERAGE_CACHE_ROWS: '0' }, /Sidos API: (http:\/\/\S+)/);
    children.push(apiComputed.child);
    const floor = await startNode(
      [join(ROOT, 'scripts', 'run-bench-file.js'), 'floor-server.ts'],
      { PATH: apiEnv.PATH, DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '10', ...SESSIONS.peers },
      /Floor: (http:\/\/\S+)/,
    );
    children.push(floor.child);
    const urls: Record<Target, string> = { api: api.match, apiComputed: apiComputed.match, postgraphile: '', floor: floor.match };
    const before = await coverageAfterWritesCheck(urls, token, parameters.largeConsultationId);
    checks.push({ ...before, name: `growth, ${facts.counts.engagement} engagements: ${before.name}`, detail: before.ok ? undefined : before.detail });
    log(`  ${before.ok ? 'ok  ' : 'FAIL'} ${checks[checks.length - 1].name}`);
    const bodies = scenarioBodies(parameters);
    const samplers: Partial<Record<Target, RssSampler>> = {
      api: new RssSampler(api.child.process.pid!).start(),
      apiComputed: new RssSampler(apiComputed.child.process.pid!).start(),
    };
    const growthPids: Partial<Record<Target, number>> = {
      api: api.child.process.pid,
      apiComputed: apiComputed.child.process.pid,
      floor: floor.child.process.pid,
    };
    const measurements: Measurement[] = [];
    for (const scenario of SCENARIOS.filter((candidate) => GROWTH_SCENARIOS.includes(candidate.key as (typeof GROWTH_SCENARIOS)[number]))) {
      for (const target of scenario.targets) {
        measurements.push(
          await measureScenario({ scenario, target, urls, token, parameters, bodies, options, databaseUrl, samplers, pids: growthPids, checks, log }),
        );
      }
    }
    for (const sampler of Object.values(samplers)) sampler.stop();
    return {
      engagements: facts.counts.engagement,
      largeConsultationRecords: parameters.largeConsultationRecords,
      foldRows: await countFoldRows(databaseUrl),
      size: facts.size,
      measurements,
    };
  } finally {
    for (const child of children) await child.stop();
    await emptyWriteActivity(databaseUrl, parameters.recordActivityId);
  }
}

async function createFreshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sidos_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export async function main(argv: string[]): Promise<void> {
  const preview = parseOptions(argv);
  if (preview.renderOnly) {
    const json = join(preview.outDir, `${preview.name}.json`);
    writeFileSync(join(preview.outDir, `${preview.name}.md`), renderReport(JSON.parse(readFileSync(json, 'utf8')) as Result));
    process.stdout.write(`Wrote ${join(preview.outDir, `${preview.name}.md`)} from ${json}\n`);
    return;
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('set DATABASE_URL (the short form creates and drops its own database on that server)');
  const options = parseOptions(argv);
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const fresh = options.fresh ? await createFreshDatabase(serverUrl) : undefined;
  const databaseUrl = fresh?.url ?? serverUrl;
  const children: Child[] = [];
  const benchStarted = performance.now();
  const loadAtStart = loadavg().map((value) => round(value, 2));
  try {
    log(`Sidos benchmark (${options.short ? 'short' : 'long'} form) on ${fresh ? 'a fresh database' : 'DATABASE_URL'}`);
    if (options.migrate || fresh) applyMigrations(databaseUrl); // builds dist/ first when the sources are newer
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    let seed: { seconds: number } | undefined;
    try {
      const [{ count }] = (await client.query<{ count: number }>('select count(*)::int as count from "organisation"')).rows;
      if (count === 0) {
        log(`Seeding ${JSON.stringify(options.sizes)}`);
        seed = await seedScale({ url: databaseUrl, ...options.sizes, log });
      }
      for (const statement of POSTGRAPHILE_SETUP_SQL) await client.query(statement);
      // Fresh statistics and visibility maps (index-only scans) for every table, whatever ran before.
      const vacuumStarted = performance.now();
      await client.query(
        `delete from "engagement" e using "activity" a, "consultation" c where e."activity_id" = a."id" and a."consultation_id" = c."id" and c."title" = $1`,
        [WRITE_CONSULTATION_TITLE],
      );
      await client.query(DELETE_WRITTEN_SQL); // (i)'s records, when an earlier run stopped before deleting them
      await client.query('vacuum analyze');
      log(`vacuum analyze: ${round((performance.now() - vacuumStarted) / 1000)} s`);
    } finally {
      await client.end();
    }
    const facts = await (async () => {
      const facts = new Client({ connectionString: databaseUrl });
      await facts.connect();
      try {
        const result = await databaseFacts(facts);
        const parameters = await chooseParameters(facts);
        return { ...result, parameters };
      } finally {
        await facts.end();
      }
    })();
    const { parameters } = facts;
    log(
      `Database: ${JSON.stringify(facts.counts)} (${facts.size}); large consultation ${parameters.largeConsultationId} with ${parameters.largeConsultationRecords} records`,
    );

    const apiEnv: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: '10',
      JWT_SECRET,
      LOG_LEVEL: 'warn',
      GRAPHQL_SANDBOX: 'false',
      RATE_LIMIT_PER_IP: '0',
      RATE_LIMIT_PER_SUBJECT: '0',
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'false',
      SHUTDOWN_DRAIN_SECONDS: '0',
      ...SESSIONS.api,
    };
    const api = await startNode([...API_NODE_FLAGS, options.apiEntry], apiEnv, /Sidos API: (http:\/\/\S+)/);
    children.push(api.child);
    const apiIdleRss = RssSampler.read(api.child.process.pid!);
    const rss = new RssSampler(api.child.process.pid!).start();
    const postgraphile = await startNode(
      [join(ROOT, 'scripts', 'run-bench-file.js'), 'postgraphile-server.ts'],
      { PATH: apiEnv.PATH, NODE_ENV: 'production', DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '10', ...SESSIONS.peers },
      /PostGraphile: (http:\/\/\S+)/,
    );
    children.push(postgraphile.child);
    const postgraphileRss = new RssSampler(postgraphile.child.process.pid!).start();
    const floor = await startNode(
      [join(ROOT, 'scripts', 'run-bench-file.js'), 'floor-server.ts'],
      { PATH: apiEnv.PATH, DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '10', ...SESSIONS.peers },
      /Floor: (http:\/\/\S+)/,
    );
    children.push(floor.child);
    const apiComputed = await startNode([...API_NODE_FLAGS, options.apiEntry], { ...apiEnv, COVERAGE_CACHE_ROWS: '0' }, /Sidos API: (http:\/\/\S+)/);
    children.push(apiComputed.child);
    const apiComputedRss = new RssSampler(apiComputed.child.process.pid!).start();
    const urls: Record<Target, string> = { api: api.match, apiComputed: apiComputed.match, postgraphile: postgraphile.match, floor: floor.match };
    const token = await signToken(JWT_SECRET, { sub: 'bench-admin', roles: ['ADMIN'], ministry: 'TEM' });

    log('Checking that the three give the same answers…');
    const checks = await runChecks(urls, token, parameters);
    for (const check of checks) log(`  ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}${check.detail ? `\n       ${check.detail}` : ''}`);

    log('Counting SQL statements per request (a second API instance behind a counting proxy)…');
    const statements = await countStatements(options.apiEntry, databaseUrl, token, parameters, apiEnv);
    for (const [name, counts] of Object.entries(statements)) log(`  ${name}: ${counts.small} (${counts.smallCase}) / ${counts.large} (${counts.largeCase})`);

    const bodies = scenarioBodies(parameters);
    const measurements: Measurement[] = [];
    const samplers: Partial<Record<Target, RssSampler>> = { api: rss, apiComputed: apiComputedRss, postgraphile: postgraphileRss };
    const pids: Partial<Record<Target, number>> = {
      api: api.child.process.pid,
      apiComputed: apiComputed.child.process.pid,
      postgraphile: postgraphile.child.process.pid,
      floor: floor.child.process.pid,
    };
    for (const scenario of SCENARIOS.filter((candidate) => !options.only || options.only.includes(candidate.key))) {
      for (const target of scenario.targets) {
        measurements.push(await measureScenario({ scenario, target, urls, token, parameters, bodies, options, databaseUrl, samplers, pids, checks, log }));
      }
    }
    rss.stop();
    apiComputedRss.stop();
    postgraphileRss.stop();
    for (const child of children.splice(0)) await child.stop();
    await emptyWriteActivity(databaseUrl, parameters.recordActivityId);

    const growth: GrowthPoint[] = [];
    const own = measurements.filter((m) => GROWTH_SCENARIOS.includes(m.scenario as (typeof GROWTH_SCENARIOS)[number]));
    if (options.growth.length > 0 && own.length > 0) {
      growth.push({
        engagements: facts.counts.engagement,
        largeConsultationRecords: parameters.largeConsultationRecords,
        foldRows: await countFoldRows(databaseUrl),
        size: facts.size,
        measurements: own,
      });
    }
    for (const url of options.growth) {
      const point = await measureGrowth(url, options, apiEnv, token, checks, log);
      growth.push(point);
    }
    growth.sort((a, b) => a.engagements - b.engagements);

    const result = {
      generatedAt: new Date().toISOString(),
      form: options.short ? 'short' : 'long',
      apiNodeOptions: API_NODE_OPTIONS,
      machine: {
        loadAverageAtStart: loadAtStart,
        otherActiveBackendsAtStart: facts.otherActive,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: round(totalmem() / 2 ** 30),
        node: process.version,
        kernel: release(),
        postgres: facts.version,
        postgresSettings: facts.settings,
        sessionSettings: SESSIONS.settings,
      },
      database: { rows: facts.counts, size: facts.size, seededSeconds: seed ? round(seed.seconds) : null },
      load: {
        tool: 'autocannon 8 (closed loop, keep-alive, loopback)',
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        warmupSeconds: options.warmupSeconds,
      },
      parameters: {
        searchTerms: parameters.terms,
        organisations: parameters.organisationIds.length,
        largeConsultationId: parameters.largeConsultationId,
        largeConsultationRecords: parameters.largeConsultationRecords,
        unheardWindow: UNHEARD_WINDOW,
        recordActivityId: parameters.recordActivityId,
      },
      measurements,
      ...(growth.length > 0 ? { growth } : {}),
      statementsPerRequest: statements,
      rssMiB: { apiAtStart: round(apiIdleRss), apiMax: round(rss.maxMiB), postgraphileMax: round(postgraphileRss.maxMiB) },
      checks,
      seconds: round((performance.now() - benchStarted) / 1000),
    };
    mkdirSync(options.outDir, { recursive: true });
    const base = options.name;
    writeFileSync(join(options.outDir, `${base}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(options.outDir, `${base}.md`), renderReport(result));
    log(`Wrote ${join(options.outDir, `${base}.md`)} and ${base}.json in ${result.seconds} s`);

    const failures = [
      ...checks.filter((check) => !check.ok).map((check) => `check failed: ${check.name}`),
      ...measurements
        .filter((m) => m.non2xx > 0 || m.graphqlErrors > 0 || m.networkErrors > 0)
        .map(
          (m) =>
            `${m.scenario}/${m.target}: ${m.non2xx} non-2xx, ${m.graphqlErrors} GraphQL errors, ${m.networkErrors} network errors${m.firstError ? ` (first: ${m.firstError})` : ''}`,
        ),
      ...measurements.filter((m) => m.requests === 0).map((m) => `${m.scenario}/${m.target}: no request completed`),
      ...growth.flatMap((point) =>
        point.measurements
          .filter((m) => m.requests === 0 || m.non2xx > 0 || m.graphqlErrors > 0 || m.networkErrors > 0 || (m.writers && m.writers.errors > 0))
          .map(
            (m) =>
              `growth ${point.engagements} engagements, ${m.scenario}/${m.target}: ${m.requests} requests, ${m.non2xx} non-2xx, ${m.graphqlErrors + m.networkErrors} errors`,
          ),
      ),
      ...measurements
        .filter((m) => m.writers && (m.writers.errors > 0 || m.writers.batches === 0))
        .map(
          (m) =>
            `${m.scenario}/${m.target}: writers ${m.writers!.batches} calls, ${m.writers!.errors} errors${m.writers!.firstError ? ` (first: ${m.writers!.firstError})` : ''}`,
        ),
      ...Object.entries(statements)
        .filter(([, counts]) => counts.small !== counts.large)
        .map(([name, counts]) => `${name}: statements grow with the data (${counts.small} → ${counts.large})`),
    ];
    if (failures.length > 0) {
      log(`\nFAILED:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
      process.exitCode = 1;
    } else log('\nAll checks passed: every scenario ran with no non-2xx answer and no error, and the three agree.');
  } finally {
    for (const child of children) await child.stop();
    await fresh?.drop();
  }
}

type Result = {
  generatedAt: string;
  form: string;
  /** The API process's Node options (older reports have none). */
  apiNodeOptions?: string;
  machine: {
    loadAverageAtStart: number[];
    otherActiveBackendsAtStart: number;
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    kernel: string;
    postgres: string;
    postgresSettings: Record<string, string>;
    /** Every connection's startup options (older reports have none: `-c jit=off` from 2026-11-30, none before). */
    sessionSettings?: string;
  };
  database: { rows: Record<string, number>; size: string; seededSeconds: number | null };
  load: { tool: string; connections: number; durationSeconds: number; warmupSeconds: number };
  parameters: Record<string, unknown> & { largeConsultationRecords: number };
  measurements: Measurement[];
  /** (c) and (i) on registers of other sizes (`--growth`), with the run's own register among them. */
  growth?: GrowthPoint[];
  statementsPerRequest: Record<string, { small: number; large: number; smallCase: string; largeCase: string }>;
  rssMiB: { apiAtStart: number; apiMax: number; postgraphileMax: number };
  checks: Check[];
  seconds: number;
};

/** "server + PostgreSQL" CPU per request of a row; — for a run that did not measure it. */
export function cpuCell(cpu: CpuPerRequest | undefined): string {
  if (!cpu || cpu.server === null) return '—';
  return `${cpu.server} + ${cpu.database}`;
}

const TARGET_NAMES: Record<Target, string> = {
  api: 'Sidos API',
  apiComputed: 'Sidos API, every answer computed (COVERAGE_CACHE_ROWS=0)',
  postgraphile: 'PostGraphile 5',
  floor: 'raw SQL floor',
};

export function renderReport(result: Result): string {
  const find = (scenario: string, target: Target) => result.measurements.find((m) => m.scenario === scenario && m.target === target);
  const ratio = (a?: number, b?: number) => (a !== undefined && b ? `${round(a / b, 2)}×` : '—');
  const lines: string[] = [];
  lines.push('# Benchmarks', '');
  lines.push(
    `Generated by \`npm run bench${result.form === 'short' ? ' -- --short' : ''}\` on ${result.generatedAt} (bench/run-bench.ts). Do not edit by hand: the notes at the end come from bench/notes.md.`,
    '',
  );
  lines.push('## Machine and data', '');
  lines.push(
    `- Machine: ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGiB} GiB, Linux ${result.machine.kernel}, Node ${result.machine.node}; PostgreSQL ${result.machine.postgres} on the same machine (${Object.entries(
      result.machine.postgresSettings,
    )
      .map(([name, value]) => `${name} ${value}`)
      .join(', ')}).`,
  );
  lines.push(
    `- Load average when the run started: ${result.machine.loadAverageAtStart.join(', ')}; other active PostgreSQL sessions on the server: ${String(result.machine.otherActiveBackendsAtStart)} (the machine is shared: other work on it slows every column alike, and makes the numbers noisier).`,
  );
  lines.push(
    `- Everything on loopback on that one machine: the API (built, \`node ${result.apiNodeOptions ? `${result.apiNodeOptions} ` : ''}dist/apps/api/src/main.js\` as the Docker image runs it, NODE_ENV=production, LOG_LEVEL=warn, rate limits off, pool 10), PostGraphile 5.1.5 (pool 10), the floor server (pool 10), PostgreSQL and the load generator share the ${result.machine.cpus} cores.`,
  );
  const sessions = result.machine.sessionSettings;
  if (sessions !== undefined) {
    lines.push(
      `- Session settings of every connection of the three: ${sessions === '' ? 'none (`DATABASE_SESSION_OPTIONS=` empty)' : `\`${sessions}\``} (the API's DATABASE_SESSION_OPTIONS, PGOPTIONS for PostGraphile and the floor).`,
    );
  }
  lines.push(
    `- Data (${result.database.size}): ${Object.entries(result.database.rows)
      .map(([table, count]) => `${count.toLocaleString('en')} ${table}`)
      .join(
        ', ',
      )}${result.database.seededSeconds !== null ? `; seeded in ${result.database.seededSeconds} s by this run` : ''}. The large consultation has ${result.parameters.largeConsultationRecords.toLocaleString('en')} engagement records.`,
  );
  lines.push(
    `- Load: ${result.load.tool}, ${result.load.connections} connections, ${result.load.warmupSeconds} s warm-up then ${result.load.durationSeconds} s measured per row; percentiles are exact, over every response time of the measured run.`,
    "- CPU ms/req: CPU time (user + system, from /proc) used during a row's measured run by the server's process, then by every PostgreSQL process of the machine, each divided by the requests answered. On two shared cores a server's throughput is bounded by the sum of the two and the load generator's own share (in docs/benchmarks.json), so the columns say where a row's time goes.",
    '',
  );
  lines.push('## Results', '');
  lines.push(
    '| scenario | server | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | max RSS MiB | CPU ms/req: server + PostgreSQL |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const scenario of SCENARIOS) {
    for (const target of scenario.targets) {
      const m = find(scenario.key, target);
      if (!m) continue;
      lines.push(
        `| ${scenario.label} | ${TARGET_NAMES[target]} | ${m.perSecond} | ${m.p50} | ${m.p95} | ${m.p99} | ${m.non2xx} | ${m.graphqlErrors + m.networkErrors} | ${m.rssMiB ?? '—'} | ${cpuCell(m.cpu)} |`,
      );
    }
  }
  const written = result.measurements.filter((m) => m.scenario === 'coverageWrites' && m.writers);
  if (written.length > 0) {
    lines.push('', '## (i) Coverage while the consultation is written', '');
    lines.push(
      "Readers: autocannon as above, each answer the large consultation's coverage. Writers: recordEngagements calls into one of its activities, each writer on a fixed beat, through the instance that keeps answers, during the warm-up and the measured run; their records are deleted after each row.",
      '',
    );
    lines.push(
      '| readers of | readers req/s | p50 ms | p95 ms | p99 ms | writers | calls/s | records/s | call p50 ms | call p95 ms | call max ms | writer errors |',
      '|---|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|',
    );
    for (const m of written) {
      const w = m.writers!;
      lines.push(
        `| ${TARGET_NAMES[m.target]} | ${m.perSecond} | ${m.p50} | ${m.p95} | ${m.p99} | ${w.writers} × ${w.batchSize} records every ${w.intervalMs / 1000} s | ${w.batchesPerSecond} | ${w.recordsPerSecond} | ${w.p50} | ${w.p95} | ${w.max} | ${w.errors} |`,
      );
    }
  }
  if (result.growth && result.growth.length > 0) {
    lines.push('', '## How (c) and (i) grow with the records', '');
    lines.push(
      `The same rows, load and servers on registers that differ only in their engagement records (\`npm run bench -- --growth URL,URL\`; each seeded by \`npm run seed:scale\` with the sizes above but for \`--engagements\`). Each cell is p95 ms / req/s. Both API instances read the folds that triggers keep on write (one keeps answers between writes, the other computes every answer from the folds), so an answer costs O(groups of the consultation), not O(records); the floor computes every answer from the records, and shows the cost that the folds take away.`,
      '',
    );
    lines.push(
      '| engagements | database | large consultation records | coverage_fold rows | (c) floor | (c) API | (c) every answer computed | (i) API | (i) every answer computed |',
      '|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const point of result.growth) {
      const cell = (scenario: string, target: Target) => {
        const m = point.measurements.find((candidate) => candidate.scenario === scenario && candidate.target === target);
        return m ? `${m.p95} / ${m.perSecond}` : '—';
      };
      lines.push(
        `| ${point.engagements.toLocaleString('en')} | ${point.size} | ${point.largeConsultationRecords.toLocaleString('en')} | ${point.foldRows.toLocaleString('en')} | ${cell('coverage', 'floor')} | ${cell('coverage', 'api')} | ${cell('coverage', 'apiComputed')} | ${cell('coverageWrites', 'api')} | ${cell('coverageWrites', 'apiComputed')} |`,
      );
    }
  }
  lines.push('', '## Ratios', '');
  lines.push('| scenario | API ÷ PostGraphile throughput | API ÷ floor p95 | API ÷ floor p50 | floor ÷ API throughput |', '|---|--:|--:|--:|--:|');
  for (const scenario of SCENARIOS.filter((s) => s.targets.length > 1 && (s.targets.includes('floor') || s.targets.includes('postgraphile')))) {
    const api = find(scenario.key, 'api');
    const postgraphile = find(scenario.key, 'postgraphile');
    const floor = find(scenario.key, 'floor');
    lines.push(
      `| ${scenario.label} | ${postgraphile ? ratio(api?.perSecond, postgraphile.perSecond) : '—'} | ${ratio(api?.p95, floor?.p95)} | ${ratio(api?.p50, floor?.p50)} | ${ratio(floor?.perSecond, api?.perSecond)} |`,
    );
    const computed = find(scenario.key, 'apiComputed');
    if (computed)
      lines.push(
        `| ${scenario.label}, every answer computed | — | ${ratio(computed.p95, floor?.p95)} | ${ratio(computed.p50, floor?.p50)} | ${ratio(floor?.perSecond, computed.perSecond)} |`,
      );
  }
  const coverage = find('coverage', 'api');
  const coverageComputed = find('coverage', 'apiComputed');
  const coverageFloor = find('coverage', 'floor');
  const search = find('search', 'api');
  const searchPostGraphile = find('search', 'postgraphile');
  const constant = Object.values(result.statementsPerRequest).every((counts) => counts.small === counts.large);
  lines.push('', '## Targets', '');
  lines.push('| target | measured | met |', '|---|---|:-:|');
  const coverageTargets = (m: Measurement | undefined, how: string) => {
    lines.push(`| (c) p95 ≤ 25 ms, ${how} | ${m?.p95} ms | ${m && m.p95 <= 25 ? 'yes' : 'no'} |`);
    lines.push(
      `| (c) p95 ≤ 2 × floor p95, ${how} | ${m?.p95} ms vs 2 × ${coverageFloor?.p95} ms (${ratio(m?.p95, coverageFloor?.p95)}) | ${m && coverageFloor && m.p95 <= 2 * coverageFloor.p95 ? 'yes' : 'no'} |`,
    );
  };
  coverageTargets(coverage, 'as deployed (answers kept while the data is unchanged)');
  if (coverageComputed) coverageTargets(coverageComputed, 'every answer computed');
  for (const m of written) {
    const how = m.target === 'api' ? 'as deployed (nearly every read follows a write)' : 'every answer computed (every read follows a write)';
    lines.push(`| (i) p95 ≤ 50 ms while written, ${how} | ${m.p95} ms | ${m.p95 <= 50 ? 'yes' : 'no'} |`);
  }
  lines.push(
    `| (a) throughput ≥ PostGraphile's | ${search?.perSecond} vs ${searchPostGraphile?.perSecond} req/s (${ratio(search?.perSecond, searchPostGraphile?.perSecond)}) | ${search && searchPostGraphile && search.perSecond >= searchPostGraphile.perSecond ? 'yes' : 'no'} |`,
  );
  const searchFloor = find('search', 'floor');
  const organisation = find('organisation', 'api');
  const organisationPostGraphile = find('organisation', 'postgraphile');
  const unheard = find('unheard', 'api');
  const unheardFloor = find('unheard', 'floor');
  if (search && searchFloor)
    lines.push(
      `| (a) throughput ≥ 0.5 × the floor's | ${search.perSecond} vs ${searchFloor.perSecond} req/s (${ratio(search.perSecond, searchFloor.perSecond)}) | ${search.perSecond >= 0.5 * searchFloor.perSecond ? 'yes' : 'no'} |`,
    );
  if (organisation && organisationPostGraphile)
    lines.push(
      `| (b) throughput ≥ PostGraphile's | ${organisation.perSecond} vs ${organisationPostGraphile.perSecond} req/s (${ratio(organisation.perSecond, organisationPostGraphile.perSecond)}) | ${organisation.perSecond >= organisationPostGraphile.perSecond ? 'yes' : 'no'} |`,
    );
  if (unheard && unheardFloor)
    lines.push(
      `| (d) p95 ≤ 1.5 × floor p95 | ${unheard.p95} ms vs 1.5 × ${unheardFloor.p95} ms (${ratio(unheard.p95, unheardFloor.p95)}) | ${unheard.p95 <= 1.5 * unheardFloor.p95 ? 'yes' : 'no'} |`,
    );
  for (const key of ['searchBroad', 'searchFederations']) {
    const m = find(key, 'api');
    if (m) lines.push(`| ${SCENARIOS.find((scenario) => scenario.key === key)?.label}: p95 ≤ 50 ms | ${m.p95} ms | ${m.p95 <= 50 ? 'yes' : 'no'} |`);
  }
  lines.push(
    `| constant SQL statements per request | ${Object.entries(result.statementsPerRequest)
      .map(([name, counts]) => `${name} ${counts.small}/${counts.large}`)
      .join(', ')} | ${constant ? 'yes' : 'no'} |`,
  );
  lines.push(
    `| API RSS ≤ 300 MB under the benchmark | max ${result.rssMiB.apiMax} MiB, ${result.rssMiB.apiAtStart} MiB when started (PostGraphile: max ${result.rssMiB.postgraphileMax} MiB) | ${result.rssMiB.apiMax <= 300 ? 'yes' : 'no'} |`,
  );
  lines.push('', '## SQL statements per request', '');
  lines.push(
    'Counted by a loopback proxy between a second API instance and PostgreSQL (simple Query and extended Execute messages), one request at a time, for a small and a large case:',
    '',
  );
  lines.push('| question | small case | statements | large case | statements |', '|---|---|--:|---|--:|');
  for (const [name, counts] of Object.entries(result.statementsPerRequest))
    lines.push(`| ${name} | ${counts.smallCase} | ${counts.small} | ${counts.largeCase} | ${counts.large} |`);
  lines.push('', '## Checks', '');
  lines.push('Before measuring, the run asks each question of each server and compares the answers:', '');
  for (const check of result.checks) lines.push(`- ${check.ok ? '✓' : '✗'} ${check.name}${check.detail ? ` — ${check.detail.replace(/\n/g, ' ')}` : ''}`);
  lines.push('', '## What is measured', '');
  lines.push(
    '- **Sidos API**: GraphQL documents in test/support/scale/scenarios.ts (`API_SEARCH`, `API_ORGANISATION`, `API_COVERAGE`, `API_UNHEARD`, `API_RECORD`), with an ADMIN bearer token. (a) rotates over the search terms ' +
      `${SEARCH_TERMS.map((term) => `"${term}"`).join(', ')}; (b) over ${String(result.parameters.organisations)} organisations (the 10 most engaged and 40 others); (c) the consultation with the most records; (d) the window ${JSON.stringify(UNHEARD_WINDOW)}; (e) 100 records (70 organisations, 30 contacts) into one activity of a consultation of the benchmark's own, four bodies in turn (the database grows during (e); those records are deleted before and after the run).`,
  );
  lines.push(
    `- **(i) while written**: \`API_COVERAGE\` of the large consultation, as (c), by both API instances in turn, while ${WRITER_OPTIONS.writers} writers (test/support/scale/coverage-writes-scenario.ts) each call \`API_RECORD\` with ${WRITER_OPTIONS.batchSize} records every ${WRITER_OPTIONS.intervalMs / 1000} s into the consultation's latest activity (organisations taking part, contacts submitting, a contact invited on behalf of an organisation, organisations speaking for a target group, a target group's unidentified people); every write changes the consultation's coverage generation, so the kept answer holds only until the next write. After each row the answers are checked against the floor's and the records deleted.`,
  );
  lines.push(
    `- **One client at a time** (the rows marked so): (a) broad term: \`API_SEARCH_NAMES\` with "${BROAD_TERM}" (the first 50 by relevance, their names and the exact total); (a) big federations: \`API_SEARCH\` with "${FEDERATION_TERM}" (few matches, each a federation with hundreds of affiliations). The floor answers the same (\`FLOOR_SEARCH_NAMES_SQL\`, \`FLOOR_SQL.search\`).`,
  );
  lines.push(
    "- **PostGraphile 5.1.5** (bench/postgraphile-server.ts): schemas `public` and `sidos_bench`, Amber preset without its create, update and delete mutations, no GraphiQL, no watch mode. (a) `sidosBenchSearchOrganisations(term, first: 50)` is a STABLE SQL function with the API's search condition and relevance order (PostGraphile's usual way to add search), with `groupOrganisationsByOrganisationId` and `affiliationsByOrganisationId → contactByContactId`; (b) `organisationByRowId` with its policy areas, groups, affiliations and four `engagementsByOrganisationId(condition: { kind }) { totalCount }` counts — PostGraphile 5 has no aggregates without a plugin, so it answers no `lastHeardOn` (a little less work than the API).",
  );
  lines.push(
    "- **Raw SQL floor** (bench/floor-server.ts, `FLOOR_SQL` in test/support/scale/scenarios.ts): one hand-written statement per question through a `pg` pool that builds the whole JSON answer in PostgreSQL; a tiny Node HTTP server sends it back, and autocannon drives it with the same connections as the others. It is the database's cost plus HTTP on loopback: no GraphQL, no ORM, no authentication.",
  );
  const baselineFile = join(ROOT, 'bench', 'baseline-before-optimisation.json');
  if (result.form === 'long' && existsSync(baselineFile)) {
    const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Result;
    const before = (scenario: string, target: Target) => baseline.measurements.find((m) => m.scenario === scenario && m.target === target);
    lines.push('', '## Before and after the performance work', '');
    lines.push(
      `The same benchmark with the API as it was before this work (the code of the commit before it, built; without the covering index) on the same data and machine, ${baseline.generatedAt} (bench/baseline-before-optimisation.json), against this run. The machine was shared both times: compare within a run first.`,
      '',
    );
    lines.push(
      '| scenario | server | before req/s | after req/s | before p95 ms | after p95 ms | statements before → after |',
      '|---|---|--:|--:|--:|--:|--:|',
    );
    for (const scenario of SCENARIOS) {
      for (const target of scenario.targets) {
        const was = before(scenario.key, target);
        const now = find(scenario.key, target);
        if (!was || !now) continue;
        const countOf = (counts: Result['statementsPerRequest']) => (counts[scenario.key] ?? counts[`${scenario.key} (computed)`])?.large ?? '—';
        const statements = target === 'api' ? `${countOf(baseline.statementsPerRequest)} → ${countOf(result.statementsPerRequest)}` : '';
        lines.push(`| ${scenario.label} | ${TARGET_NAMES[target]} | ${was.perSecond} | ${now.perSecond} | ${was.p95} | ${now.p95} | ${statements} |`);
      }
    }
    lines.push('', `API RSS: max ${baseline.rssMiB.apiMax} MiB before, ${result.rssMiB.apiMax} MiB after.`);
  }
  const notes = join(ROOT, 'bench', 'notes.md');
  if (result.form === 'long' && existsSync(notes)) lines.push('', readFileSync(notes, 'utf8').trim());
  return `${lines.join('\n')}\n`;
}
