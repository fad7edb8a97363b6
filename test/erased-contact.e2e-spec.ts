import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation } from './support/engagement-factories.js';
import { databaseFingerprint } from './support/database-inspection.js';

const ERASE = 'mutation ($id: ID!) { eraseContact(id: $id) { id version } }';

interface ChangeCase {
  name: string;
  query: string;
  variables(contact: { id: string; version: number }): Promise<Record<string, unknown>>;
}

/**
 * An erased contact is not edited back to life: every mutation that changes a contact, or names it, is
 * refused with CONFLICT (the reason in the message) and writes nothing.
 */
describe('an erased contact', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const cases: ChangeCase[] = [
    {
      name: 'updateContact (names, email, phone)',
      query: 'mutation ($id: ID!, $version: Int!, $input: UpdateContactInput!) { updateContact(id: $id, version: $version, input: $input) { id } }',
      variables: (contact) =>
        Promise.resolve({
          id: contact.id,
          version: contact.version,
          input: { firstName: 'Ville', lastName: 'Valtonen', email: 'ville.valtonen@example.fi', phone: '+358 50 765 4321' },
        }),
    },
    {
      name: 'updateContact (an affiliation added)',
      query: 'mutation ($id: ID!, $version: Int!, $input: UpdateContactInput!) { updateContact(id: $id, version: $version, input: $input) { id } }',
      variables: async (contact) => {
        const organisation = await createOrganisation(app);
        return { id: contact.id, version: contact.version, input: { affiliations: [{ organisationId: organisation.id, role: 'Chair', since: '2026-01-01' }] } };
      },
    },
    {
      name: 'updateContact (affiliations ended)',
      query: 'mutation ($id: ID!, $version: Int!, $input: UpdateContactInput!) { updateContact(id: $id, version: $version, input: $input) { id } }',
      variables: (contact) => Promise.resolve({ id: contact.id, version: contact.version, input: { affiliations: [] } }),
    },
    {
      name: 'addGroupMembers',
      query: 'mutation ($groupId: ID!, $contactIds: [ID!]) { addGroupMembers(groupId: $groupId, contactIds: $contactIds) { id } }',
      variables: async (contact) => ({ groupId: (await createGroup(app)).id, contactIds: [contact.id] }),
    },
    {
      name: 'removeGroupMembers',
      query: 'mutation ($groupId: ID!, $contactIds: [ID!]) { removeGroupMembers(groupId: $groupId, contactIds: $contactIds) { id } }',
      variables: (contact) => Promise.resolve({ groupId: memberOf, contactIds: [contact.id] }),
    },
    {
      name: 'recordEngagements',
      query: 'mutation ($activityId: ID!, $records: [EngagementRecordInput!]!) { recordEngagements(activityId: $activityId, records: $records) { id } }',
      variables: async (contact) => {
        const activity = await createActivity(app, (await createConsultation(app)).id);
        return { activityId: activity.id, records: [{ kind: 'PARTICIPATED', contactId: contact.id, notes: 'Ville Valtonen came back' }] };
      },
    },
    {
      name: 'setEngagementPreferences',
      query:
        'mutation ($contactId: ID, $preferences: EngagementPreferencesInput) { setEngagementPreferences(contactId: $contactId, preferences: $preferences) { updatedAt } }',
      variables: (contact) =>
        Promise.resolve({ contactId: contact.id, preferences: { accessibilityNeeds: 'Sign-language interpretation for Ville Valtonen' } }),
    },
  ];

  /** The group the erased contact still belongs to (erasure keeps group memberships). */
  let memberOf: string;

  it.each(cases.map((change) => [change.name, change] as const))('refuses %s with CONFLICT and writes nothing', async (_name, change) => {
    const organisation = await createOrganisation(app);
    const contact = await createContact(app, { firstName: 'Ville', lastName: 'Valtonen', affiliations: [{ organisationId: organisation.id }] });
    const group = await createGroup(app);
    await addMembers(app, group.id, { contactIds: [contact.id] });
    memberOf = group.id;
    const erased = (await app.ok<{ eraseContact: { id: string; version: number } }>(ERASE, { id: contact.id })).eraseContact;
    const variables = await change.variables(erased);
    const before = await databaseFingerprint(app);

    const response = await app.graphql(change.query, variables, { roles: ['ADMIN'] });

    expect(response.errors?.map((error) => ({ code: error.extensions.code, message: error.message }))).toEqual([
      { code: 'CONFLICT', message: `Contact ${contact.id} is erased: its personal data are gone and it can no longer be changed` },
    ]);
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('lets the same changes through for a contact that is not erased (the refusal is about erasure)', async () => {
    for (const change of cases) {
      const contact = await createContact(app);
      const group = await createGroup(app);
      await addMembers(app, group.id, { contactIds: [contact.id] });
      memberOf = group.id;
      await app.ok(change.query, await change.variables(contact));
    }
  });
});
