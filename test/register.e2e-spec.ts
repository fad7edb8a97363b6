import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { createOrganisation } from './support/factories.js';

describe('register smoke', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('creates and reads an organisation', async () => {
    const created = await createOrganisation(app, { name: '  Testi ry  ', businessId: '0112038-9' });
    expect(created.name).toBe('Testi ry');
    const data = await app.ok(
      graphql(`
        query RegisterSmokeOrganisation($id: ID!) {
          organisation(id: $id) {
            id
            name
            businessId
            groups {
              id
            }
            affiliations {
              role
            }
            policyAreas {
              code
            }
          }
        }
      `),
      { id: created.id },
    );
    expect(data.organisation).toMatchObject({ id: created.id, name: 'Testi ry', businessId: '0112038-9', groups: [] });
  });
});
