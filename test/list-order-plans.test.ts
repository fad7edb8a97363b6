import { AuditQueryService } from '@sidos/audit';
import { ConsultationService } from '@sidos/engagement';
import { ContactService, OrganisationService } from '@sidos/register';
import { type PlanNode, planOf, statementsOf } from './support/query-plans.js';
import { TestServices } from './support/test-services.js';

/**
 * The first page of each order of the large lists reads an index in the order's direction and stops
 * (Limit over an Index Scan, forward for ASC and backward for DESC, or the other way for `last`) instead
 * of sorting the table: the page statement each service runs, EXPLAINed on a register of 20,000 rows.
 */

describe('ordered lists read their indexes, not a sort of the table', () => {
  let app: TestServices;

  beforeAll(async () => {
    app = await TestServices.start();
    await app.sql(
      `insert into "organisation" ("id", "name", "type", "languages", "municipality", "archived", "version", "created_at", "updated_at")
       select gen_random_uuid(), 'Järjestö ' || (i % 5000), 'ASSOCIATION', case when i % 3 = 0 then '{FI,SV}'::text[] else '{FI}'::text[] end,
              case when i % 10 = 0 then 'Oulu' else 'Helsinki' end, i % 97 = 0, 1,
              '2026-01-01'::timestamptz + (i % 15000) * interval '1 minute', '2026-02-01'::timestamptz + (i % 12000) * interval '1 second'
       from generate_series(1, 20000) i`,
    );
    await app.sql(
      `insert into "contact" ("id", "first_name", "last_name", "languages", "lawful_basis", "version", "created_at", "updated_at")
       select gen_random_uuid(), 'Etunimi ' || (i % 300), 'Sukunimi ' || (i % 4000), '{FI}', case when i % 2 = 0 then 'PUBLIC_TASK' else 'LEGITIMATE_INTEREST' end, 1,
              '2026-01-01'::timestamptz + (i % 15000) * interval '1 minute', '2026-02-01'::timestamptz + (i % 12000) * interval '1 second'
       from generate_series(1, 20000) i`,
    );
    await app.sql(
      `insert into "consultation" ("id", "title", "ministry", "status", "current_phase", "starts_on", "version", "created_at", "updated_at")
       select gen_random_uuid(), 'Hanke ' || (i % 3000), 'TEM', 'PLANNED', 'DRAFTING', case when i % 20 = 0 then null else '2020-01-01'::date + (i % 2500) end, 1, now(), now()
       from generate_series(1, 20000) i`,
    );
    await app.sql(
      `insert into "audit_event" ("at", "actor", "action", "entity_type", "entity_id", "changes")
       select '2026-01-01'::timestamptz + (i % 18000) * interval '1 second', 'bench', 'UPDATE', 'Organisation', gen_random_uuid()::text, '[]'::jsonb
       from generate_series(1, 20000) i`,
    );
    await app.sql('analyze "organisation", "contact", "consultation", "audit_event"');
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The page statement (the one with a limit) that `list` runs, EXPLAINed: the plan's nodes. */
  async function pagePlan(list: () => Promise<unknown>): Promise<PlanNode[]> {
    const statements = await statementsOf(app, list);
    const page = statements.find((statement) => / limit \?$/.test(statement.sql));
    if (!page) throw new Error(`no page statement among ${statements.map((statement) => statement.sql).join('\n')}`);
    return planOf(app, page);
  }

  const CASES: { list: string; field: string; index: string; run: (args: Record<string, unknown>) => Promise<{ pageInfo: { endCursor: string | null } }> }[] = [
    { list: 'organisations', field: 'NAME', index: 'organisation_name_order_index', run: (args) => app.get(OrganisationService).list(args) },
    { list: 'organisations', field: 'CREATED', index: 'organisation_created_order_index', run: (args) => app.get(OrganisationService).list(args) },
    { list: 'organisations', field: 'UPDATED', index: 'organisation_updated_order_index', run: (args) => app.get(OrganisationService).list(args) },
    { list: 'contacts', field: 'NAME', index: 'contact_name_order_index', run: (args) => app.get(ContactService).list(args) },
    { list: 'contacts', field: 'CREATED', index: 'contact_created_order_index', run: (args) => app.get(ContactService).list(args) },
    { list: 'contacts', field: 'UPDATED', index: 'contact_updated_order_index', run: (args) => app.get(ContactService).list(args) },
    { list: 'consultations', field: 'STARTS_ON', index: 'consultation_starts_on_order_index', run: (args) => app.get(ConsultationService).list(args) },
    { list: 'consultations', field: 'TITLE', index: 'consultation_title_order_index', run: (args) => app.get(ConsultationService).list(args) },
    { list: 'auditEvents', field: 'AT', index: 'audit_event_at_order_index', run: (args) => app.get(AuditQueryService).list(args) },
  ];

  for (const { list, field, index, run } of CASES) {
    for (const direction of ['ASC', 'DESC'] as const) {
      it(`${list} by ${field} ${direction}: the first page, the next one and the last one read ${index}`, async () => {
        const orderBy = { field, direction };
        const first = await app.run(() => run({ orderBy, first: 50 }));
        const alongTheOrder = direction === 'DESC' ? 'Backward' : 'Forward';
        const againstTheOrder = direction === 'DESC' ? 'Forward' : 'Backward';
        for (const [args, scan] of [
          [{ orderBy, first: 50 }, alongTheOrder],
          [{ orderBy, first: 50, after: first.pageInfo.endCursor }, alongTheOrder],
          [{ orderBy, last: 50 }, againstTheOrder],
        ] as const) {
          const nodes = await pagePlan(() => run(args));
          expect(nodes.map((node) => node['Node Type'])).not.toContain('Sort');
          expect(nodes.map((node) => node['Node Type'])).not.toContain('Incremental Sort');
          expect(nodes[0]['Node Type']).toBe('Limit');
          const scanned = nodes.find((node) => node['Index Name'] === index);
          expect(scanned).toMatchObject({ 'Node Type': expect.stringMatching(/^Index (Only )?Scan$/) as string, 'Scan Direction': scan });
        }
      });
    }
  }

  it('the audit trail newest first reads its primary key backward', async () => {
    const nodes = await pagePlan(() => app.get(AuditQueryService).list({ first: 50 }));
    expect(nodes.map((node) => node['Node Type'])).not.toContain('Sort');
    expect(nodes.find((node) => node['Index Name'] === 'audit_event_pkey')).toMatchObject({ 'Scan Direction': 'Backward' });
  });
});
