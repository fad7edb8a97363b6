import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation, recordEngagements } from './support/engagement-factories.js';

const SET = graphql(`
  mutation PracticeSetPreferences($o: ID, $c: ID, $p: EngagementPreferencesInput) {
    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {
      methods
      maxInvitationsPerQuarter
    }
  }
`);
const SUGGESTIONS = graphql(`
  query PracticeSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {
    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {
      group {
        id
      }
      organisation {
        id
      }
      contact {
        id
      }
      overLimit
    }
  }
`);
const CREATE_THEME = graphql(`
  mutation PracticeCreateTheme($input: CreateInputThemeInput!) {
    createInputTheme(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_THEME = graphql(`
  mutation PracticeUpdateTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {
    updateInputTheme(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);
const READ = graphql(`
  query PracticeRead($o: ID!, $c: ID!, $consultation: ID!) {
    organisation(id: $o) {
      preferences {
        methods
      }
      themesRaised {
        id
      }
    }
    contact(id: $c) {
      preferences {
        modes
      }
      themesRaised(consultationId: $consultation) {
        id
      }
    }
    consultation(id: $consultation) {
      themes {
        id
        raisedBy {
          id
        }
      }
    }
  }
`);
const LETTERS = graphql(`
  query PracticeLetters($id: ID!) {
    feedbackLetters(consultationId: $id) {
      text
    }
  }
`);

type Claims = { roles: string[]; ministry?: string };
const VIEWER: Claims = { roles: ['VIEWER'] };
const TEM_EDITOR: Claims = { roles: ['EDITOR'], ministry: 'TEM' };
const YM_EDITOR: Claims = { roles: ['EDITOR'], ministry: 'YM' };

/** The practice API over HTTP: roles, field paths and error codes (contract sidos-practice.graphql). */
describe('practice API end to end', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const errorOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) => response.errors?.[0].extensions;
  const pathsOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) =>
    ((errorOf(response)?.fields ?? []) as { path: string }[]).map((field) => field.path);

  it('lets a VIEWER read preferences, suggestions and themes, and refuses it every change and the letters', async () => {
    const organisation = await createOrganisation(app);
    const contact = await createContact(app);
    const consultation = await createConsultation(app);
    expect((await app.graphql(READ, { o: organisation.id, c: contact.id, consultation: consultation.id }, VIEWER)).errors).toBeUndefined();
    expect((await app.graphql(SUGGESTIONS, { consultationId: consultation.id }, VIEWER)).errors).toBeUndefined();
    expect(errorOf(await app.graphql(SET, { o: organisation.id, p: { notes: 'x' } }, VIEWER))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await app.graphql(CREATE_THEME, { input: { consultationId: consultation.id, title: 'x' } }, VIEWER))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await app.graphql(LETTERS, { id: consultation.id }, VIEWER))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await app.graphql(SUGGESTIONS, { consultationId: consultation.id }, null))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it("lets an EDITOR of any ministry set preferences, but change themes and read letters of its own ministry's consultations only", async () => {
    const organisation = await createOrganisation(app);
    const consultation = await createConsultation(app);
    expect((await app.graphql(SET, { o: organisation.id, p: { methods: ['DIALOGUE'] } }, YM_EDITOR)).errors).toBeUndefined();
    expect(errorOf(await app.graphql(CREATE_THEME, { input: { consultationId: consultation.id, title: 'x' } }, YM_EDITOR))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const created = await app.graphql(CREATE_THEME, { input: { consultationId: consultation.id, title: 'x' } }, TEM_EDITOR);
    expect(created.errors).toBeUndefined();
    expect(errorOf(await app.graphql(UPDATE_THEME, { id: created.data!.createInputTheme.id, version: 1, input: { title: 'y' } }, YM_EDITOR))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await app.graphql(LETTERS, { id: consultation.id }, TEM_EDITOR)).errors).toBeUndefined();
    expect(errorOf(await app.graphql(LETTERS, { id: consultation.id }, YM_EDITOR))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reports every invalid field of setEngagementPreferences at once, under preferences', async () => {
    const organisation = await createOrganisation(app);
    const response = await app.graphql(SET, { o: organisation.id, p: { maxInvitationsPerQuarter: 0, notes: 'x'.repeat(10_001) } });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
    // The contract allows the paths with or without the "preferences." prefix; Sidos gives it.
    expect(pathsOf(response).sort()).toEqual(['preferences.maxInvitationsPerQuarter', 'preferences.notes']);
    expect(pathsOf(await app.graphql(SET, { p: { notes: 'x' } }))).toEqual(['organisationId']);
    const unknown = await app.graphql(SET, { o: organisation.id, p: { policyAreaIds: ['4d7e3a0b-2222-4c1d-8e2f-000000000000'] } });
    expect(pathsOf(unknown)).toEqual(['preferences.policyAreaIds.0']);
    expect(JSON.stringify(unknown.errors)).not.toMatch(/select|policy_area|sql/i);
  });

  it('reports theme input errors at their fields and a stale version as CONFLICT', async () => {
    const consultation = await createConsultation(app);
    const activity = await createActivity(app, consultation.id);
    const organisation = await createOrganisation(app);
    const [declined] = await recordEngagements(app, activity.id, [{ kind: 'DECLINED', organisationId: organisation.id }]);
    const blank = await app.graphql(CREATE_THEME, { input: { consultationId: consultation.id, title: '   ', raisedByEngagementIds: [declined.id] } });
    expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(pathsOf(blank)).toEqual(['title']);
    const notHeard = await app.graphql(CREATE_THEME, { input: { consultationId: consultation.id, title: 'T', raisedByEngagementIds: [declined.id] } });
    expect(pathsOf(notHeard)).toEqual(['raisedByEngagementIds.0']);
    const theme = (await app.ok(CREATE_THEME, { input: { consultationId: consultation.id, title: 'T' } })).createInputTheme;
    await app.ok(UPDATE_THEME, { id: theme.id, version: 1, input: { response: 'ADOPTED' } });
    expect(errorOf(await app.graphql(UPDATE_THEME, { id: theme.id, version: 1, input: { response: 'NOT_ADOPTED' } }))).toMatchObject({ code: 'CONFLICT' });
    expect(pathsOf(await app.graphql(UPDATE_THEME, { id: theme.id, version: 2, input: { title: null } }))).toEqual(['title']);
  });

  it('answers invitationSuggestions errors: NOT_FOUND consultation, BAD_USER_INPUT at activityId and at first', async () => {
    const group = await createGroup(app);
    const organisation = await createOrganisation(app);
    await addMembers(app, group.id, { organisationIds: [organisation.id] });
    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    const other = await createActivity(app, (await createConsultation(app)).id);
    expect(errorOf(await app.graphql(SUGGESTIONS, { consultationId: '4d7e3a0b-2222-4c1d-8e2f-000000000000' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(pathsOf(await app.graphql(SUGGESTIONS, { consultationId: consultation.id, activityId: other.id }))).toEqual(['activityId']);
    expect(pathsOf(await app.graphql(SUGGESTIONS, { consultationId: consultation.id, first: -1 }))).toEqual(['first']);
    const answer = (await app.ok(SUGGESTIONS, { consultationId: consultation.id }, VIEWER)).invitationSuggestions;
    expect(answer).toContainEqual({ group: { id: group.id }, organisation: { id: organisation.id }, contact: null, overLimit: false });
  });
});
