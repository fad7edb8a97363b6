import { observeQueries } from '@sidos/database';
import { TestApp, type UntypedJson } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation, createPolicyArea } from './support/factories.js';
import { createConsultation } from './support/engagement-factories.js';
import { createFacilitator } from './support/facilitation-factories.js';

/**
 * No N+1 in ordered and backward pages: every connection, with an orderBy in each direction and its
 * relations selected, read forward after a cursor, backward from the end and backward before a cursor,
 * runs as many statements for a page of 25 as for a page of 3.
 */

const PAGE = 'first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy';
const VARIABLES = '$first: Int, $after: String, $last: Int, $before: String';

const CASES: { list: string; query: string; orders: { field: string; direction: 'ASC' | 'DESC' }[] }[] = [
  {
    list: 'organisations',
    query: `query (${VARIABLES}, $orderBy: OrganisationOrder) {
      list: organisations(${PAGE}, filter: { municipality: "oulu", languages: [FI, SV] }) {
        totalCount pageInfo { startCursor endCursor }
        nodes { id name policyAreas { code } groups { id memberCount } affiliations { role contact { id groups { id } } } mergedInto { id } }
      }
    }`,
    orders: [
      { field: 'CREATED', direction: 'DESC' },
      { field: 'UPDATED', direction: 'ASC' },
      { field: 'NAME', direction: 'DESC' },
    ],
  },
  {
    list: 'contacts',
    query: `query (${VARIABLES}, $orderBy: ContactOrder) {
      list: contacts(${PAGE}, filter: { lawfulBasis: [PUBLIC_TASK] }) {
        totalCount pageInfo { startCursor endCursor }
        nodes { id lastName groups { id name } affiliations { role organisation { id name } } }
      }
    }`,
    orders: [
      { field: 'NAME', direction: 'DESC' },
      { field: 'CREATED', direction: 'ASC' },
      { field: 'UPDATED', direction: 'DESC' },
    ],
  },
  {
    list: 'stakeholderGroups',
    query: `query (${VARIABLES}, $orderBy: StakeholderGroupOrder) {
      list: stakeholderGroups(${PAGE}) {
        totalCount pageInfo { startCursor endCursor }
        nodes { id name memberCount organisations { id } contacts { id } }
      }
    }`,
    orders: [
      { field: 'UPDATED', direction: 'DESC' },
      { field: 'NAME', direction: 'ASC' },
    ],
  },
  {
    list: 'consultations',
    query: `query (${VARIABLES}, $orderBy: ConsultationOrder) {
      list: consultations(${PAGE}, filter: { phases: [DRAFTING], startsFrom: "2026-01-01", startsTo: "2026-12-31" }) {
        totalCount pageInfo { startCursor endCursor }
        nodes { id title startsOn policyAreas { code } targetGroups { id name } activities { id } }
      }
    }`,
    orders: [
      { field: 'STARTS_ON', direction: 'DESC' },
      { field: 'STARTS_ON', direction: 'ASC' },
      { field: 'CREATED', direction: 'DESC' },
      { field: 'TITLE', direction: 'DESC' },
    ],
  },
  {
    list: 'facilitators',
    query: `query (${VARIABLES}, $orderBy: FacilitatorOrder) {
      list: facilitators(${PAGE}) {
        totalCount pageInfo { startCursor endCursor }
        nodes { id name assignments { role } }
      }
    }`,
    orders: [
      { field: 'CREATED', direction: 'DESC' },
      { field: 'NAME', direction: 'DESC' },
    ],
  },
  {
    list: 'auditEvents',
    query: `query (${VARIABLES}, $orderBy: AuditEventOrder) {
      list: auditEvents(${PAGE}) {
        totalCount pageInfo { startCursor endCursor }
        nodes { id at action entityType changes { field } }
      }
    }`,
    orders: [
      { field: 'AT', direction: 'DESC' },
      { field: 'AT', direction: 'ASC' },
    ],
  },
];

async function countStatements(app: TestApp, query: string, variables: Record<string, unknown>): Promise<{ statements: number; list: UntypedJson }> {
  let statements = 0;
  const stop = observeQueries(() => (statements += 1));
  try {
    const data = await app.ok(query, variables);
    return { statements, list: data.list };
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

  for (const { list, query, orders } of CASES) {
    for (const orderBy of orders) {
      it(`${list} by ${orderBy.field} ${orderBy.direction}: a page of 25 in as many statements as a page of 3, forward and backward`, async () => {
        const first = await app.ok(query, { first: 1, orderBy });
        expect(first.list.totalCount).toBeGreaterThanOrEqual(30);
        const start = first.list.pageInfo.endCursor as string;
        const end = (await app.ok(query, { last: 1, orderBy })).list.pageInfo.startCursor as string;
        for (const variables of [
          (size: number) => ({ first: size, after: start, orderBy }),
          (size: number) => ({ last: size, orderBy }),
          (size: number) => ({ last: size, before: end, orderBy }),
        ]) {
          const small = await countStatements(app, query, variables(3));
          const large = await countStatements(app, query, variables(25));
          expect(small.list.nodes).toHaveLength(3);
          expect(large.list.nodes).toHaveLength(25);
          expect(large.statements).toBe(small.statements);
          expect(large.statements).toBeLessThanOrEqual(12);
        }
      });
    }
  }
});
