import { graphql } from './graphql/generated/index.js';
import type {
  ActivityFilter,
  ConnectionsActivitiesQueryVariables,
  ConnectionsHistoryQueryVariables,
  ConnectionsMembersQueryVariables,
  EngagementMethod,
  PreparationPhase,
} from './graphql/generated/graphql.js';
import { TestApp, type TokenClaims } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation, recordEngagements } from './support/engagement-factories.js';

/*
 * The connections of issue 13, item 2 (second half) through the API: `activities`, `Organisation.engagements`,
 * `Contact.engagements`, `StakeholderGroup.organisationMembers` / `.contactMembers`,
 * `duplicateOrganisationsConnection` and `contactsForRetentionReviewConnection`. Every order is walked page
 * by page both ways (first/after to the end, last/before to the start) and must give the order computed here
 * from the stored keys, ties broken by id. Names are ASCII so that the order does not depend on the server's collation.
 */

const ADMIN: TokenClaims = { roles: ['ADMIN'], ministry: 'TEM' };
const EDITOR: TokenClaims = { roles: ['EDITOR'], ministry: 'TEM' };
const VIEWER: TokenClaims = { roles: ['VIEWER'], ministry: 'TEM' };

type Direction = 'ASC' | 'DESC';
interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page<Node> {
  nodes: Node[];
  edges: { cursor: string }[];
  pageInfo: PageInfo;
  totalCount?: number;
}
type Paging = { first?: number; after?: string | null; last?: number; before?: string | null };

/**
 * Every page of a connection read forward (first/after until hasNextPage is false) and backward
 * (last/before until hasPreviousPage is false), each page checked (its size, its edges' cursors, the
 * sides that have more rows); the nodes' keys in list order, each way.
 */
async function walkBy<Node>(fetch: (paging: Paging) => Promise<Page<Node>>, size: number, keyOf: (node: Node) => string) {
  const forward: string[] = [];
  let after: string | null = null;
  for (let pages = 0; ; pages += 1) {
    if (pages > 200) throw new Error('too many pages forward');
    const page: Page<Node> = await fetch({ first: size, after });
    expect(page.nodes.length).toBeLessThanOrEqual(size);
    expect(page.edges.map((edge) => edge.cursor)).toHaveLength(page.nodes.length);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    forward.push(...page.nodes.map(keyOf));
    if (!page.pageInfo.hasNextPage) break;
    expect(page.nodes).toHaveLength(size);
    after = page.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (let pages = 0; ; pages += 1) {
    if (pages > 200) throw new Error('too many pages backward');
    const page: Page<Node> = await fetch({ last: size, before });
    expect(page.nodes.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    backward.unshift(...page.nodes.map(keyOf));
    if (!page.pageInfo.hasPreviousPage) break;
    expect(page.nodes).toHaveLength(size);
    before = page.pageInfo.startCursor;
  }
  return { forward, backward };
}

/** walkBy() for nodes with an id: their ids in list order, each way. */
const walk = <Node extends { id: string }>(fetch: (paging: Paging) => Promise<Page<Node>>, size: number) => walkBy(fetch, size, (node) => node.id);

/** The ids of `rows` ordered by their `keys` (compared as text or numbers, all one way), then by id the same way. */
function ordered<R extends { id: string }>(rows: R[], keys: (row: R) => Array<string | number>, direction: Direction): string[] {
  const compare = (a: R, b: R) => {
    const left = [...keys(a), a.id];
    const right = [...keys(b), b.id];
    for (let index = 0; index < left.length; index += 1) {
      if (left[index] < right[index]) return -1;
      if (left[index] > right[index]) return 1;
    }
    return 0;
  };
  const sorted = [...rows].sort(compare).map((row) => row.id);
  return direction === 'ASC' ? sorted : sorted.reverse();
}

type Response = { errors?: { message: string; extensions: { code: string; fields?: { path: string; message: string }[] } }[] };
const firstError = (response: Response) => response.errors?.[0];

graphql(`
  fragment ConnectionsPageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);
const ORGANISATIONS_CURSOR = graphql(`
  query ConnectionsOrganisationsCursor {
    organisations(first: 1) {
      pageInfo {
        endCursor
      }
    }
  }
`);
/** Timestamps as exact UTC text (microseconds), as the orders compare them. */
const exact = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

describe('connections: orders, paging both ways, filters, errors', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  describe('activities', () => {
    const ACTIVITIES = graphql(`
      query ConnectionsActivities($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int, $after: String, $last: Int, $before: String) {
        activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          edges {
            cursor
          }
          pageInfo {
            ...ConnectionsPageInfo
          }
          nodes {
            id
            title
            date
          }
        }
      }
    `);
    let consultations: string[];
    let ids: string[];
    const activitiesPage = async (variables: ConnectionsActivitiesQueryVariables, as: TokenClaims = ADMIN) =>
      (await app.ok(ACTIVITIES, variables, as)).activities;

    beforeAll(async () => {
      const tem = await createConsultation(app, { title: 'Activities A' });
      const ym = await createConsultation(app, { title: 'Activities B', ministry: 'YM' });
      consultations = [tem.id, ym.id];
      const specs: [string, string, EngagementMethod, PreparationPhase, string][] = [
        [tem.id, 'alpha', 'WORKSHOP', 'DRAFTING', '2026-03-10'],
        [tem.id, 'Bravo', 'WEBINAR', 'INITIATION', '2026-03-10'],
        [tem.id, 'alpha', 'HEARING', 'STATEMENT_ROUND', '2026-04-01'],
        [ym.id, 'charlie', 'WORKSHOP', 'DRAFTING', '2026-02-01'],
        [ym.id, 'ALPHA', 'SURVEY', 'FINALISATION', '2026-03-10'],
        [ym.id, 'delta', 'WORKSHOP', 'DRAFTING', '2026-05-20'],
        [tem.id, 'echo', 'DIALOGUE', 'INITIATION', '2026-01-15'],
      ];
      ids = [];
      for (const [consultationId, title, method, phase, date] of specs)
        ids.push((await createActivity(app, consultationId, { title, method, phase, date })).id);
      // Three activities of one day recorded at the same instant: the date order's ties go by id.
      await app.sql(`update "activity" set "created_at" = '2026-01-01T10:00:00.123456Z' where "id" in (?, ?, ?)`, [ids[0], ids[1], ids[4]]);
      // Corrected later, two of them at the same instant: the update order's ties go by id too.
      await app.sql(`update "activity" set "updated_at" = '2026-06-01T08:00:00.000001Z' where "id" in (?, ?)`, [ids[2], ids[6]]);
    });

    const keysOf = async () =>
      app.sql<{ id: string; date: string; created: string; updated: string; title: string }>(
        `select "id", "date"::text as "date", ${exact('"created_at"')} as "created", ${exact('"updated_at"')} as "updated", lower("title") as "title" from "activity" where "consultation_id" in (?, ?)`,
        consultations,
      );

    it.each([
      ['DATE', 'ASC'],
      ['DATE', 'DESC'],
      ['CREATED', 'ASC'],
      ['CREATED', 'DESC'],
      ['UPDATED', 'ASC'],
      ['UPDATED', 'DESC'],
      ['TITLE', 'ASC'],
      ['TITLE', 'DESC'],
    ] as const)('walks %s %s page by page both ways, ties by id', async (field, direction) => {
      const rows = await keysOf();
      const keys = {
        DATE: (row: (typeof rows)[number]) => [row.date, row.created],
        CREATED: (row: (typeof rows)[number]) => [row.created],
        UPDATED: (row: (typeof rows)[number]) => [row.updated],
        TITLE: (row: (typeof rows)[number]) => [row.title],
      }[field];
      const expected = ordered(rows, keys, direction);
      const filter = { consultationIds: consultations };
      const { forward, backward } = await walk((paging) => activitiesPage({ filter, orderBy: { field, direction }, ...paging }), 2);
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
      expect((await activitiesPage({ filter, orderBy: { field, direction } })).totalCount).toBe(7);
    });

    it('lists the newest first without orderBy (DATE DESC), with the cursors of DATE DESC', async () => {
      const filter = { consultationIds: consultations };
      const rows = await keysOf();
      const byDefault = await activitiesPage({ filter, first: 3 });
      expect(byDefault.nodes.map((node) => node.id)).toEqual(ordered(rows, (row) => [row.date, row.created], 'DESC').slice(0, 3));
      const next = await activitiesPage({ filter, orderBy: { field: 'DATE', direction: 'DESC' }, first: 3, after: byDefault.pageInfo.endCursor });
      expect(next.nodes.map((node) => node.id)).toEqual(ordered(rows, (row) => [row.date, row.created], 'DESC').slice(3, 6));
    });

    it('filters by consultation, methods, phases and an inclusive date range; an empty list or an unknown id matches nothing', async () => {
      const [tem, ym] = consultations;
      const idsOf = async (filter: ActivityFilter) => {
        const page = await activitiesPage({ filter, first: 50 });
        expect(page.totalCount).toBe(page.nodes.length);
        return page.nodes.map((node) => node.id).sort();
      };
      const pick = (...indexes: number[]) => indexes.map((index) => ids[index]).sort();
      expect(await idsOf({ consultationId: tem })).toEqual(pick(0, 1, 2, 6));
      expect(await idsOf({ consultationIds: [ym] })).toEqual(pick(3, 4, 5));
      expect(await idsOf({ consultationId: tem, consultationIds: [tem, ym] })).toEqual(pick(0, 1, 2, 6));
      expect(await idsOf({ consultationIds: [tem, ym], methods: ['WORKSHOP'] })).toEqual(pick(0, 3, 5));
      expect(await idsOf({ consultationIds: [tem, ym], phases: ['DRAFTING', 'INITIATION'] })).toEqual(pick(0, 1, 3, 5, 6));
      expect(await idsOf({ consultationIds: [tem, ym], dateFrom: '2026-03-10', dateTo: '2026-04-01' })).toEqual(pick(0, 1, 2, 4));
      expect(await idsOf({ consultationIds: [tem, ym], dateFrom: '2026-05-20' })).toEqual(pick(5));
      expect(await idsOf({ consultationIds: [tem, ym], dateTo: '2026-01-15' })).toEqual(pick(6));
      expect(await idsOf({ consultationIds: [tem, ym], methods: [] })).toEqual([]);
      expect(await idsOf({ consultationId: '6e0c2d80-0000-4000-8000-000000000000' })).toEqual([]);
      expect(await idsOf({ consultationIds: ['not-an-id'] })).toEqual([]);
      // Every ministry's activities are read by every role.
      expect((await activitiesPage({ filter: { consultationIds: [ym] }, first: 50 }, VIEWER)).totalCount).toBe(3);
    });

    it('refuses dateTo before dateFrom, first with last, and a cursor of another order or list as BAD_USER_INPUT', async () => {
      const backwards = firstError(await app.graphql(ACTIVITIES, { filter: { dateFrom: '2026-03-10', dateTo: '2026-03-09' } }));
      expect(backwards?.extensions.code).toBe('BAD_USER_INPUT');
      expect(backwards?.extensions.fields?.map((field) => field.path)).toEqual([expect.stringContaining('dateTo') as string]);

      const both = firstError(await app.graphql(ACTIVITIES, { first: 1, last: 1 }));
      expect(both?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'last' }] });

      const byTitle = await activitiesPage({ orderBy: { field: 'TITLE', direction: 'ASC' }, first: 1 });
      const otherOrder = firstError(await app.graphql(ACTIVITIES, { first: 1, after: byTitle.pageInfo.endCursor }));
      expect(otherOrder?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'after', message: expect.stringContaining('another order') as string }],
      });

      const otherDirection = firstError(
        await app.graphql(ACTIVITIES, { orderBy: { field: 'TITLE', direction: 'DESC' }, last: 1, before: byTitle.pageInfo.endCursor }),
      );
      expect(otherDirection?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'before' }] });

      const consultationsCursor = (
        await app.ok(
          graphql(`
            query ConnectionsConsultationsCursor {
              consultations(first: 1) {
                pageInfo {
                  endCursor
                }
              }
            }
          `),
        )
      ).consultations.pageInfo.endCursor;
      expect(firstError(await app.graphql(ACTIVITIES, { after: consultationsCursor }))?.extensions.code).toBe('BAD_USER_INPUT');
      expect(firstError(await app.graphql(ACTIVITIES, { after: 'bm90IGEgY3Vyc29y' }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'after', message: 'is not a cursor of this list' }],
      });
    });
  });

  describe('Organisation.engagements and Contact.engagements', () => {
    const ORGANISATION_HISTORY = graphql(`
      query ConnectionsHistory($id: ID!, $orderBy: EngagementOrder, $includeVoided: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
        organisation(id: $id) {
          engagements(orderBy: $orderBy, includeVoided: $includeVoided, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges {
              cursor
            }
            pageInfo {
              ...ConnectionsPageInfo
            }
            nodes {
              id
              kind
              voided
              activity {
                id
                date
              }
            }
          }
        }
      }
    `);
    const CONTACT_HISTORY = graphql(`
      query ConnectionsContactHistory($id: ID!, $orderBy: EngagementOrder, $first: Int, $after: String, $last: Int, $before: String) {
        contact(id: $id) {
          engagements(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges {
              cursor
            }
            pageInfo {
              ...ConnectionsPageInfo
            }
            nodes {
              id
              group {
                id
              }
              contact {
                id
              }
            }
          }
        }
      }
    `);
    let organisation: string;
    let other: string;
    let person: string;
    let voidedId: string;
    let specialRecord: string;
    const historyOf = async (variables: ConnectionsHistoryQueryVariables, as: TokenClaims = ADMIN) =>
      (await app.ok(ORGANISATION_HISTORY, variables, as)).organisation!.engagements;

    beforeAll(async () => {
      organisation = (await createOrganisation(app, { name: 'History Org One' })).id;
      other = (await createOrganisation(app, { name: 'History Org Two' })).id;
      person = (await createContact(app, { firstName: 'Hilda', lastName: 'History' })).id;
      const special = await createGroup(app, { name: 'History special group', specialCategory: true });
      const consultation = await createConsultation(app, { title: 'History' });
      const [january, alsoJanuary, february, december] = [
        await createActivity(app, consultation.id, { date: '2026-01-10' }),
        await createActivity(app, consultation.id, { date: '2026-01-10' }),
        await createActivity(app, consultation.id, { date: '2026-02-01' }),
        await createActivity(app, consultation.id, { date: '2025-12-01' }),
      ];
      // Records of one call share their creation time: their ties go by id.
      await recordEngagements(app, january.id, [
        { kind: 'PARTICIPATED', organisationId: organisation },
        { kind: 'INVITED', organisationId: organisation },
      ]);
      await recordEngagements(app, alsoJanuary.id, [
        { kind: 'SUBMITTED', organisationId: organisation },
        { kind: 'PARTICIPATED', organisationId: organisation, contactId: person },
      ]);
      [{ id: voidedId }] = await recordEngagements(app, february.id, [{ kind: 'DECLINED', organisationId: organisation }]);
      const recorded = await recordEngagements(app, december.id, [
        { kind: 'PARTICIPATED', organisationId: organisation },
        { kind: 'PARTICIPATED', organisationId: other },
        { kind: 'PARTICIPATED', contactId: person, groupId: special.id },
      ]);
      specialRecord = recorded[2].id;
      await recordEngagements(app, january.id, [{ kind: 'PARTICIPATED', organisationId: organisation }]);
      await app.ok(
        graphql(`
          mutation ConnectionsVoid($ids: [ID!]!) {
            voidEngagements(ids: $ids, reason: "Recorded on the wrong organisation") {
              id
            }
          }
        `),
        { ids: [voidedId] },
      );
    });

    const recordsOf = (column: 'organisation_id' | 'contact_id', id: string, includeVoided: boolean) =>
      app.sql<{ id: string; date: string; created: string }>(
        `select e."id", a."date"::text as "date", ${exact('e."created_at"')} as "created"
         from "engagement" e join "activity" a on a."id" = e."activity_id" where e."${column}" = ?${includeVoided ? '' : ' and not e."voided"'}`,
        [id],
      );

    it.each([
      ['ACTIVITY_DATE', 'ASC'],
      ['ACTIVITY_DATE', 'DESC'],
      ['CREATED', 'ASC'],
      ['CREATED', 'DESC'],
    ] as const)("walks an organisation's history by %s %s page by page both ways, ties by id", async (field, direction) => {
      const rows = await recordsOf('organisation_id', organisation, false);
      expect(rows).toHaveLength(6);
      const expected = ordered(rows, field === 'CREATED' ? (row) => [row.created] : (row) => [row.date, row.created], direction);
      const { forward, backward } = await walk((paging) => historyOf({ id: organisation, orderBy: { field, direction }, ...paging }), 2);
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
    });

    it('lists the newest activity first without orderBy, the voided record only with includeVoided', async () => {
      const newestFirst = ordered(await recordsOf('organisation_id', organisation, false), (row) => [row.date, row.created], 'DESC');
      const page = await historyOf({ id: organisation });
      expect(page.nodes.map((node) => node.id)).toEqual(newestFirst);
      expect(page.totalCount).toBe(6);
      expect(page.nodes.some((node) => node.id === voidedId)).toBe(false);

      const withVoided = await historyOf({ id: organisation, includeVoided: true });
      expect(withVoided.totalCount).toBe(7);
      expect(withVoided.nodes.map((node) => node.id)).toEqual(
        ordered(await recordsOf('organisation_id', organisation, true), (row) => [row.date, row.created], 'DESC'),
      );
      expect(withVoided.nodes.find((node) => node.id === voidedId)).toMatchObject({ voided: true, activity: { date: '2026-02-01' } });
      const { forward } = await walk((paging) => historyOf({ id: organisation, includeVoided: true, ...paging }), 3);
      expect(forward).toEqual(withVoided.nodes.map((node) => node.id));
    });

    it('pages each organisation of a list by its own history (one page per parent)', async () => {
      const data = await app.ok(
        graphql(`
          query ConnectionsHistoryPerParent {
            organisations(filter: { search: "History Org" }) {
              nodes {
                id
                engagements(first: 2) {
                  totalCount
                  nodes {
                    id
                  }
                  pageInfo {
                    hasNextPage
                  }
                }
              }
            }
          }
        `),
      );
      const byId = Object.fromEntries(data.organisations.nodes.map((node) => [node.id, node.engagements]));
      const firstTwo = ordered(await recordsOf('organisation_id', organisation, false), (row) => [row.date, row.created], 'DESC').slice(0, 2);
      expect(byId[organisation]).toEqual({ totalCount: 6, nodes: firstTwo.map((id) => ({ id })), pageInfo: { hasNextPage: true } });
      expect(byId[other]).toEqual({
        totalCount: 1,
        nodes: (await recordsOf('organisation_id', other, false)).map(({ id }) => ({ id })),
        pageInfo: { hasNextPage: false },
      });
    });

    it("leaves a contact's records that name a special-category group out for a VIEWER, totalCount included", async () => {
      const read = async (as: TokenClaims) => (await app.ok(CONTACT_HISTORY, { id: person }, as)).contact!.engagements;
      const all = ordered(await recordsOf('contact_id', person, false), (row) => [row.date, row.created], 'DESC');
      const edited = await read(EDITOR);
      expect(edited.totalCount).toBe(2);
      expect(edited.nodes.map((node) => node.id)).toEqual(all);
      expect(edited.nodes.find((node) => node.id === specialRecord)?.contact).toEqual({ id: person });
      const viewed = await read(VIEWER);
      expect(viewed.totalCount).toBe(1);
      expect(viewed.nodes.map((node) => node.id)).toEqual(all.filter((id) => id !== specialRecord));
      const { forward, backward } = await walk(async (paging) => (await app.ok(CONTACT_HISTORY, { id: person, ...paging }, ADMIN)).contact!.engagements, 1);
      expect(forward).toEqual(all);
      expect(backward).toEqual(all);
    });

    it("refuses first with last, and a cursor of another order or of another party's history, as BAD_USER_INPUT", async () => {
      expect(firstError(await app.graphql(ORGANISATION_HISTORY, { id: organisation, first: 2, last: 2 }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'last' }],
      });
      const cursor = (await historyOf({ id: organisation, first: 1 })).pageInfo.endCursor;
      const byCreated = firstError(
        await app.graphql(ORGANISATION_HISTORY, { id: organisation, orderBy: { field: 'CREATED', direction: 'DESC' }, after: cursor }),
      );
      expect(byCreated?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'after', message: expect.stringContaining('another order') as string }],
      });
      const ofContact = firstError(await app.graphql(CONTACT_HISTORY, { id: person, before: cursor, last: 1 }));
      expect(ofContact?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'before' }] });
    });
  });

  describe('StakeholderGroup.organisationMembers and .contactMembers', () => {
    const MEMBERS = graphql(`
      query ConnectionsMembers($id: ID!, $orderBy: GroupMemberOrder, $first: Int, $after: String, $last: Int, $before: String) {
        stakeholderGroup(id: $id) {
          organisations {
            id
          }
          contacts {
            id
          }
          organisationMembers(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges {
              cursor
            }
            pageInfo {
              ...ConnectionsPageInfo
            }
            nodes {
              id
              name
            }
          }
          contactMembers(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges {
              cursor
            }
            pageInfo {
              ...ConnectionsPageInfo
            }
            nodes {
              id
              lastName
            }
          }
        }
      }
    `);
    const ORGANISATION_MEMBERS = graphql(`
      query ConnectionsOrganisationMembers($id: ID!, $orderBy: GroupMemberOrder, $first: Int, $after: String, $last: Int, $before: String) {
        stakeholderGroup(id: $id) {
          organisationMembers(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges {
              cursor
            }
            pageInfo {
              ...ConnectionsPageInfo
            }
            nodes {
              id
            }
          }
        }
      }
    `);
    const CONTACT_MEMBERS = graphql(`
      query ConnectionsContactMembers($id: ID!, $orderBy: GroupMemberOrder, $first: Int, $after: String, $last: Int, $before: String) {
        stakeholderGroup(id: $id) {
          contactMembers(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges {
              cursor
            }
            pageInfo {
              ...ConnectionsPageInfo
            }
            nodes {
              id
            }
          }
        }
      }
    `);
    let group: string;
    let special: string;
    const groupOf = async (variables: ConnectionsMembersQueryVariables, as: TokenClaims = ADMIN) => (await app.ok(MEMBERS, variables, as)).stakeholderGroup!;

    beforeAll(async () => {
      group = (await createGroup(app, { name: 'Members group' })).id;
      special = (await createGroup(app, { name: 'Members special group', specialCategory: true })).id;
      const organisations: string[] = [];
      for (const name of ['kappa', 'Kappa', 'lambda', 'iota', 'mu', 'nu', 'xi']) organisations.push((await createOrganisation(app, { name })).id);
      const contacts: string[] = [];
      for (const [firstName, lastName] of [
        ['anna', 'sigma'],
        ['Anna', 'Sigma'],
        ['bert', 'sigma'],
        ['cecilia', 'rho'],
        ['dan', 'tau'],
        ['eva', 'pi'],
      ])
        contacts.push((await createContact(app, { firstName, lastName })).id);
      await addMembers(app, group, { organisationIds: organisations.slice(0, 6), contactIds: contacts.slice(0, 5) });
      await addMembers(app, special, { organisationIds: organisations.slice(0, 2), contactIds: contacts.slice(0, 3) });
      // Dated memberships with ties; one that ended and one that starts later are not current.
      const since = async (table: string, column: string, id: string, value: string | null, until: string | null = null) =>
        app.sql(`update "${table}" set "since" = ?::date, "until" = ?::date where "group_id" = ? and "${column}" = ?`, [value, until, group, id]);
      await since('group_organisation', 'organisation_id', organisations[0], '2024-05-01');
      await since('group_organisation', 'organisation_id', organisations[1], '2024-05-01');
      await since('group_organisation', 'organisation_id', organisations[2], '2023-01-01');
      await since('group_organisation', 'organisation_id', organisations[4], '2020-01-01', '2021-01-01');
      await since('group_organisation', 'organisation_id', organisations[5], '2999-01-01');
      await since('group_contact', 'contact_id', contacts[0], '2025-01-01');
      await since('group_contact', 'contact_id', contacts[2], '2025-01-01');
      await since('group_contact', 'contact_id', contacts[4], '2020-01-01', '2021-01-01');
    });

    const currentMembers = (table: 'group_organisation' | 'group_contact') =>
      table === 'group_organisation'
        ? app.sql<{ id: string; name: string; since: string }>(
            `select o."id", lower(o."name") as "name", coalesce(m."since", '-infinity'::date)::text as "since" from "group_organisation" m join "organisation" o on o."id" = m."organisation_id"
             where m."group_id" = ? and (m."since" is null or m."since" <= current_date) and (m."until" is null or m."until" > current_date)`,
            [group],
          )
        : app.sql<{ id: string; last: string; first: string; since: string }>(
            `select c."id", lower(c."last_name") as "last", lower(c."first_name") as "first", coalesce(m."since", '-infinity'::date)::text as "since" from "group_contact" m join "contact" c on c."id" = m."contact_id"
             where m."group_id" = ? and (m."since" is null or m."since" <= current_date) and (m."until" is null or m."until" > current_date)`,
            [group],
          );
    /** A membership start as the order compares it: no start before every date. */
    const sinceKey = (since: string) => (since === '-infinity' ? '0000' : since);

    it.each([
      ['NAME', 'ASC'],
      ['NAME', 'DESC'],
      ['SINCE', 'ASC'],
      ['SINCE', 'DESC'],
    ] as const)('walks the current members by %s %s page by page both ways, ties by id', async (field, direction) => {
      const organisations = await currentMembers('group_organisation');
      expect(organisations).toHaveLength(4);
      const expectedOrganisations = ordered(
        organisations as { id: string; name: string; since: string }[],
        (row) => (field === 'NAME' ? [row.name] : [sinceKey(row.since)]),
        direction,
      );
      const walkedOrganisations = await walk(
        async (paging) => (await app.ok(ORGANISATION_MEMBERS, { id: group, orderBy: { field, direction }, ...paging })).stakeholderGroup!.organisationMembers,
        2,
      );
      expect(walkedOrganisations.forward).toEqual(expectedOrganisations);
      expect(walkedOrganisations.backward).toEqual(expectedOrganisations);

      const contacts = (await currentMembers('group_contact')) as { id: string; last: string; first: string; since: string }[];
      expect(contacts).toHaveLength(4);
      const expectedContacts = ordered(contacts, (row) => (field === 'NAME' ? [row.last, row.first] : [sinceKey(row.since)]), direction);
      const walkedContacts = await walk(
        async (paging) => (await app.ok(CONTACT_MEMBERS, { id: group, orderBy: { field, direction }, ...paging })).stakeholderGroup!.contactMembers,
        3,
      );
      expect(walkedContacts.forward).toEqual(expectedContacts);
      expect(walkedContacts.backward).toEqual(expectedContacts);
    });

    it('holds the members of the plain lists, by name without orderBy, with their totals', async () => {
      const read = await groupOf({ id: group });
      expect(read.organisationMembers.totalCount).toBe(4);
      expect(read.organisationMembers.nodes.map((node) => node.id).sort()).toEqual(read.organisations.map((node) => node.id).sort());
      expect(read.organisationMembers.nodes.map((node) => node.id)).toEqual(
        ordered((await currentMembers('group_organisation')) as { id: string; name: string }[], (row) => [row.name], 'ASC'),
      );
      expect(read.contactMembers.totalCount).toBe(4);
      expect(read.contactMembers.nodes.map((node) => node.id).sort()).toEqual(read.contacts.map((node) => node.id).sort());
    });

    it('gives a VIEWER no contact members of a special-category group (totalCount 0), but its organisations', async () => {
      const viewed = await groupOf({ id: special }, VIEWER);
      expect(viewed.contactMembers).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } });
      expect(viewed.organisationMembers.totalCount).toBe(2);
      const edited = await groupOf({ id: special }, EDITOR);
      expect(edited.contactMembers.totalCount).toBe(3);
      expect(edited.contactMembers.nodes).toHaveLength(3);
    });

    it('refuses first with last and a cursor of another order or list as BAD_USER_INPUT', async () => {
      const members = graphql(`
        query ConnectionsMembersCursor($id: ID!, $orderBy: GroupMemberOrder, $first: Int, $after: String, $last: Int, $before: String) {
          stakeholderGroup(id: $id) {
            organisationMembers(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
              nodes {
                id
              }
              pageInfo {
                endCursor
              }
            }
          }
        }
      `);
      expect(firstError(await app.graphql(members, { id: group, first: 1, last: 1 }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'last' }],
      });
      const cursor = (await app.ok(members, { id: group, first: 1 })).stakeholderGroup!.organisationMembers.pageInfo.endCursor;
      expect(firstError(await app.graphql(members, { id: group, orderBy: { field: 'SINCE', direction: 'ASC' }, after: cursor }))?.extensions.code).toBe(
        'BAD_USER_INPUT',
      );
      const contactsCursor = (await groupOf({ id: group, first: 1 })).contactMembers.pageInfo.endCursor;
      expect(firstError(await app.graphql(members, { id: group, after: contactsCursor }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'after', message: expect.stringContaining('another order') as string }],
      });
      const organisationsCursor = (await app.ok(ORGANISATIONS_CURSOR)).organisations.pageInfo.endCursor;
      expect(firstError(await app.graphql(members, { id: group, after: organisationsCursor }))?.extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('duplicateOrganisationsConnection', () => {
    const DUPLICATES = graphql(`
      query ConnectionsDuplicates($first: Int, $after: String, $last: Int, $before: String, $threshold: Float) {
        duplicateOrganisationsConnection(threshold: $threshold, first: $first, after: $after, last: $last, before: $before) {
          edges {
            cursor
          }
          pageInfo {
            ...ConnectionsPageInfo
          }
          nodes {
            organisation {
              id
            }
            duplicate {
              id
            }
            score
            reasons
          }
        }
      }
    `);
    const keyOf = (node: { organisation: { id: string }; duplicate: { id: string } }) => `${node.organisation.id}/${node.duplicate.id}`;

    beforeAll(async () => {
      // Ten organisations of one name: 45 pairs of score 1, so that a small page builds only those (a floor above the threshold).
      for (let index = 0; index < 10; index += 1) await createOrganisation(app, { name: 'Testiliitto ry' });
      for (const name of ['Pohjoisen kalastajat ry', 'Pohjoisen kalastajat rf', 'Etelan metsastajat ry', 'Etelan metsastajat', 'Idan soutajat ry'])
        await createOrganisation(app, { name });
    });

    it.each([1, 4])('walks the pairs %s at a time both ways in the order of duplicateOrganisations, with the same scores and reasons', async (size) => {
      const all = (
        await app.ok(
          graphql(`
            query ConnectionsDuplicatesList {
              duplicateOrganisations(first: 200) {
                organisation {
                  id
                }
                duplicate {
                  id
                }
                score
                reasons
              }
            }
          `),
        )
      ).duplicateOrganisations;
      expect(all.length).toBeGreaterThan(45);
      expect(all.length).toBeLessThan(200);
      const { forward, backward } = await walkBy(async (paging) => (await app.ok(DUPLICATES, paging)).duplicateOrganisationsConnection, size, keyOf);
      expect(forward).toEqual(all.map(keyOf));
      expect(backward).toEqual(all.map(keyOf));
      const firstPage = (await app.ok(DUPLICATES, { first: 50 })).duplicateOrganisationsConnection;
      expect(firstPage.nodes).toEqual(all.slice(0, 50));
    });

    it('keeps the threshold, and refuses first with last and a cursor of another list as BAD_USER_INPUT; ADMIN only', async () => {
      const strict = (await app.ok(DUPLICATES, { threshold: 1, first: 200 })).duplicateOrganisationsConnection;
      expect(strict.nodes.every((node) => node.score === 1)).toBe(true);
      expect(strict.nodes.length).toBeGreaterThanOrEqual(45);
      expect(firstError(await app.graphql(DUPLICATES, { first: 1, last: 1 }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'last' }],
      });
      const organisationsCursor = (await app.ok(ORGANISATIONS_CURSOR)).organisations.pageInfo.endCursor;
      expect(firstError(await app.graphql(DUPLICATES, { after: organisationsCursor }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'after', message: expect.stringContaining('another order') as string }],
      });
      expect(firstError(await app.graphql(DUPLICATES, { first: 1 }, EDITOR))?.extensions.code).toBe('FORBIDDEN');
    });

    it('takes orderBy SIMILARITY DESC (best first, the default and the only direction); ASC is BAD_USER_INPUT at orderBy.direction', async () => {
      const ORDERED = graphql(`
        query ConnectionsDuplicatesOrdered($orderBy: DuplicateCandidateOrder) {
          duplicateOrganisationsConnection(first: 60, orderBy: $orderBy) {
            nodes {
              organisation {
                id
              }
              duplicate {
                id
              }
              score
            }
          }
        }
      `);
      const byDefault = (await app.ok(DUPLICATES, { first: 60 })).duplicateOrganisationsConnection;
      const explicit = (await app.ok(ORDERED, { orderBy: { field: 'SIMILARITY', direction: 'DESC' } })).duplicateOrganisationsConnection;
      expect(explicit.nodes.map(keyOf)).toEqual(byDefault.nodes.map(keyOf));
      const scores = explicit.nodes.map((node) => node.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(firstError(await app.graphql(ORDERED, { orderBy: { field: 'SIMILARITY', direction: 'ASC' } }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'orderBy.direction', message: expect.stringContaining('best first') as string }],
      });
    });
  });

  describe('contactsForRetentionReviewConnection', () => {
    const REVIEW = graphql(`
      query ConnectionsReview($orderBy: RetentionReviewOrder, $first: Int, $after: String, $last: Int, $before: String) {
        contactsForRetentionReviewConnection(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
          edges {
            cursor
          }
          pageInfo {
            ...ConnectionsPageInfo
          }
          nodes {
            contact {
              id
            }
            reasons
          }
        }
      }
    `);
    const keyOf = (node: { contact: { id: string } }) => node.contact.id;
    let listed: string[];

    beforeAll(async () => {
      listed = [];
      // Held on consent given long ago (ties on the names), and in the register long with no engagement.
      for (const [firstName, lastName] of [
        ['ada', 'omega'],
        ['Ada', 'Omega'],
        ['bo', 'omega'],
        ['cy', 'psi'],
      ])
        listed.push((await createContact(app, { firstName, lastName, lawfulBasis: 'CONSENT', consentAt: '2020-01-01T00:00:00.000Z' })).id);
      for (const [firstName, lastName] of [
        ['di', 'chi'],
        ['ed', 'phi'],
        ['fay', 'upsilon'],
      ])
        listed.push((await createContact(app, { firstName, lastName })).id);
      const active = (await createContact(app, { firstName: 'gus', lastName: 'chi' })).id;
      await app.sql(`update "contact" set "created_at" = '2020-02-03T04:05:06.123456Z' where "id" in (?, ?, ?)`, listed.slice(4, 7));
      await app.sql(`update "contact" set "created_at" = '2019-01-01T00:00:00Z' where "id" in (?, ?)`, [listed[0], active]);
      const consultation = await createConsultation(app, { title: 'Retention' });
      const activity = await createActivity(app, consultation.id, { date: new Date().toISOString().slice(0, 10) });
      await recordEngagements(app, activity.id, [{ kind: 'PARTICIPATED', contactId: active }]);
    });

    it.each([
      ['NAME', 'ASC'],
      ['NAME', 'DESC'],
      ['CREATED', 'ASC'],
      ['CREATED', 'DESC'],
    ] as const)('walks the review by %s %s page by page both ways, ties by id', async (field, direction) => {
      const rows = await app.sql<{ id: string; last: string; first: string; created: string }>(
        `select "id", lower("last_name") as "last", lower("first_name") as "first", ${exact('"created_at"')} as "created" from "contact" where "id" in (${listed.map(() => '?').join(', ')})`,
        listed,
      );
      const expected = ordered(rows, field === 'NAME' ? (row) => [row.last, row.first] : (row) => [row.created], direction);
      const { forward, backward } = await walkBy(
        async (paging) => (await app.ok(REVIEW, { orderBy: { field, direction }, ...paging })).contactsForRetentionReviewConnection,
        2,
        keyOf,
      );
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
    });

    it('answers the first page of contactsForRetentionReview by name without orderBy, with the same reasons', async () => {
      const old = (
        await app.ok(
          graphql(`
            query ConnectionsReviewList {
              contactsForRetentionReview(first: 200) {
                contact {
                  id
                }
                reasons
              }
            }
          `),
        )
      ).contactsForRetentionReview;
      expect(old.map(keyOf).sort()).toEqual([...listed].sort());
      const page = (await app.ok(REVIEW, { first: 200 })).contactsForRetentionReviewConnection;
      expect(page.nodes).toEqual(old);
      expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      expect(page.nodes.find((node) => keyOf(node) === listed[0])?.reasons).toEqual([
        'consent given on 2020-01-01, more than 24 months ago',
        'no engagement in 24 months (none at all; in the register since 2019-01-01)',
      ]);
    });

    it('refuses first with last and a cursor of another order as BAD_USER_INPUT; ADMIN only', async () => {
      expect(firstError(await app.graphql(REVIEW, { first: 1, last: 1 }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'last' }] });
      const cursor = (await app.ok(REVIEW, { first: 1 })).contactsForRetentionReviewConnection.pageInfo.endCursor;
      expect(firstError(await app.graphql(REVIEW, { orderBy: { field: 'CREATED', direction: 'ASC' }, after: cursor }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'after', message: expect.stringContaining('another order') as string }],
      });
      expect(firstError(await app.graphql(REVIEW, { first: 1 }, EDITOR))?.extensions.code).toBe('FORBIDDEN');
    });
  });
});
