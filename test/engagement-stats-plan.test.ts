import { CoverageRepository } from '@sidos/coverage';
import { type PlanNode, planOf, statementsOf } from './support/query-plans.js';
import { TestServices } from './support/test-services.js';

/**
 * An organisation's engagementStats reads its records from the organisation's history index alone (an Index
 * Only Scan: the kind is among the index's included columns, migration engagement-stats-index), never the
 * engagement rows themselves: both the batched read of the engagementStats loader and the subquery that the
 * register's one-statement read of an organisation embeds, EXPLAINed on 24,000 records (3,000 of them the
 * organisation's own, spread over the table as a busy federation's are).
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

  it('the loader batch: an Index Only Scan of engagement_organisation_history_index', async () => {
    let stats: Awaited<ReturnType<CoverageRepository['engagementStats']>> = [];
    const statements = await statementsOf(app, async () => {
      stats = await app.get(CoverageRepository).engagementStats([{ organisationId: busy, since: null }]);
    });
    expect(stats[0]).toEqual({ invited: 750, declined: 750, heard: 1500, lastHeardOn: expect.any(String) });
    expect(statements).toHaveLength(1);
    expect(engagementScans(await planOf(app, statements[0]))).toEqual(['Index Only Scan engagement_organisation_history_index']);
  });

  it("the register's one-statement read: the same", async () => {
    const fragment = app.get(CoverageRepository).engagementStatsOfOrganisationSql(`'${busy}'::uuid`);
    const [row] = await app.sql<{ stats: Record<string, unknown> }>(`select ${fragment.sql} as "stats"`, [...fragment.params]);
    expect(row.stats).toMatchObject({ invited: 750, declined: 750, heard: 1500 });
    expect(engagementScans(await planOf(app, { sql: `select ${fragment.sql}`, params: fragment.params }))).toEqual([
      'Index Only Scan engagement_organisation_history_index',
    ]);
  });
});
