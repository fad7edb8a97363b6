import { Client } from 'pg';
import { observeQueries } from '@sidos/database';
import { API_METHOD_FEEDBACK, FLOOR_METHOD_FEEDBACK_SQL, METHOD_FEEDBACK_WINDOW } from './support/scale/facilitation-scenarios.ts';
import { seedScale } from './support/scale/seed-scale.ts';
import { TestApp } from './support/test-app.js';

/**
 * Rows (f) and (g) of the benchmark on a small scale register, in process: the seed's facilitator pool,
 * assignments and feedback, the API's methodFeedback equal to the raw SQL floor's, in one statement.
 * The documents are the benchmark's own (test/support/scale/, sent as text by bench/), so they go as text (okText).
 */
(process.env.DATABASE_URL ? describe : describe.skip)('benchmark smoke: facilitation (small scale register)', () => {
  let app: TestApp;
  let client: Client;
  beforeAll(async () => {
    app = await TestApp.start();
    await seedScale({
      url: app.database.url,
      organisations: 300,
      contacts: 900,
      groups: 30,
      consultations: 40,
      engagements: 4000,
      seed: 11,
      log: () => undefined,
    });
    client = new Client({ connectionString: app.database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await app?.stop();
  });

  it('seeds a pool, assignments (never a facilitator twice on an activity, always trained in its method) and about as many responses as records', async () => {
    const [counts] = await app.sql<{ facilitators: number; assignments: number; responses: number; untrained: number; duplicates: number }>(
      `select (select count(*)::int from "facilitator") as "facilitators",
              (select count(*)::int from "facilitator_assignment") as "assignments",
              (select count(*)::int from "feedback_response") as "responses",
              (select count(*)::int from "facilitator_assignment" fa join "facilitator" f on f."id" = fa."facilitator_id" join "activity" a on a."id" = fa."activity_id"
                where not (a."method" = any(f."methods"))) as "untrained",
              (select count(*)::int from (select 1 from "facilitator_assignment" group by "activity_id", "facilitator_id" having count(*) > 1) d) as "duplicates"`,
    );
    expect(counts.facilitators).toBeGreaterThanOrEqual(20);
    expect(counts.assignments).toBeGreaterThan(0);
    expect(counts.responses).toBeGreaterThan(3000);
    expect(counts.responses).toBeLessThan(5000);
    expect(counts.untrained).toBe(0);
    expect(counts.duplicates).toBe(0);
  });

  it('(f) answers methodFeedback as the floor does, in one statement', async () => {
    let statements = 0;
    const stop = observeQueries(() => (statements += 1));
    let api: unknown;
    try {
      api = (await app.okText(API_METHOD_FEEDBACK, { window: METHOD_FEEDBACK_WINDOW })).methodFeedback;
    } finally {
      stop();
    }
    const floor = JSON.parse(
      (await client.query<{ body: string }>(FLOOR_METHOD_FEEDBACK_SQL, [METHOD_FEEDBACK_WINDOW.from, METHOD_FEEDBACK_WINDOW.to])).rows[0].body,
    ).methodFeedback as { hardToReachGroupsHeard: number }[];
    expect(statements).toBe(1);
    expect(floor.length).toBeGreaterThan(3);
    expect(floor.some((row) => row.hardToReachGroupsHeard > 0)).toBe(true);
    // Key order and float text aside, the same answer.
    const normalise = (rows: unknown) =>
      JSON.parse(JSON.stringify(rows), (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value)) as unknown;
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, v]) => [k, sortKeys(v)]),
            )
          : value;
    expect(sortKeys(normalise(api))).toEqual(sortKeys(normalise(floor)));
  });
});
