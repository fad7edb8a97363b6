import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { createGroup } from './support/factories.js';
import { createConsultation } from './support/engagement-factories.js';

const COVERAGE = graphql(`
  query CoverageApiCoverage($id: ID!) {
    consultationCoverage(consultationId: $id) {
      consultation {
        id
        title
      }
      groups {
        group {
          id
          name
          hardToReach
        }
        targeted
        invited
        heard
        reached
        phasesHeard
        firstHeardOn
      }
      coverageRatio
      earlyReachRatio
      gaps {
        id
        name
      }
    }
  }
`);

const UNHEARD = graphql(`
  query CoverageApiUnheard($window: CoverageWindow!) {
    unheardGroups(window: $window) {
      id
      name
      hardToReach
    }
  }
`);

/**
 * The coverage questions through the API: who may ask them, how an invalid window and an unknown
 * consultation are answered. The coverage rules themselves are service tests (coverage.test.ts).
 */
describe('coverage through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers NOT_FOUND without data for an unknown or malformed consultationId', async () => {
    for (const id of ['5d3c2b1a-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await app.graphql(COVERAGE, { id });
      expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(response.data).toBeNull();
    }
  });

  it('lets every ministry read coverage (VIEWER of another ministry)', async () => {
    const group = await createGroup(app);
    const consultation = await createConsultation(app, { ministry: 'YM', targetGroupIds: [group.id] });
    const data = await app.ok(COVERAGE, { id: consultation.id }, { roles: ['VIEWER'], ministry: 'STM' });
    expect(data.consultationCoverage.groups[0].group.id).toBe(group.id);
  });

  it('refuses a window that ends before it starts', async () => {
    const response = await app.graphql(UNHEARD, { window: { from: '2026-05-01', to: '2026-04-30' } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'window.to', message: 'must not be before from' }] });
  });
});
