import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { observeQueries } from '@sidos/database';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation, createPolicyArea } from './support/factories.js';

const LIST_WITH_RELATIONS = graphql(`
  query StatementCountList($search: String) {
    organisations(first: 50, filter: { search: $search }) {
      totalCount
      nodes {
        id
        name
        policyAreas {
          code
        }
        groups {
          id
          name
          memberCount
          organisations {
            id
          }
        }
        affiliations {
          role
          organisation {
            id
          }
          contact {
            id
            lastName
            groups {
              id
            }
            affiliations {
              role
            }
          }
        }
        mergedInto {
          id
        }
      }
    }
  }
`);

/** Builds `count` organisations named `<marker> n`, each in two groups with two affiliated contacts. */
async function seed(app: TestApp, marker: string, count: number): Promise<{ id: string }[]> {
  const area = await createPolicyArea(app);
  const groups = [await createGroup(app), await createGroup(app)];
  const organisationIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const organisation = await createOrganisation(app, { name: `${marker} ${index}`, policyAreaIds: [area.id] });
    organisationIds.push(organisation.id);
    for (let person = 0; person < 2; person += 1) {
      const contact = await createContact(app, { affiliations: [{ organisationId: organisation.id, role: `Role ${person}` }] });
      await addMembers(app, groups[person].id, { contactIds: [contact.id] });
    }
  }
  for (const group of groups) await addMembers(app, group.id, { organisationIds });
  return groups;
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

const MEMBERSHIPS = graphql(`
  query StatementCountMemberships($id: ID!) {
    stakeholderGroup(id: $id) {
      memberships(includeEnded: true) {
        since
        until
        group {
          id
          name
        }
        organisation {
          id
          name
        }
        contact {
          id
          lastName
        }
      }
    }
  }
`);

describe('no N+1: statements per request do not grow with the page', () => {
  let app: TestApp;
  let smallGroups: { id: string }[];
  let largeGroups: { id: string }[];
  beforeAll(async () => {
    app = await TestApp.start();
    smallGroups = await seed(app, 'Pieni', 3);
    largeGroups = await seed(app, 'Suuri', 50);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lists 50 organisations with groups and affiliations in as many statements as 3', async () => {
    const small = await countStatements(app, LIST_WITH_RELATIONS, { search: 'Pieni' });
    const large = await countStatements(app, LIST_WITH_RELATIONS, { search: 'Suuri' });
    expect(small.data.organisations.nodes).toHaveLength(3);
    expect(large.data.organisations.nodes).toHaveLength(50);
    expect(large.data.organisations.nodes[0].groups).toHaveLength(2);
    expect(large.data.organisations.nodes[0].groups[0].organisations).toHaveLength(50);
    expect(large.data.organisations.nodes[0].affiliations).toHaveLength(2);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(12);
  });

  it('lists 100 membership periods with their groups, organisations and contacts in as many statements as 6', async () => {
    const small = await countStatements(app, MEMBERSHIPS, { id: smallGroups[0].id });
    const large = await countStatements(app, MEMBERSHIPS, { id: largeGroups[0].id });
    expect(small.data.stakeholderGroup?.memberships).toHaveLength(6);
    expect(large.data.stakeholderGroup?.memberships).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(5);
  });
});
