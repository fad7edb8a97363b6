import { CoverageRepository } from '@sidos/coverage';
import { type PlanNode, planOf, statementsOf } from './support/query-plans.js';
import { TestServices } from './support/test-services.js';

/**
 * An organisation's engagementStats of all time read its kept tally (migration engagement-tallies) and no
 * record: both the batched read of the engagementStats loader and the subquery that the register's
 * one-statement read of an organisation embeds. With `since`, and when a write recounts a tally, its records
 * come from the organisation's history index alone (an Index Only Scan: the kind is among the index's included
 * columns, migration engagement-stats-index), never the engagement rows themselves. EXPLAINed on 24,000
 * records (3,000 of them the organisation's own, spread over the table as a busy federation's are).
 */

describe('engagementStats reads the history index alone', () => {
  let app: TestServices;
  const busy = '00000000-0000-4000-8000-0000000000b5';

  beforeAll(async () => {
    app = await TestServices.start();
    await app.sql(
      `insert into "organisation" ("id", "name", "type", "languages", "archived", "version", "created_at", "updated_at")
       select case when i = 0 then '${busy}'::uuid else gen_random_uuid() end, 'Järjestö ' || i, 'ASSOCIATION', '{FI}', false, 1, now(), now()
       from generate_series(0, 199) i`,
    );
    await app.sql(
      `insert into "consultation" ("id", "title", "ministry", "status", "current_phase", "starts_on", "version", "created_at", "updated_at")
       values ('00000000-0000-4000-8000-0000000000c0', 'Hanke', 'TEM', 'ONGOING', 'DRAFTING', '2026-01-01', 1, now(), now())`,
    );
    await app.sql(
      `insert into "activity" ("id", "consultation_id", "title", "method", "mode", "phase", "date", "version", "created_at", "updated_at")
       select gen_random_uuid(), '00000000-0000-4000-8000-0000000000c0', 'Työpaja ' || i, 'WORKSHOP', 'IN_PERSON', 'DRAFTING', '2026-01-01'::date + i, 1, now(), now()
       from generate_series(1, 40) i`,
    );
    await app.sql(
      `insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "created_at")
       select gen_random_uuid(), a."id", (array['INVITED', 'DECLINED', 'PARTICIPATED', 'SUBMITTED'])[1 + (i / 8) % 4],
              case when i % 8 = 0 then '${busy}'::uuid else (select o."id" from "organisation" o order by o."name" offset (i % 199) + 1 limit 1) end,
              now() - i * interval '1 minute'
       from generate_series(1, 24000) i
       join lateral (select "id" from "activity" order by "date" offset (i % 40) limit 1) a on true`,
    );
    // Index-only scans need the visibility map, which VACUUM sets (autovacuum does on a live server).
    await app.sql('vacuum analyze "organisation", "activity", "engagement"');
  });
  afterAll(async () => {
    await app?.stop();
  });

  const engagementScans = (nodes: PlanNode[]) =>
    nodes.filter((node) => node['Relation Name'] === 'engagement').map((node) => `${node['Node Type']} ${node['Index Name'] ?? ''}`.trim());

  const relationsOf = (nodes: PlanNode[]) => nodes.map((node) => node['Relation Name']).filter((name) => name !== undefined);

  it('the loader batch of all time: the kept tally alone (no record read); with `since`: an Index Only Scan of the history index', async () => {
    const repository = app.get(CoverageRepository);
    let stats: Awaited<ReturnType<CoverageRepository['engagementStats']>> = [];
    const allTime = await statementsOf(app, async () => {
      stats = await repository.engagementStats([{ organisationId: busy, since: null }]);
    });
    expect(stats[0]).toEqual({ invited: 750, declined: 750, heard: 1500, lastHeardOn: expect.any(String) });
    expect(allTime).toHaveLength(1);
    expect(relationsOf(await planOf(app, allTime[0]))).toEqual(['organisation_engagement_tally']);
    expect(stats).toEqual(await repository.engagementStatsFromRecords([{ organisationId: busy, since: null }]));

    const dated = await statementsOf(app, async () => {
      stats = await repository.engagementStats([{ organisationId: busy, since: '2026-01-21' }]);
    });
    expect(stats[0]).toMatchObject({ heard: expect.any(Number) });
    expect(stats[0].heard).toBeLessThan(1500);
    expect(dated).toHaveLength(1);
    expect(engagementScans(await planOf(app, dated[0]))).toEqual(['Index Only Scan engagement_organisation_history_index']);
  });

  it("the register's one-statement read: the kept tally alone", async () => {
    const fragment = app.get(CoverageRepository).engagementStatsOfOrganisationSql(`'${busy}'::uuid`);
    const [row] = await app.sql<{ stats: Record<string, unknown> }>(`select ${fragment.sql} as "stats"`, [...fragment.params]);
    expect(row.stats).toMatchObject({ invited: 750, declined: 750, heard: 1500 });
    expect(relationsOf(await planOf(app, { sql: `select ${fragment.sql}`, params: fragment.params }))).toEqual(['organisation_engagement_tally']);
    const none = app.get(CoverageRepository).engagementStatsOfOrganisationSql(`'00000000-0000-4000-8000-00000000dead'::uuid`);
    expect((await app.sql<{ stats: unknown }>(`select ${none.sql} as "stats"`))[0].stats).toEqual({ invited: 0, declined: 0, heard: 0, lastHeardOn: null });
  });

  it("a write's recount of an organisation's tallies reads its records through the history index, never the whole table", async () => {
    // The real function (refresh_organisation_engagement_tallies), its scans counted in its own transaction
    // (pg_stat_get_xact_numscans: of a table its sequential scans, of an index its scans).
    const scans = await app.em().transactional(async (em) => {
      await em.execute(`select "refresh_organisation_engagement_tallies"(array['${busy}'::uuid], array['00000000-0000-4000-8000-0000000000c0'::uuid])`);
      const [row] = await em.execute<{ sequential: string; history: string }[]>(
        `select pg_stat_get_xact_numscans('engagement'::regclass) as "sequential",
                pg_stat_get_xact_numscans('engagement_organisation_history_index'::regclass) as "history"`,
      );
      return { sequential: Number(row.sequential), history: Number(row.history) };
    });
    // No sequential scan; the history index read (the planner's own look at its ends counts too).
    expect(scans.sequential).toBe(0);
    expect(scans.history).toBeGreaterThanOrEqual(1);
    const [kept] = await app.get(CoverageRepository).engagementStats([{ organisationId: busy, since: null }]);
    expect(kept).toEqual({ invited: 750, declined: 750, heard: 1500, lastHeardOn: expect.any(String) });
  });
});
