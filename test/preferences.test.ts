import { TestApp } from './support/test-app.js';
import { createContact, createOrganisation, createPolicyArea } from './support/factories.js';

const PREFERENCES_FIELDS = 'methods modes languages policyAreas { id name } accessibilityNeeds maxInvitationsPerQuarter notes updatedAt';
const SET = `mutation ($o: ID, $c: ID, $p: EngagementPreferencesInput) {
  setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) { ${PREFERENCES_FIELDS} }
}`;
const ORGANISATION = `query ($id: ID!) { organisation(id: $id) { id preferences { ${PREFERENCES_FIELDS} } } }`;
const CONTACT = `query ($id: ID!) { contact(id: $id) { id preferences { ${PREFERENCES_FIELDS} } } }`;
const ERASE = 'mutation ($id: ID!) { eraseContact(id: $id) { id erased } }';
const UNKNOWN = '4d7e3a0b-2222-4c1d-8e2f-000000000000';

interface AuditRow {
  action: string;
  changes: { field: string; from: string | null; to: string | null }[];
}

/** Engagement preferences (contract sidos-practice.graphql, "wishes and invitations"), on PostgreSQL. */
describe('engagement preferences', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const set = (variables: Record<string, unknown>, as = {}) => app.graphql(SET, variables, as);
  const errorOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) => response.errors?.[0].extensions;
  const eventsOf = (entityId: string) =>
    app.sql<AuditRow>(`select "action", "changes" from "audit_event" where "entity_type" = 'EngagementPreferences' and "entity_id" = ? order by "id"`, [
      entityId,
    ]);

  it('stores lists in enum order without repeats, policy areas by name, and answers them on the organisation', async () => {
    const organisation = await createOrganisation(app);
    const [zeta, alpha] = [await createPolicyArea(app, { name: 'Zeta työ' }), await createPolicyArea(app, { name: 'alpha talous' })];
    const response = await set({
      o: organisation.id,
      p: {
        methods: ['SURVEY', 'DIALOGUE', 'SURVEY', 'WORKSHOP'],
        modes: ['WRITTEN', 'VIRTUAL'],
        languages: ['EN', 'SV', 'FI'],
        policyAreaIds: [zeta.id, alpha.id, zeta.id],
        accessibilityNeeds: '  Induction loop  ',
        maxInvitationsPerQuarter: 2,
        notes: 'Evenings suit best',
      },
    });
    expect(response.errors).toBeUndefined();
    const expected = {
      methods: ['DIALOGUE', 'WORKSHOP', 'SURVEY'],
      modes: ['VIRTUAL', 'WRITTEN'],
      languages: ['FI', 'SV', 'EN'],
      policyAreas: [
        { id: alpha.id, name: 'alpha talous' },
        { id: zeta.id, name: 'Zeta työ' },
      ],
      accessibilityNeeds: 'Induction loop',
      maxInvitationsPerQuarter: 2,
      notes: 'Evenings suit best',
    };
    expect(response.data!.setEngagementPreferences).toMatchObject(expected);
    expect((await app.ok(ORGANISATION, { id: organisation.id })).organisation.preferences).toMatchObject(expected);
  });

  it('replaces the whole: fields left out are cleared; null clears the preferences and answers null', async () => {
    const organisation = await createOrganisation(app);
    const area = await createPolicyArea(app);
    await set({ o: organisation.id, p: { methods: ['WEBINAR'], policyAreaIds: [area.id], maxInvitationsPerQuarter: 4, notes: 'x' } });
    const replaced = await app.ok(SET, { o: organisation.id, p: { modes: ['HYBRID'] } });
    expect(replaced.setEngagementPreferences).toMatchObject({
      methods: [],
      modes: ['HYBRID'],
      languages: [],
      policyAreas: [],
      accessibilityNeeds: null,
      maxInvitationsPerQuarter: null,
      notes: null,
    });
    expect((await app.ok(SET, { o: organisation.id, p: null })).setEngagementPreferences).toBeNull();
    expect((await app.ok(ORGANISATION, { id: organisation.id })).organisation.preferences).toBeNull();
    expect(await app.sql('select 1 from "engagement_preferences" where "organisation_id" = ?', [organisation.id])).toEqual([]);
    // Clearing what is not there is no change.
    expect((await app.ok(SET, { o: organisation.id })).setEngagementPreferences).toBeNull();
  });

  it('accepts a limit of 1..52 and refuses 0 and 53 at the field, with or without nothing written', async () => {
    const organisation = await createOrganisation(app);
    for (const limit of [1, 52]) {
      expect((await app.ok(SET, { o: organisation.id, p: { maxInvitationsPerQuarter: limit } })).setEngagementPreferences.maxInvitationsPerQuarter).toBe(limit);
    }
    for (const limit of [0, 53]) {
      const response = await set({ o: organisation.id, p: { maxInvitationsPerQuarter: limit } });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
      const paths = (errorOf(response)!.fields as { path: string }[]).map((field) => field.path.replace(/^preferences\./, ''));
      expect(paths).toEqual(['maxInvitationsPerQuarter']);
    }
    expect((await app.ok(ORGANISATION, { id: organisation.id })).organisation.preferences.maxInvitationsPerQuarter).toBe(52);
  });

  it('needs exactly one of organisationId and contactId (BAD_USER_INPUT at organisationId)', async () => {
    const [organisation, contact] = [await createOrganisation(app), await createContact(app)];
    for (const variables of [{ p: { notes: 'x' } }, { o: organisation.id, c: contact.id, p: { notes: 'x' } }]) {
      const response = await set(variables);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'organisationId' }] });
    }
    expect(await app.sql('select 1 from "engagement_preferences" where "organisation_id" = ? or "contact_id" = ?', [organisation.id, contact.id])).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown or malformed organisation or contact', async () => {
    for (const variables of [{ o: UNKNOWN }, { c: UNKNOWN }, { o: 'not-an-id' }, { c: 'x' }]) {
      expect(errorOf(await set({ ...variables, p: { notes: 'x' } }))).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('refuses unknown policy areas at their index', async () => {
    const organisation = await createOrganisation(app);
    const area = await createPolicyArea(app);
    const response = await set({ o: organisation.id, p: { policyAreaIds: [area.id, UNKNOWN, 'bad'] } });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const paths = (errorOf(response)!.fields as { path: string }[]).map((field) => field.path.replace(/^preferences\./, ''));
    expect(paths).toEqual(['policyAreaIds.1', 'policyAreaIds.2']);
    expect(await app.sql('select 1 from "engagement_preferences" where "organisation_id" = ?', [organisation.id])).toEqual([]);
  });

  it('writes CREATE, UPDATE and DELETE audit events with the changed fields', async () => {
    const organisation = await createOrganisation(app);
    await app.ok(SET, { o: organisation.id, p: { methods: ['DIALOGUE'], maxInvitationsPerQuarter: 3 } });
    await app.ok(SET, { o: organisation.id, p: { methods: ['DIALOGUE'], maxInvitationsPerQuarter: 5 } });
    await app.ok(SET, { o: organisation.id, p: null });
    const events = await eventsOf(organisation.id);
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(events[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'methods', from: null, to: '["DIALOGUE"]' },
        { field: 'maxInvitationsPerQuarter', from: null, to: '3' },
      ]),
    );
    expect(events[1].changes).toEqual([{ field: 'maxInvitationsPerQuarter', from: '3', to: '5' }]);
    expect(events[2].changes).toEqual(expect.arrayContaining([{ field: 'maxInvitationsPerQuarter', from: '5', to: null }]));
  });

  it("keeps a contact's preferences apart from an organisation's, and erasing the contact removes them and their audited values", async () => {
    const contact = await createContact(app, { firstName: 'Sanna', lastName: 'Kuurola' });
    await app.ok(SET, { c: contact.id, p: { accessibilityNeeds: 'Sign-language interpretation (FinSL)', notes: 'Hearing impaired', modes: ['VIRTUAL'] } });
    expect((await app.ok(CONTACT, { id: contact.id })).contact.preferences).toMatchObject({ accessibilityNeeds: 'Sign-language interpretation (FinSL)' });

    // The subject access export shows them while the contact is held.
    const exported = JSON.parse((await app.ok('query ($id: ID!) { contactDataExport(id: $id) }', { id: contact.id })).contactDataExport);
    expect(exported.preferences).toMatchObject({ modes: ['VIRTUAL'], accessibilityNeeds: 'Sign-language interpretation (FinSL)', policyAreas: [] });

    await app.ok(ERASE, { id: contact.id });
    expect((await app.ok(CONTACT, { id: contact.id })).contact.preferences).toBeNull();
    expect(await app.sql('select 1 from "engagement_preferences" where "contact_id" = ?', [contact.id])).toEqual([]);
    const events = await eventsOf(contact.id);
    expect(events.length).toBe(1);
    expect(events[0].changes.length).toBeGreaterThan(0);
    for (const change of events[0].changes) expect([change.from, change.to]).toEqual([null, null]);
    expect(await app.sql(`select 1 from "audit_event" where "changes"::text ilike '%FinSL%' or "changes"::text ilike '%Hearing impaired%'`)).toEqual([]);
  });

  it('lets an EDITOR of any ministry set preferences (the shared register) and refuses a VIEWER', async () => {
    const organisation = await createOrganisation(app);
    const editor = await set({ o: organisation.id, p: { notes: 'by YM' } }, { roles: ['EDITOR'], ministry: 'YM' });
    expect(editor.errors).toBeUndefined();
    const viewer = await set({ o: organisation.id, p: { notes: 'by a viewer' } }, { roles: ['VIEWER'] });
    expect(errorOf(viewer)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await app.ok(ORGANISATION, { id: organisation.id })).organisation.preferences.notes).toBe('by YM');
  });
});
