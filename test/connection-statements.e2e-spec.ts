import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { observeQueries } from '@sidos/database';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation, recordEngagements } from './support/engagement-factories.js';

/*
 * No N+1 in the connections of issue 13, item 2: a connection field asked on every item of a list
 * (each organisation's engagements, each group's members) costs the same statements for 3 parents as for
 * 25, and the activities list with its relations the same for 3 activities as for 25. Statements are
 * counted as test/statement-count.e2e-spec.ts counts them (the ORM's query observer).
 */

const ORGANISATIONS_WITH_HISTORY = graphql(`
  query ConnectionStatementsOrganisations($search: String) {
    organisations(first: 50, filter: { search: $search }) {
      totalCount
      nodes {
        id
        engagements(first: 3) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            kind
            activity {
              id
              date
            }
            contact {
              id
            }
          }
        }
        byCreated: engagements(first: 2, orderBy: { field: CREATED, direction: ASC }, includeVoided: true) {
          totalCount
          nodes {
            id
          }
        }
      }
    }
  }
`);

const CONTACTS_WITH_HISTORY = graphql(`
  query ConnectionStatementsContacts($search: String) {
    contacts(first: 50, filter: { search: $search }) {
      nodes {
        id
        engagements(last: 2) {
          totalCount
          nodes {
            id
            organisation {
              id
            }
          }
        }
      }
    }
  }
`);

const GROUPS_WITH_MEMBERS = graphql(`
  query ConnectionStatementsGroups($search: String) {
    stakeholderGroups(first: 50, filter: { search: $search }) {
      nodes {
        id
        organisationMembers(first: 2) {
          totalCount
          nodes {
            id
            name
          }
          pageInfo {
            hasNextPage
          }
        }
        contactMembers(first: 2, orderBy: { field: SINCE, direction: DESC }) {
          totalCount
          nodes {
            id
            lastName
          }
        }
      }
    }
  }
`);

const ACTIVITIES_WITH_RELATIONS = graphql(`
  query ConnectionStatementsActivities($consultationId: ID!) {
    activities(first: 50, filter: { consultationId: $consultationId }) {
      totalCount
      nodes {
        id
        date
        consultation {
          id
          title
        }
        engagements {
          id
          organisation {
            id
            name
          }
          contact {
            id
          }
        }
      }
    }
  }
`);

interface Seeded {
  consultationId: string;
}

/**
 * `count` organisations named `<marker> n`, each with a contact acting for it, both in a group of their
 * own with another organisation and contact; every organisation engaged in three activities, its contact in one.
 */
async function seed(app: TestApp, marker: string, count: number): Promise<Seeded> {
  const consultation = await createConsultation(app, { title: `${marker} consultation` });
  const activities: string[] = [];
  for (let index = 0; index < count; index += 1) activities.push((await createActivity(app, consultation.id, { date: `2026-0${1 + (index % 9)}-15` })).id);
  const shared = await createOrganisation(app, { name: `Yhteinen jasen ${count}` });
  for (let index = 0; index < count; index += 1) {
    const organisation = await createOrganisation(app, { name: `${marker} ${index}` });
    const contact = await createContact(app, { firstName: 'Member', lastName: `${marker} ${index}` });
    const group = await createGroup(app, { name: `${marker} group ${index}` });
    await addMembers(app, group.id, { organisationIds: [organisation.id, shared.id], contactIds: [contact.id] });
    await recordEngagements(app, activities[index], [
      { kind: 'PARTICIPATED', organisationId: organisation.id, contactId: contact.id },
      { kind: 'INVITED', organisationId: organisation.id },
    ]);
    await recordEngagements(app, activities[(index + 1) % count], [{ kind: 'SUBMITTED', organisationId: organisation.id }]);
  }
  return { consultationId: consultation.id };
}

async function countStatements<Result, Variables>(
  app: TestApp,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<{ statements: number; data: Result }> {
  const statements: string[] = [];
  const stop = observeQueries((sql) => statements.push(sql));
  try {
    const data = await app.ok(document, variables);
    return { statements: statements.length, data };
  } finally {
    stop();
  }
}

describe('no N+1 in connection fields: statements per request do not grow with the parents', () => {
  let app: TestApp;
  let small: Seeded;
  let large: Seeded;
  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
    small = await seed(app, 'Pienet', 3);
    large = await seed(app, 'Suuret', 25);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("pages 25 organisations' engagement histories (two pages each) in as many statements as 3", async () => {
    const few = await countStatements(app, ORGANISATIONS_WITH_HISTORY, { search: 'Pienet' });
    const many = await countStatements(app, ORGANISATIONS_WITH_HISTORY, { search: 'Suuret' });
    expect(few.data.organisations.totalCount).toBe(3);
    expect(many.data.organisations.totalCount).toBe(25);
    for (const node of many.data.organisations.nodes) {
      expect(node.engagements.totalCount).toBe(3);
      expect(node.engagements.nodes).toHaveLength(3);
      expect(node.byCreated.nodes).toHaveLength(2);
    }
    expect(many.statements).toBe(few.statements);
    // The list and its total, each history page (one statement per field across all organisations), their activities and contacts.
    expect(many.statements).toBeLessThanOrEqual(6);
  });

  it("pages 25 contacts' engagement histories in as many statements as 3", async () => {
    const few = await countStatements(app, CONTACTS_WITH_HISTORY, { search: 'Pienet' });
    const many = await countStatements(app, CONTACTS_WITH_HISTORY, { search: 'Suuret' });
    expect(few.data.contacts.nodes).toHaveLength(3);
    expect(many.data.contacts.nodes).toHaveLength(25);
    expect(many.data.contacts.nodes[0].engagements.totalCount).toBe(1);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(4);
  });

  it("pages 25 groups' organisation and contact members in as many statements as 3", async () => {
    const few = await countStatements(app, GROUPS_WITH_MEMBERS, { search: 'Pienet group' });
    const many = await countStatements(app, GROUPS_WITH_MEMBERS, { search: 'Suuret group' });
    expect(few.data.stakeholderGroups.nodes).toHaveLength(3);
    expect(many.data.stakeholderGroups.nodes).toHaveLength(25);
    for (const node of many.data.stakeholderGroups.nodes) {
      expect(node.organisationMembers.totalCount).toBe(2);
      expect(node.contactMembers.totalCount).toBe(1);
    }
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(4);
  });

  it('lists 25 activities with their consultation and engagements in as many statements as 3', async () => {
    const few = await countStatements(app, ACTIVITIES_WITH_RELATIONS, { consultationId: small.consultationId });
    const many = await countStatements(app, ACTIVITIES_WITH_RELATIONS, { consultationId: large.consultationId });
    expect(few.data.activities.totalCount).toBe(3);
    expect(many.data.activities.totalCount).toBe(25);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(6);
  });
});
