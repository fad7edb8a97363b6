import { Client } from 'pg';
import { API_COVERAGE, FLOOR_SQL } from './support/scale/scenarios.ts';
import { DELETE_WRITTEN_SQL, startWriters, WRITTEN_NOTE, type WriterParties } from './support/scale/coverage-writes-scenario.ts';
import { seedScale } from './support/scale/seed-scale.ts';
import { TestApp } from './support/test-app.js';

/**
 * The benchmark's row (i) on a small scale register, in process: writers record batches into the large
 * consultation through the API while its coverage is read, without an error; the answer after equals the raw
 * SQL floor's computation from the records, and deleting the writers' records (the folds follow) brings back
 * the answer from before. `npm run bench -- --short` runs the real thing.
 */
// The seed streams COPY through its own connection: a PostgreSQL server (DATABASE_URL), not the one-backend embedded default.
(process.env.DATABASE_URL ? describe : describe.skip)('benchmark row (i): coverage while the consultation is written', () => {
  let app: TestApp;
  let client: Client;
  let url: string;
  let consultationId: string;

  beforeAll(async () => {
    // Rate limits off, as the benchmark runs the API: the readers ask as fast as the answers come (a kept answer
    // takes a few milliseconds), past the default 600 requests a minute of one subject.
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
    const summary = await seedScale({
      url: app.database.url,
      organisations: 300,
      contacts: 900,
      groups: 30,
      consultations: 12,
      engagements: 3000,
      seed: 11,
      log: () => undefined,
    });
    consultationId = summary.largeConsultationId;
    client = new Client({ connectionString: app.database.url });
    await client.connect();
    url = await app.listen();
  });
  afterAll(async () => {
    await client?.end();
    await app?.stop();
  });

  const floor = async () => JSON.parse((await client.query<{ body: string }>(FLOOR_SQL.coverage, [consultationId])).rows[0].body).consultationCoverage;
  const coverage = async () => (await app.okText(API_COVERAGE, { id: consultationId })).consultationCoverage;
  const rows = (answer: { groups: unknown; gaps: unknown; coverageRatio: unknown; earlyReachRatio: unknown }) => ({
    groups: answer.groups,
    gaps: answer.gaps,
    coverageRatio: answer.coverageRatio,
    earlyReachRatio: answer.earlyReachRatio,
  });

  it('writes every batch without an error while the coverage is read, and the answer equals the floor after, and after the clean-up', async () => {
    const query = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];
    const parties: WriterParties = {
      activityId: (
        await query<{ id: string }>(`select "id" from "activity" where "consultation_id" = $1 order by "date" desc, "id" limit 1`, [consultationId])
      )[0].id,
      organisationIds: (await query<{ id: string }>(`select "id" from "organisation" where not "archived" order by md5("id"::text) limit 20`)).map(
        (row) => row.id,
      ),
      contactIds: (await query<{ id: string }>(`select "id" from "contact" where not "erased" order by md5("id"::text) limit 10`)).map((row) => row.id),
      groupIds: (await query<{ id: string }>(`select "group_id" as "id" from "consultation_target_group" where "consultation_id" = $1`, [consultationId])).map(
        (row) => row.id,
      ),
    };
    const before = rows(await coverage());
    expect(before).toEqual(rows(await floor()));
    const writers = startWriters(url, await app.token(), parties, { writers: 2, batchSize: 10, intervalMs: 250 });
    let reads = 0;
    const until = Date.now() + 2500;
    while (Date.now() < until) {
      await coverage();
      reads += 1;
    }
    const stats = await writers.stop();
    expect(stats).toMatchObject({ errors: 0, batchSize: 10 });
    expect(stats.batches).toBeGreaterThanOrEqual(6);
    expect(reads).toBeGreaterThan(0);
    const [{ count }] = await query<{ count: number }>(`select count(*)::int as "count" from "engagement" where "notes" = $1`, [WRITTEN_NOTE]);
    expect(count).toBe(stats.records);
    const after = rows(await coverage());
    expect(after).toEqual(rows(await floor()));
    expect(after).not.toEqual(before);
    await client.query(DELETE_WRITTEN_SQL);
    expect(rows(await coverage())).toEqual(before);
  });
});
