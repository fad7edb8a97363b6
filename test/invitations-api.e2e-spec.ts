import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { createConsultation } from './support/engagement-factories.js';

const SUGGESTIONS = graphql(`
  query InvitationsApiSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {
    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {
      group {
        id
      }
      organisation {
        id
        name
      }
      contact {
        id
      }
      invitationsThisQuarter
      invitationsLast12Months
      overLimit
      matchesPreferences
    }
  }
`);

/** Query.invitationSuggestions through the API: the bound of `first` (argument validation); its rules are service tests (invitations.test.ts). */
describe('invitation suggestions through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const errorOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) => response.errors?.[0].extensions;

  it('refuses `first` over 200', async () => {
    const consultation = await createConsultation(app);
    expect(errorOf(await app.graphql(SUGGESTIONS, { consultationId: consultation.id, first: 201 }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
