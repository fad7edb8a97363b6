import { ListBounds } from '@sidos/common';
import { RegisterListBoundRepository } from '@sidos/register';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { buildNestedRegister, NESTED_GROUPS_QUERY } from './support/nested-register.js';

/** Issue 12, 1: plain lists without `first` are costed by what the data holds, not by a guess of 10. */
describe('cost of nested plain lists over a register that fills them', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await buildNestedRegister((document, variables) => app.ok(document, variables));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('reads the sizes of the plain lists from the data for the cost estimate', async () => {
    const bounds = await app.get(RegisterListBoundRepository).listBounds();
    expect(bounds).toMatchObject({
      'StakeholderGroup.organisations': 100,
      'StakeholderGroup.memberships': 100,
      'StakeholderGroup.contacts': 0,
      'Organisation.groups': 10,
      'Query.unheardGroups': 10,
    });
  });

  it("stops the review's query (100 organisations in 10 groups, a million objects), and refuses it by cost once the sizes are read", async () => {
    // This instance read the list sizes on an empty register: the estimate passes the query, and the
    // response budget stops the answer during execution.
    const stopped = await app.graphql(NESTED_GROUPS_QUERY, {}, { roles: ['VIEWER'] });
    expect(stopped.status).toBe(400);
    expect(stopped.data).toBeUndefined();
    expect(stopped.errors).toHaveLength(1);
    expect(stopped.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'objects', max: 50_000 } });

    // The sizes as the next periodic read (or a restart) finds them: the query is refused before execution.
    await app.get(ListBounds).load();
    const refused = await app.graphql(NESTED_GROUPS_QUERY, {}, { roles: ['VIEWER'] });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 50_000 } });
    // 10 groups × 100 organisations × 10 groups × 100 organisations.
    expect((refused.errors![0].extensions as unknown as { limit: { actual: number } }).limit.actual).toBeGreaterThan(1_000_000);
  });

  it('serves the same lists when the data they hold fits the limit', async () => {
    const data = await app.ok(
      graphql(`
        query BoundedWorkGroupNames {
          stakeholderGroups(first: 10) {
            nodes {
              organisations {
                groups {
                  name
                }
              }
            }
          }
        }
      `),
      {},
      { roles: ['VIEWER'] },
    );
    expect(data.stakeholderGroups.nodes).toHaveLength(10);
    for (const group of data.stakeholderGroups.nodes) {
      expect(group.organisations).toHaveLength(100);
      for (const organisation of group.organisations) expect(organisation.groups).toHaveLength(10);
    }
  });
});
