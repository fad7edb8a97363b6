import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';

const DUPLICATES = graphql(`
  query DuplicatesApi($threshold: Float, $first: Int) {
    duplicateOrganisations(threshold: $threshold, first: $first) {
      organisation {
        id
        name
      }
      duplicate {
        id
        name
      }
      score
      reasons
    }
  }
`);

/** duplicateOrganisations through the API: its arguments' bounds and its role (the pairing rules are service tests, duplicates.test.ts). */
describe('duplicate organisations through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a threshold out of 0.4–1 and first out of 0–200', async () => {
    for (const variables of [{ threshold: 0.1 }, { threshold: 1.5 }, { first: 201 }, { first: -1 }]) {
      expect((await app.graphql(DUPLICATES, variables)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is for ADMIN only', async () => {
    for (const roles of [['EDITOR'], ['VIEWER']]) {
      expect((await app.graphql(DUPLICATES, {}, { roles })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});
