import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { observeQueries } from '@sidos/database';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation, createPolicyArea } from './support/factories.js';
import { createConsultation } from './support/engagement-factories.js';
import { createFacilitator } from './support/facilitation-factories.js';

/**
 * No N+1 in ordered and backward pages: every connection, with an orderBy in each direction and its
 * relations selected, read forward after a cursor, backward from the end and backward before a cursor,
 * runs as many statements for a page of 25 as for a page of 3.
 */

/** What every case's document asks of its list (aliased `list`), and the paging and order it takes. */
interface ListPage {
  list: { totalCount: number; pageInfo: { startCursor: string | null; endCursor: string | null }; nodes: unknown[] };
}
interface PageVariables<Order> {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  orderBy?: Order | null;
}
/** An order of a list: its field, and the direction (each list's default where left out). */
type ListOrder = { field: string; direction?: 'ASC' | 'DESC' | null };
interface Case {
  list: string;
  orders: ListOrder[];
  /** A page of the list in its `order`th order. */
  page: (app: TestApp, order: number, paging: PageVariables<never>) => Promise<ListPage['list']>;
}

/** A case: the list's document, typed by codegen, and the orders to read it in (of the document's order type). */
function listCase<Order extends ListOrder>(list: string, document: TypedDocumentNode<ListPage, PageVariables<Order>>, orders: NoInfer<Order>[]): Case {
  return { list, orders, page: async (app, order, paging) => (await app.ok(document, { ...paging, orderBy: orders[order] })).list };
}

const CASES: Case[] = [
  listCase(
    'organisations',
    graphql(`
      query ListOrderStatementsOrganisations($first: Int, $after: String, $last: Int, $before: String, $orderBy: OrganisationOrder) {
        list: organisations(
          first: $first
          after: $after
          last: $last
          before: $before
          orderBy: $orderBy
          filter: { municipality: "oulu", languages: [FI, SV] }
        ) {
          totalCount
          pageInfo {
            startCursor
            endCursor
          }
          nodes {
            id
            name
            policyAreas {
              code
            }
            groups {
              id
              memberCount
            }
            affiliations {
              role
              contact {
                id
                groups {
                  id
                }
              }
            }
            mergedInto {
              id
            }
          }
        }
      }
    `),
    [
      { field: 'CREATED', direction: 'DESC' },
      { field: 'UPDATED', direction: 'ASC' },
      { field: 'NAME', direction: 'DESC' },
    ],
  ),
  listCase(
    'contacts',
    graphql(`
      query ListOrderStatementsContacts($first: Int, $after: String, $last: Int, $before: String, $orderBy: ContactOrder) {
        list: contacts(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: { lawfulBasis: [PUBLIC_TASK] }) {
          totalCount
          pageInfo {
            startCursor
            endCursor
          }
          nodes {
            id
            lastName
            groups {
              id
              name
            }
            affiliations {
              role
              organisation {
                id
                name
              }
            }
          }
        }
      }
    `),
    [
      { field: 'NAME', direction: 'DESC' },
      { field: 'CREATED', direction: 'ASC' },
      { field: 'UPDATED', direction: 'DESC' },
    ],
  ),
  listCase(
    'stakeholderGroups',
    graphql(`
      query ListOrderStatementsGroups($first: Int, $after: String, $last: Int, $before: String, $orderBy: StakeholderGroupOrder) {
        list: stakeholderGroups(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
          totalCount
          pageInfo {
            startCursor
            endCursor
          }
          nodes {
            id
            name
            memberCount
            organisations {
              id
            }
            contacts {
              id
            }
          }
        }
      }
    `),
    [
      { field: 'UPDATED', direction: 'DESC' },
      { field: 'NAME', direction: 'ASC' },
    ],
  ),
  listCase(
    'consultations',
    graphql(`
      query ListOrderStatementsConsultations($first: Int, $after: String, $last: Int, $before: String, $orderBy: ConsultationOrder) {
        list: consultations(
          first: $first
          after: $after
          last: $last
          before: $before
          orderBy: $orderBy
          filter: { phases: [DRAFTING], startsFrom: "2026-01-01", startsTo: "2026-12-31" }
        ) {
          totalCount
          pageInfo {
            startCursor
            endCursor
          }
          nodes {
            id
            title
            startsOn
            policyAreas {
              code
            }
            targetGroups {
              id
              name
            }
            activities {
              id
            }
          }
        }
      }
    `),
    [
      { field: 'STARTS_ON', direction: 'DESC' },
      { field: 'STARTS_ON', direction: 'ASC' },
      { field: 'CREATED', direction: 'DESC' },
      { field: 'TITLE', direction: 'DESC' },
    ],
  ),
  listCase(
    'facilitators',
    graphql(`
      query ListOrderStatementsFacilitators($first: Int, $after: String, $last: Int, $before: String, $orderBy: FacilitatorOrder) {
        list: facilitators(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
          totalCount
          pageInfo {
            startCursor
            endCursor
          }
          nodes {
            id
            name
            assignments {
              role
            }
          }
        }
      }
    `),
    [
      { field: 'CREATED', direction: 'DESC' },
      { field: 'NAME', direction: 'DESC' },
    ],
  ),
  listCase(
    'auditEvents',
    graphql(`
      query ListOrderStatementsAuditEvents($first: Int, $after: String, $last: Int, $before: String, $orderBy: AuditEventOrder) {
        list: auditEvents(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
          totalCount
          pageInfo {
            startCursor
            endCursor
          }
          nodes {
            id
            at
            action
            entityType
            changes {
              field
            }
          }
        }
      }
    `),
    [
      { field: 'AT', direction: 'DESC' },
      { field: 'AT', direction: 'ASC' },
    ],
  ),
];

/** The statements that reading one page runs, and the page. */
async function countStatements(read: () => Promise<ListPage['list']>): Promise<{ statements: number; list: ListPage['list'] }> {
  let statements = 0;
  const stop = observeQueries(() => (statements += 1));
  try {
    const list = await read();
    return { statements, list };
  } finally {
    stop();
  }
}

describe('ordered and backward pages: statements do not grow with the page', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
    const area = await createPolicyArea(app);
    const groups = [await createGroup(app), await createGroup(app)];
    const organisationIds: string[] = [];
    const contactIds: string[] = [];
    for (let index = 0; index < 30; index += 1) {
      const organisation = await createOrganisation(app, { name: `Järjestö ${index % 7}`, municipality: 'Oulu', languages: ['FI'], policyAreaIds: [area.id] });
      organisationIds.push(organisation.id);
      const contact = await createContact(app, { lastName: `Sukunimi ${index % 5}`, affiliations: [{ organisationId: organisation.id, role: 'Jäsen' }] });
      contactIds.push(contact.id);
      await createConsultation(app, {
        title: `Hanke ${index % 4}`,
        startsOn: `2026-0${1 + (index % 9)}-15`,
        currentPhase: 'DRAFTING',
        policyAreaIds: [area.id],
        targetGroupIds: [groups[0].id],
      });
      await createFacilitator(app, { name: `Vetäjä ${index % 6}` });
    }
    for (let index = 0; index < 30; index += 1) await createGroup(app, { name: `Ryhmä ${index % 3}` });
    for (const group of groups) await addMembers(app, group.id, { organisationIds, contactIds });
    // Spread the times so that each order has ties and distinct values.
    for (const table of ['organisation', 'contact', 'consultation', 'stakeholder_group', 'facilitator']) {
      await app.sql(
        `update "${table}" set "created_at" = '2026-01-01'::timestamptz + (abs(hashtext("id"::text)) % 10) * interval '1 second',
                               "updated_at" = '2026-02-01'::timestamptz + (abs(hashtext("id"::text)) % 4) * interval '1 microsecond'`,
      );
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  for (const { list, orders, page } of CASES) {
    orders.forEach((orderBy, order) => {
      it(`${list} by ${orderBy.field} ${orderBy.direction}: a page of 25 in as many statements as a page of 3, forward and backward`, async () => {
        const first = await page(app, order, { first: 1 });
        expect(first.totalCount).toBeGreaterThanOrEqual(30);
        const start = first.pageInfo.endCursor;
        const end = (await page(app, order, { last: 1 })).pageInfo.startCursor;
        for (const paging of [
          (size: number) => ({ first: size, after: start }),
          (size: number) => ({ last: size }),
          (size: number) => ({ last: size, before: end }),
        ]) {
          const small = await countStatements(() => page(app, order, paging(3)));
          const large = await countStatements(() => page(app, order, paging(25)));
          expect(small.list.nodes).toHaveLength(3);
          expect(large.list.nodes).toHaveLength(25);
          expect(large.statements).toBe(small.statements);
          expect(large.statements).toBeLessThanOrEqual(12);
        }
      });
    });
  }
});
