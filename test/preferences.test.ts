import { type EngagementPreferencesRecord } from '@sidos/practice';
import { ContactDataExportService, ContactPrivacyService } from '@sidos/upkeep';
import { PracticeLoaders } from '../libs/practice/src/loaders/practice.loaders.js';
import { TestServices } from './support/test-services.js';
import { createContact, createOrganisation, createPolicyArea, setPreferences, viewer } from './support/service-factories.js';
const UNKNOWN = '4d7e3a0b-2222-4c1d-8e2f-000000000000';

interface AuditRow {
  action: string;
  changes: { field: string; from: string | null; to: string | null }[];
}

/**
 * Engagement preferences (contract sidos-practice.graphql, "wishes and invitations"), on PostgreSQL (service
 * tier; preferences-api.e2e-spec.ts has the limit's bounds and the roles).
 */
describe('engagement preferences', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** setEngagementPreferences as the API answers it: the preferences with their policy areas (by name), or null. */
  const view = async (preferences: EngagementPreferencesRecord | null) =>
    preferences && {
      methods: preferences.methods,
      modes: preferences.modes,
      languages: preferences.languages,
      policyAreas: (await app.load(PracticeLoaders, (loaders, request) => loaders.policyAreasOfPreferences(request), preferences.id)).map((area) => ({
        id: area.id,
        name: area.name,
      })),
      accessibilityNeeds: preferences.accessibilityNeeds,
      maxInvitationsPerQuarter: preferences.maxInvitationsPerQuarter,
      notes: preferences.notes,
      updatedAt: preferences.updatedAt,
    };
  /** Sets them: `o` an organisation, `c` a contact, `p` the preferences (as the mutation's variables name them). */
  const set = async ({ o, c, p }: { o?: string; c?: string; p?: Record<string, unknown> | null }) =>
    view(await setPreferences(app, { organisationId: o, contactId: c }, p));
  const organisationPreferences = async (id: string) =>
    view(await app.load(PracticeLoaders, (loaders, request) => loaders.preferencesOfOrganisation(request), id));
  const contactPreferences = async (id: string) => view(await app.load(PracticeLoaders, (loaders, request) => loaders.preferencesOfContact(request), id));
  /** The error a call fails with (the test fails if it succeeds). */
  const errorOf = async (call: Promise<unknown>): Promise<{ code: string; fields?: { path: string; message: string }[] }> => {
    try {
      await call;
    } catch (error) {
      return error as { code: string; fields?: { path: string; message: string }[] };
    }
    throw new Error('expected the call to fail');
  };
  const eventsOf = (entityId: string) =>
    app.sql<AuditRow>(`select "action", "changes" from "audit_event" where "entity_type" = 'EngagementPreferences' and "entity_id" = ? order by "id"`, [
      entityId,
    ]);

  it('stores lists in enum order without repeats, policy areas by name, and answers them on the organisation', async () => {
    const organisation = await createOrganisation(app);
    const [zeta, alpha] = [await createPolicyArea(app, { name: 'Zeta työ' }), await createPolicyArea(app, { name: 'alpha talous' })];
    const answer = await set({
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
    expect(answer).toMatchObject(expected);
    expect(await organisationPreferences(organisation.id)).toMatchObject(expected);
  });

  it('replaces the whole: fields left out are cleared; null clears the preferences and answers null', async () => {
    const organisation = await createOrganisation(app);
    const area = await createPolicyArea(app);
    await set({ o: organisation.id, p: { methods: ['WEBINAR'], policyAreaIds: [area.id], maxInvitationsPerQuarter: 4, notes: 'x' } });
    const replaced = await set({ o: organisation.id, p: { modes: ['HYBRID'] } });
    expect(replaced).toMatchObject({
      methods: [],
      modes: ['HYBRID'],
      languages: [],
      policyAreas: [],
      accessibilityNeeds: null,
      maxInvitationsPerQuarter: null,
      notes: null,
    });
    expect(await set({ o: organisation.id, p: null })).toBeNull();
    expect(await organisationPreferences(organisation.id)).toBeNull();
    expect(await app.sql('select 1 from "engagement_preferences" where "organisation_id" = ?', [organisation.id])).toEqual([]);
    // Clearing what is not there is no change.
    expect(await set({ o: organisation.id })).toBeNull();
  });

  it('needs exactly one of organisationId and contactId (BAD_USER_INPUT at organisationId)', async () => {
    const [organisation, contact] = [await createOrganisation(app), await createContact(app)];
    for (const variables of [{ p: { notes: 'x' } }, { o: organisation.id, c: contact.id, p: { notes: 'x' } }]) {
      expect(await errorOf(set(variables))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'organisationId' }] });
    }
    expect(await app.sql('select 1 from "engagement_preferences" where "organisation_id" = ? or "contact_id" = ?', [organisation.id, contact.id])).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown or malformed organisation or contact', async () => {
    for (const variables of [{ o: UNKNOWN }, { c: UNKNOWN }, { o: 'not-an-id' }, { c: 'x' }]) {
      expect(await errorOf(set({ ...variables, p: { notes: 'x' } }))).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('refuses unknown policy areas at their index', async () => {
    const organisation = await createOrganisation(app);
    const area = await createPolicyArea(app);
    const refused = await errorOf(set({ o: organisation.id, p: { policyAreaIds: [area.id, UNKNOWN, 'bad'] } }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT' });
    const paths = refused.fields!.map((field) => field.path.replace(/^preferences\./, ''));
    expect(paths).toEqual(['policyAreaIds.1', 'policyAreaIds.2']);
    expect(await app.sql('select 1 from "engagement_preferences" where "organisation_id" = ?', [organisation.id])).toEqual([]);
  });

  it('writes CREATE, UPDATE and DELETE audit events with the changed fields', async () => {
    const organisation = await createOrganisation(app);
    await set({ o: organisation.id, p: { methods: ['DIALOGUE'], maxInvitationsPerQuarter: 3 } });
    await set({ o: organisation.id, p: { methods: ['DIALOGUE'], maxInvitationsPerQuarter: 5 } });
    await set({ o: organisation.id, p: null });
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
    await set({ c: contact.id, p: { accessibilityNeeds: 'Sign-language interpretation (FinSL)', notes: 'Hearing impaired', modes: ['VIRTUAL'] } });
    expect(await contactPreferences(contact.id)).toMatchObject({ accessibilityNeeds: 'Sign-language interpretation (FinSL)' });

    // The subject access export shows them while the contact is held.
    const exported = JSON.parse(await app.run(() => app.get(ContactDataExportService).export(contact.id)));
    expect(exported.preferences).toMatchObject({ modes: ['VIRTUAL'], accessibilityNeeds: 'Sign-language interpretation (FinSL)', policyAreas: [] });

    await app.mutate(() => app.get(ContactPrivacyService).erase(viewer(), contact.id));
    expect(await contactPreferences(contact.id)).toBeNull();
    expect(await app.sql('select 1 from "engagement_preferences" where "contact_id" = ?', [contact.id])).toEqual([]);
    const events = await eventsOf(contact.id);
    expect(events.length).toBe(1);
    expect(events[0].changes.length).toBeGreaterThan(0);
    for (const change of events[0].changes) expect([change.from, change.to]).toEqual([null, null]);
    expect(await app.sql(`select 1 from "audit_event" where "changes"::text ilike '%FinSL%' or "changes"::text ilike '%Hearing impaired%'`)).toEqual([]);
  });
});
