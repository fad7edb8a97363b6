import { graphql } from './graphql/generated/index.js';
import type { CreateConsultationInput, CreateContactInput, CreateOrganisationInput } from './graphql/generated/graphql.js';
import { TestApp, type UntypedJson } from './support/test-app.js';
import { createContact, createGroup, createOrganisation } from './support/factories.js';
import { createConsultation } from './support/engagement-factories.js';
import { createFacilitator } from './support/facilitation-factories.js';

/**
 * Every connection's orderBy, both directions, walked page by page forward (first/after) and backward
 * (last/before), against the whole sequence the order defines (ties on the sort key broken by id, the
 * same way); the new filters; the paging errors.
 */

interface ListSpec {
  /** The Query field. */
  field: string;
  orderType: string;
  filterType?: string;
  /** The table (alias t) and the rows the list shows without a filter. */
  table: string;
  where: string;
  /** Each order field's SQL keys on t, the id following them (each written `%` for the direction). */
  orders: Record<string, string>;
}

const LISTS: ListSpec[] = [
  {
    field: 'organisations',
    orderType: 'OrganisationOrder',
    filterType: 'OrganisationFilter',
    table: 'organisation',
    where: 'not t."archived"',
    orders: { NAME: 'lower(t."name") %, t."id" %', CREATED: 't."created_at" %, t."id" %', UPDATED: 't."updated_at" %, t."id" %' },
  },
  {
    field: 'contacts',
    orderType: 'ContactOrder',
    filterType: 'ContactFilter',
    table: 'contact',
    where: 'true',
    orders: {
      NAME: 'lower(t."last_name") %, lower(t."first_name") %, t."id" %',
      CREATED: 't."created_at" %, t."id" %',
      UPDATED: 't."updated_at" %, t."id" %',
    },
  },
  {
    field: 'stakeholderGroups',
    orderType: 'StakeholderGroupOrder',
    filterType: 'StakeholderGroupFilter',
    table: 'stakeholder_group',
    where: 'true',
    orders: { NAME: 'lower(t."name") %, t."id" %', CREATED: 't."created_at" %, t."id" %', UPDATED: 't."updated_at" %, t."id" %' },
  },
  {
    field: 'consultations',
    orderType: 'ConsultationOrder',
    filterType: 'ConsultationFilter',
    table: 'consultation',
    where: 'true',
    orders: {
      TITLE: 'lower(t."title") %, t."id" %',
      STARTS_ON: `t."starts_on" % nulls ${'{last}'}, t."id" %`,
      CREATED: 't."created_at" %, t."id" %',
      UPDATED: 't."updated_at" %, t."id" %',
    },
  },
  {
    field: 'facilitators',
    orderType: 'FacilitatorOrder',
    filterType: 'FacilitatorFilter',
    table: 'facilitator',
    where: 't."active"',
    orders: { NAME: 'lower(t."name") %, t."id" %', CREATED: 't."created_at" %, t."id" %', UPDATED: 't."updated_at" %, t."id" %' },
  },
  { field: 'auditEvents', orderType: 'AuditEventOrder', table: 'audit_event', where: 'true', orders: { AT: 't."at" %, t."id" %' } },
];

/**
 * A list's page document, built from its spec at run time for the walks that every list shares: so sent as
 * text (graphqlText(), okText()), its answer untyped.
 */
const listQuery = (list: ListSpec) => `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: ${list.orderType}${
  list.filterType ? `, $filter: ${list.filterType}` : ''
}) {
  list: ${list.field}(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy${list.filterType ? ', filter: $filter' : ''}) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
    nodes { id }
  }
}`;

type Order = { field: string; direction: 'ASC' | 'DESC' } | null;

/** The SQL order of a list's order field in a direction (nulls as PostgreSQL orders them: last ascending, first descending). */
function orderSql(list: ListSpec, field: string, direction: 'ASC' | 'DESC'): string {
  return list.orders[field].replaceAll('%', direction.toLowerCase()).replace('{last}', direction === 'ASC' ? 'last' : 'first');
}

describe('ordered and filtered lists, paged both ways', () => {
  let app: TestApp;
  const ids: Record<string, string[]> = {};

  const page = async (list: ListSpec, variables: Record<string, unknown>): Promise<UntypedJson> => (await app.okText(listQuery(list), variables)).list;

  /** Every id of the list, page by page with `first: size`, checking each page's pageInfo and edges. */
  async function walkForward(list: ListSpec, orderBy: Order, size: number, filter?: UntypedJson): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages += 1) {
      const current = await page(list, { first: size, after, orderBy, filter });
      const nodeIds = current.nodes.map((node: { id: string }) => node.id);
      expect(current.edges.map((edge: UntypedJson) => edge.node.id)).toEqual(nodeIds);
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(current.pageInfo.startCursor).toBe(current.edges[0]?.cursor ?? null);
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
      seen.push(...nodeIds);
      if (!current.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(current.totalCount);
        return seen;
      }
      expect(nodeIds).toHaveLength(size);
      after = current.pageInfo.endCursor;
    }
    throw new Error('the walk did not end');
  }

  /** Every id of the list, from its end page by page with `last: size`, each page in the list's order. */
  async function walkBackward(list: ListSpec, orderBy: Order, size: number, filter?: UntypedJson): Promise<string[]> {
    const seen: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 200; pages += 1) {
      const current = await page(list, { last: size, before, orderBy, filter });
      const nodeIds = current.nodes.map((node: { id: string }) => node.id);
      expect(current.edges.map((edge: UntypedJson) => edge.node.id)).toEqual(nodeIds);
      expect(current.pageInfo.hasNextPage).toBe(before !== null);
      expect(current.pageInfo.startCursor).toBe(current.edges[0]?.cursor ?? null);
      seen.unshift(...nodeIds);
      if (!current.pageInfo.hasPreviousPage) {
        expect(seen).toHaveLength(current.totalCount);
        return seen;
      }
      expect(nodeIds).toHaveLength(size);
      before = current.pageInfo.startCursor;
    }
    throw new Error('the walk did not end');
  }

  async function expected(list: ListSpec, field: string, direction: 'ASC' | 'DESC', where = list.where): Promise<string[]> {
    const rows = await app.sql<{ id: string }>(
      `select t."id"::text as "id" from "${list.table}" t where ${where} order by ${orderSql(list, field, direction)}`,
    );
    return rows.map((row) => row.id);
  }

  /** Sets created_at and updated_at of a table's rows, in `ids` order, to the given instants (ties and microseconds apart). */
  async function setTimes(table: string, rowIds: string[], created: string[], updated: string[]) {
    for (const [index, id] of rowIds.entries()) {
      await app.sql(`update "${table}" set "created_at" = ?::timestamptz, "updated_at" = ?::timestamptz where "id" = ?`, [created[index], updated[index], id]);
    }
  }

  // Ties (the same instant on several rows) and instants one microsecond apart, which a cursor must tell apart.
  const CREATED = [
    '2026-01-01T10:00:00.123456Z',
    '2026-01-01T10:00:00.123457Z',
    '2026-01-01T10:00:00.123456Z',
    '2025-12-31T23:59:59Z',
    '2026-01-01T10:00:00.123456Z',
    '2026-02-01T00:00:00Z',
    '2026-01-01T10:00:00.123455Z',
    '2026-03-01T00:00:00Z',
  ];
  const UPDATED = [
    '2026-05-01T00:00:00Z',
    '2026-04-01T00:00:00Z',
    '2026-05-01T00:00:00Z',
    '2026-05-01T00:00:00.000001Z',
    '2026-04-01T00:00:00Z',
    '2026-05-01T00:00:00Z',
    '2026-06-01T00:00:00Z',
    '2026-04-30T23:59:59.999999Z',
  ];

  beforeAll(async () => {
    app = await TestApp.start();
    const organisations: Partial<CreateOrganisationInput>[] = [
      { name: 'Sama nimi', municipality: 'Helsinki', languages: ['FI'] },
      { name: 'sama nimi', municipality: 'helsinki', languages: ['SV'] },
      { name: 'Sama Nimi', municipality: 'Helsinki-Vantaa', languages: ['FI', 'SV'] },
      { name: 'Alfa', municipality: 'Espoo', languages: ['EN'] },
      { name: 'beta', municipality: null, languages: [] },
      { name: 'Gamma', municipality: ' HELSINKI ', languages: ['SMN'] },
      { name: 'Delta', municipality: 'Tampere', languages: ['FI', 'EN'] },
      { name: 'Arkistoitu', municipality: 'Helsinki', languages: ['FI'] },
    ];
    ids.organisations = [];
    for (const input of organisations) ids.organisations.push((await createOrganisation(app, input)).id);
    await setTimes('organisation', ids.organisations, CREATED, UPDATED);
    await app.sql(`update "organisation" set "archived" = true where "id" = ?`, [ids.organisations[7]]);

    const contacts: Partial<CreateContactInput>[] = [
      { lastName: 'Virtanen', firstName: 'Aino', lawfulBasis: 'PUBLIC_TASK' },
      { lastName: 'virtanen', firstName: 'aino', lawfulBasis: 'LEGITIMATE_INTEREST' },
      { lastName: 'Virtanen', firstName: 'Bertta', lawfulBasis: 'CONSENT', consentAt: '2026-01-01T00:00:00Z' },
      { lastName: 'Korhonen', firstName: 'Cecilia', lawfulBasis: 'PUBLIC_TASK' },
      { lastName: 'Aalto', firstName: 'Daniel', lawfulBasis: 'LEGITIMATE_INTEREST' },
      { lastName: 'Virtanen', firstName: 'Aino', lawfulBasis: 'PUBLIC_TASK' },
      { lastName: 'Mäkinen', firstName: 'Eero', lawfulBasis: 'CONSENT', consentAt: '2026-01-01T00:00:00Z' },
    ];
    ids.contacts = [];
    for (const input of contacts) ids.contacts.push((await createContact(app, input)).id);
    await setTimes('contact', ids.contacts, CREATED, UPDATED);

    ids.stakeholderGroups = [];
    for (const name of ['Nuoret', 'nuoret', 'Eläkeläiset', 'Yrittäjät', 'Nuoret', 'Opiskelijat'])
      ids.stakeholderGroups.push((await createGroup(app, { name })).id);
    await setTimes('stakeholder_group', ids.stakeholderGroups, CREATED, UPDATED);

    const consultations: Partial<CreateConsultationInput>[] = [
      { title: 'Laki A', startsOn: '2026-03-01', currentPhase: 'DRAFTING' },
      { title: 'laki a', startsOn: null, currentPhase: 'INITIATION' },
      { title: 'Laki B', startsOn: '2026-03-01', currentPhase: 'STATEMENT_ROUND' },
      { title: 'Asetus', startsOn: '2026-01-15', currentPhase: 'DRAFTING' },
      { title: 'Ohjelma', startsOn: null, currentPhase: 'FINALISATION' },
      { title: 'Strategia', startsOn: '2026-06-30', currentPhase: 'IMPLEMENTATION' },
      { title: 'Selvitys', startsOn: '2026-02-28', currentPhase: 'DRAFTING' },
    ];
    ids.consultations = [];
    for (const input of consultations) ids.consultations.push((await createConsultation(app, input)).id);
    await setTimes('consultation', ids.consultations, CREATED, UPDATED);

    ids.facilitators = [];
    for (const name of ['Liisa', 'liisa', 'Matti', 'Anna', 'Liisa', 'Pekka']) ids.facilitators.push((await createFacilitator(app, { name })).id);
    await setTimes('facilitator', ids.facilitators, CREATED, UPDATED);

    // Audit events at the same instant (written together) and microseconds apart.
    await app.sql(
      `update "audit_event" set "at" = case when "id" % 3 = 0 then '2026-01-01T10:00:00.123456Z'::timestamptz
                                            when "id" % 3 = 1 then '2026-01-01T10:00:00.123457Z'::timestamptz
                                            else "at" end`,
    );
  });
  afterAll(async () => {
    await app?.stop();
  });

  for (const list of LISTS) {
    describe(list.field, () => {
      for (const field of Object.keys(list.orders)) {
        for (const direction of ['ASC', 'DESC'] as const) {
          it(`orders by ${field} ${direction}: every page forward and backward, ties by id`, async () => {
            const sequence = await expected(list, field, direction);
            expect(sequence.length).toBeGreaterThanOrEqual(6);
            const size = list.field === 'auditEvents' ? 7 : 2;
            expect(await walkForward(list, { field, direction }, size)).toEqual(sequence);
            expect(await walkBackward(list, { field, direction }, size)).toEqual(sequence);
            expect(await walkBackward(list, { field, direction }, size + 1)).toEqual(sequence);
          });
        }
      }

      it('keeps its default order when no orderBy is given, and accepts it written out', async () => {
        const defaultField = Object.keys(list.orders)[0];
        if (list.field === 'auditEvents') {
          const newest = (await app.sql<{ id: string }>(`select "id"::text as "id" from "audit_event" order by "audit_event"."id" desc`)).map((row) => row.id);
          expect(await walkForward(list, null, 7)).toEqual(newest);
          expect(await walkBackward(list, null, 7)).toEqual(newest);
          return;
        }
        const sequence = await expected(list, defaultField, 'ASC');
        expect(await walkForward(list, null, 50)).toEqual(sequence);
        // The default written as an orderBy is the same order: its cursors serve both.
        const first = await page(list, { first: 2 });
        const next = await page(list, { first: 2, after: first.pageInfo.endCursor, orderBy: { field: defaultField } });
        expect(next.nodes.map((node: { id: string }) => node.id)).toEqual(sequence.slice(2, 4));
      });

      it('refuses a cursor of another order, another direction or another list as BAD_USER_INPUT on after or before', async () => {
        const [field] = Object.keys(list.orders);
        const ascending = await page(list, { first: 1, orderBy: { field, direction: 'ASC' } });
        const cursor = ascending.pageInfo.endCursor as string;
        const refusal = async (variables: Record<string, unknown>, path: string) => {
          const response = await app.graphqlText(listQuery(list), variables);
          expect(response.errors?.[0].extensions).toMatchObject({
            code: 'BAD_USER_INPUT',
            fields: [{ path, message: expect.stringMatching(/another order/) }],
          });
          expect(response.data).toBeNull();
        };
        await refusal({ first: 1, after: cursor, orderBy: { field, direction: 'DESC' } }, 'after');
        await refusal({ last: 1, before: cursor, orderBy: { field, direction: 'DESC' } }, 'before');
        const otherField = Object.keys(list.orders)[1];
        if (otherField) await refusal({ first: 1, after: cursor, orderBy: { field: otherField, direction: 'ASC' } }, 'after');
        const otherList = LISTS.find((other) => other.field !== list.field && other.field !== 'auditEvents')!;
        const foreign = (await page(otherList, { first: 1 })).pageInfo.endCursor as string;
        await refusal({ first: 1, after: foreign }, 'after');
      });
    });
  }

  describe('relevance when searching', () => {
    const organisations = LISTS[0];

    it('orders a search by relevance by default, pages it both ways, and lets an orderBy override it', async () => {
      const forward = await walkForward(organisations, null, 1, { search: 'sama' });
      expect(forward).toHaveLength(3);
      expect(await walkBackward(organisations, null, 1, { search: 'sama' })).toEqual(forward);
      const byCreated = await expected(organisations, 'CREATED', 'DESC', `not t."archived" and lower(t."name") = 'sama nimi'`);
      expect(await walkForward(organisations, { field: 'CREATED', direction: 'DESC' }, 2, { search: 'sama' })).toEqual(byCreated);
      expect(await walkBackward(organisations, { field: 'CREATED', direction: 'DESC' }, 2, { search: 'sama' })).toEqual(byCreated);
      // A relevance cursor is not a cursor of the name order, and the other way round.
      const relevanceCursor = (await page(organisations, { first: 1, filter: { search: 'sama' } })).pageInfo.endCursor as string;
      const response = await app.graphqlText(listQuery(organisations), { first: 1, after: relevanceCursor });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
    });
  });

  describe('filters', () => {
    const ids_ = (connection: UntypedJson) => (connection.nodes as { id: string }[]).map((node) => node.id).sort();
    const sorted = (values: string[]) => [...values].sort();

    it('finds organisations by municipality, exactly but case-insensitively', async () => {
      const helsinki = await page(LISTS[0], { first: 50, filter: { municipality: 'helsinki' } });
      // "Helsinki", "helsinki", " HELSINKI " (stored trimmed); not "Helsinki-Vantaa", and not the archived one.
      expect(ids_(helsinki)).toEqual(sorted([ids.organisations[0], ids.organisations[1], ids.organisations[5]]));
      expect(helsinki.totalCount).toBe(3);
      const withArchived = await page(LISTS[0], { first: 50, filter: { municipality: 'HELSINKI', includeArchived: true } });
      expect(withArchived.totalCount).toBe(4);
      expect((await page(LISTS[0], { first: 50, filter: { municipality: 'Helsinki-Vantaa' } })).nodes).toEqual([{ id: ids.organisations[2] }]);
      expect((await page(LISTS[0], { first: 50, filter: { municipality: '   ' } })).totalCount).toBe(7);
    });

    it('finds organisations that use any of the languages', async () => {
      const swedishOrEnglish = await page(LISTS[0], { first: 50, filter: { languages: ['SV', 'EN'] } });
      expect(ids_(swedishOrEnglish)).toEqual(sorted([ids.organisations[1], ids.organisations[2], ids.organisations[3], ids.organisations[6]]));
      expect(ids_(await page(LISTS[0], { first: 50, filter: { languages: ['SMN'] } }))).toEqual([ids.organisations[5]]);
      expect((await page(LISTS[0], { first: 50, filter: { languages: [] } })).totalCount).toBe(0);
      const ordered = await walkBackward(LISTS[0], { field: 'NAME', direction: 'DESC' }, 1, { languages: ['FI'], municipality: 'helsinki' });
      expect(ordered).toEqual([ids.organisations[0]]);
    });

    it('finds contacts by lawful basis', async () => {
      const consent = await page(LISTS[1], { first: 50, filter: { lawfulBasis: ['CONSENT'] } });
      expect(ids_(consent)).toEqual(sorted([ids.contacts[2], ids.contacts[6]]));
      const two = await page(LISTS[1], { first: 50, filter: { lawfulBasis: ['PUBLIC_TASK', 'LEGITIMATE_INTEREST'] } });
      expect(two.totalCount).toBe(5);
      expect((await page(LISTS[1], { first: 50, filter: { lawfulBasis: [] } })).totalCount).toBe(0);
    });

    it('finds consultations by current phase and by start date, both ends inclusive, undated ones left out', async () => {
      const drafting = await page(LISTS[3], { first: 50, filter: { phases: ['DRAFTING'] } });
      expect(ids_(drafting)).toEqual(sorted([ids.consultations[0], ids.consultations[3], ids.consultations[6]]));
      expect((await page(LISTS[3], { first: 50, filter: { phases: [] } })).totalCount).toBe(0);
      const window = await page(LISTS[3], { first: 50, filter: { startsFrom: '2026-02-28', startsTo: '2026-03-01' } });
      expect(ids_(window)).toEqual(sorted([ids.consultations[0], ids.consultations[2], ids.consultations[6]]));
      expect(ids_(await page(LISTS[3], { first: 50, filter: { startsFrom: '2026-03-02' } }))).toEqual([ids.consultations[5]]);
      expect(ids_(await page(LISTS[3], { first: 50, filter: { startsTo: '2026-01-15' } }))).toEqual([ids.consultations[3]]);
      const draftingByStart = await walkBackward(LISTS[3], { field: 'STARTS_ON', direction: 'ASC' }, 1, { phases: ['DRAFTING'], startsTo: '2026-12-31' });
      expect(draftingByStart).toEqual([ids.consultations[3], ids.consultations[6], ids.consultations[0]]);
    });
  });

  describe('errors', () => {
    const organisations = LISTS[0];
    const fieldsOf = async (query: string, variables: Record<string, unknown>) => {
      const response = await app.graphqlText(query, variables);
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      return (response.errors?.[0].extensions.fields as { path: string; message: string }[]).map((field) => field.path);
    };

    it('refuses first with last', async () => {
      for (const list of LISTS) expect(await fieldsOf(listQuery(list), { first: 1, last: 1 })).toEqual(['last']);
      const inline = await app.graphql(
        graphql(`
          query ListOrderingFirstWithLast {
            organisations(first: 2, last: 2) {
              totalCount
            }
          }
        `),
      );
      expect(inline.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'last', message: expect.stringMatching(/with first/) }] });
    });

    it('refuses last outside 0..200 like first', async () => {
      expect(await fieldsOf(listQuery(organisations), { last: 201 })).toEqual(['last']);
      expect(await fieldsOf(listQuery(organisations), { last: -1 })).toEqual(['last']);
      expect((await page(organisations, { last: 0 })).nodes).toEqual([]);
    });

    it('refuses invalid filter and order values with their fields', async () => {
      expect(await fieldsOf(listQuery(organisations), { filter: { languages: ['KLINGON'] } })).toEqual([expect.stringContaining('languages')]);
      expect(await fieldsOf(listQuery(organisations), { filter: { municipality: 'x'.repeat(301) } })).toEqual(['filter.municipality']);
      expect(await fieldsOf(listQuery(organisations), { orderBy: { field: 'POPULARITY' } })).toEqual([expect.stringContaining('orderBy')]);
      expect(await fieldsOf(listQuery(LISTS[1]), { filter: { lawfulBasis: ['WHIM'] } })).toEqual([expect.stringContaining('lawfulBasis')]);
      expect(await fieldsOf(listQuery(LISTS[3]), { filter: { phases: ['LATER'] } })).toEqual([expect.stringContaining('phases')]);
      expect(await fieldsOf(listQuery(LISTS[3]), { filter: { startsFrom: '2026-02-30' } })).toEqual([expect.stringContaining('startsFrom')]);
      expect(await fieldsOf(listQuery(LISTS[3]), { filter: { startsFrom: '2026-03-02', startsTo: '2026-03-01' } })).toEqual(['filter.startsTo']);
    });

    it('refuses a tampered cursor', async () => {
      const tampered = Buffer.from(JSON.stringify(['organisations.NAME.ASC', 'a', "x'; select 1; --"])).toString('base64url');
      const response = await app.graphqlText(listQuery(organisations), { first: 1, after: tampered });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after', message: 'is not a cursor of this list' }] });
    });
  });
});
