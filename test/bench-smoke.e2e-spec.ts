import { Client } from 'pg';
import { isValidBusinessId } from '@sidos/common';
import { observeQueries } from '@sidos/database';
import {
  API_COVERAGE,
  API_ORGANISATION,
  API_SEARCH,
  API_UNHEARD,
  FLOOR_SQL,
  likeLiteral,
  RAISE_COVERAGE_GENERATION_SQL,
  UNHEARD_WINDOW,
} from './support/scale/scenarios.ts';
import { deployedNodeOptions } from './support/scale/scale-support.ts';
import { seedScale } from './support/scale/seed-scale.ts';
import { TestApp } from './support/test-app.js';

/**
 * The benchmark's register and questions on a small scale register, in process: the seed is valid and
 * deterministic, the API answers (a)–(d) as the raw SQL floor does, and the statements per request do not
 * grow with the data. `npm run bench -- --short` runs the real thing (built app, PostGraphile, autocannon).
 * The documents are the benchmark's own (test/support/scale/, sent as text by bench/), so they go as text (okText).
 */
// The seed streams COPY through its own connection: a PostgreSQL server (DATABASE_URL), not the one-backend embedded default.
(process.env.DATABASE_URL ? describe : describe.skip)('benchmark smoke (small scale register)', () => {
  let app: TestApp;
  let client: Client;
  let largeConsultationId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const summary = await seedScale({
      url: app.database.url,
      organisations: 300,
      contacts: 900,
      groups: 30,
      consultations: 12,
      engagements: 3000,
      seed: 7,
      log: () => undefined,
    });
    largeConsultationId = summary.largeConsultationId;
    client = new Client({ connectionString: app.database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await app?.stop();
  });

  const floor = async (sql: string, params: unknown[]) => JSON.parse((await client.query<{ body: string }>(sql, params)).rows[0].body);

  async function statements(query: string, variables: Record<string, unknown>): Promise<number> {
    let count = 0;
    const stop = observeQueries(() => (count += 1));
    try {
      await app.okText(query, variables);
    } finally {
      stop();
    }
    return count;
  }

  it('seeds the sizes asked for, with unique checksum-valid business IDs and skewed, dated data', async () => {
    const [counts] = await app.sql<Record<string, number>>(
      `select (select count(*)::int from organisation) as organisations, (select count(*)::int from contact) as contacts, (select count(*)::int from stakeholder_group) as groups,
              (select count(*)::int from consultation) as consultations, (select count(*)::int from engagement) as engagements,
              (select count(*)::int from affiliation where until is not null) as ended, (select count(*)::int from stakeholder_group where hard_to_reach) as hard_to_reach`,
    );
    // 30 groups, and the target group of the large consultation that test/support/scale/seed-practice.ts adds for row (h).
    expect(counts).toMatchObject({ organisations: 300, contacts: 900, groups: 31, consultations: 12, engagements: 3000 });
    expect(counts.ended).toBeGreaterThan(0);
    expect(counts.hard_to_reach).toBeGreaterThan(0);
    const ids = (await app.sql<{ business_id: string }>('select business_id from organisation where business_id is not null')).map((row) => row.business_id);
    expect(ids.every(isValidBusinessId)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const [largest] = await app.sql<{ records: number }>(
      `select count(*)::int as records from engagement e join activity a on a.id = e.activity_id where a.consultation_id = ?`,
      [largeConsultationId],
    );
    expect(largest.records).toBeGreaterThan(3000 / 12);
  });

  it('answers (a)–(d) as the raw SQL floor does', async () => {
    for (const term of ['nuoriso', 'säätiö']) {
      const api = (await app.okText(API_SEARCH, { term })).organisations;
      const expected = (await floor(FLOOR_SQL.search, [term, likeLiteral(term)])).organisations;
      expect(api.totalCount).toBe(expected.totalCount);
      expect(api.nodes.map((node: { id: string }) => node.id)).toEqual(expected.nodes.map((node: { id: string }) => node.id));
    }
    const [{ id }] = await app.sql<{ id: string }>(
      'select organisation_id as id from engagement where organisation_id is not null group by 1 order by count(*) desc limit 1',
    );
    const organisation = (await app.okText(API_ORGANISATION, { id })).organisation;
    expect(organisation.engagementStats).toEqual((await floor(FLOOR_SQL.organisation, [id])).organisation.engagementStats);
    const coverage = (await app.okText(API_COVERAGE, { id: largeConsultationId })).consultationCoverage;
    const expectedCoverage = (await floor(FLOOR_SQL.coverage, [largeConsultationId])).consultationCoverage;
    expect(coverage.groups).toEqual(expectedCoverage.groups);
    expect(coverage.gaps).toEqual(expectedCoverage.gaps);
    expect(coverage.coverageRatio).toBeCloseTo(expectedCoverage.coverageRatio ?? NaN);
    expect((await app.okText(API_UNHEARD, { window: UNHEARD_WINDOW })).unheardGroups).toEqual(
      (await floor(FLOOR_SQL.unheard, [UNHEARD_WINDOW.from, UNHEARD_WINDOW.to])).unheardGroups,
    );
  });

  it('runs as many statements for a large answer as for a small one', async () => {
    const [narrow] = await app.sql<{ business_id: string }>('select business_id from organisation where business_id is not null and not archived limit 1');
    expect(await statements(API_SEARCH, { term: 'nuoriso' })).toBe(await statements(API_SEARCH, { term: narrow.business_id }));
    const [small] = await app.sql<{ id: string }>(
      'select a.consultation_id as id from engagement e join activity a on a.id = e.activity_id group by 1 order by count(*) limit 1',
    );
    // Computed (its coverage generation raised, as a write would), then kept.
    const computed = async (id: string) => {
      await client.query(RAISE_COVERAGE_GENERATION_SQL, [id]);
      return statements(API_COVERAGE, { id });
    };
    expect([await computed(largeConsultationId), await computed(small.id)]).toEqual([2, 2]);
    expect([await statements(API_COVERAGE, { id: largeConsultationId }), await statements(API_COVERAGE, { id: small.id })]).toEqual([1, 1]);
    const [busy] = await app.sql<{ id: string }>(
      'select organisation_id as id from engagement where organisation_id is not null group by 1 order by count(*) desc limit 1',
    );
    const [idle] = await app.sql<{ id: string }>(
      'select o.id from organisation o order by (select count(*) from engagement e where e.organisation_id = o.id), o.id limit 1',
    );
    expect(await statements(API_ORGANISATION, { id: busy.id })).toBe(await statements(API_ORGANISATION, { id: idle.id }));
  });
});

describe('benchmark settings', () => {
  it('runs the API with the Node options of the Docker image, a bounded heap', () => {
    expect(deployedNodeOptions()).toMatch(/^--max-old-space-size=\d+( |$)/);
    expect(deployedNodeOptions('FROM node:20\nENV NODE_ENV=production NODE_OPTIONS="--max-old-space-size=99 --max-semi-space-size=8"\n')).toBe(
      '--max-old-space-size=99 --max-semi-space-size=8',
    );
    expect(deployedNodeOptions('FROM node:20\nENV NODE_OPTIONS=--max-old-space-size=99 PORT=3000\n')).toBe('--max-old-space-size=99');
    expect(() => deployedNodeOptions('FROM node:20\n')).toThrow('NODE_OPTIONS');
  });
});
