import { graphql } from './graphql/generated/index.js';
import type { PreferencesApiSetMutationVariables } from './graphql/generated/graphql.js';
import { TestApp, type TokenClaims } from './support/test-app.js';
import { createOrganisation } from './support/factories.js';

const SET = graphql(`
  mutation PreferencesApiSet($o: ID, $c: ID, $p: EngagementPreferencesInput) {
    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {
      ...PreferencesApiFields
    }
  }
  fragment PreferencesApiFields on EngagementPreferences {
    methods
    modes
    languages
    policyAreas {
      id
      name
    }
    accessibilityNeeds
    maxInvitationsPerQuarter
    notes
    updatedAt
  }
`);
const ORGANISATION = graphql(`
  query PreferencesApiOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      preferences {
        ...PreferencesApiFields
      }
    }
  }
`);

/**
 * Engagement preferences through the API: the bounds of the quarterly limit (argument validation) and who may
 * set them (roles). Their rules are service tests (preferences.test.ts).
 */
describe('engagement preferences through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const set = (variables: PreferencesApiSetMutationVariables, as: TokenClaims = {}) => app.graphql(SET, variables, as);
  const errorOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) => response.errors?.[0].extensions;

  it('accepts a limit of 1..52 and refuses 0 and 53 at the field, with or without nothing written', async () => {
    const organisation = await createOrganisation(app);
    for (const limit of [1, 52]) {
      expect((await app.ok(SET, { o: organisation.id, p: { maxInvitationsPerQuarter: limit } })).setEngagementPreferences?.maxInvitationsPerQuarter).toBe(
        limit,
      );
    }
    for (const limit of [0, 53]) {
      const response = await set({ o: organisation.id, p: { maxInvitationsPerQuarter: limit } });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
      const paths = (errorOf(response)!.fields as { path: string }[]).map((field) => field.path.replace(/^preferences\./, ''));
      expect(paths).toEqual(['maxInvitationsPerQuarter']);
    }
    expect((await app.ok(ORGANISATION, { id: organisation.id })).organisation?.preferences?.maxInvitationsPerQuarter).toBe(52);
  });

  it('lets an EDITOR of any ministry set preferences (the shared register) and refuses a VIEWER', async () => {
    const organisation = await createOrganisation(app);
    const editor = await set({ o: organisation.id, p: { notes: 'by YM' } }, { roles: ['EDITOR'], ministry: 'YM' });
    expect(editor.errors).toBeUndefined();
    const viewer = await set({ o: organisation.id, p: { notes: 'by a viewer' } }, { roles: ['VIEWER'] });
    expect(errorOf(viewer)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await app.ok(ORGANISATION, { id: organisation.id })).organisation?.preferences?.notes).toBe('by YM');
  });
});
