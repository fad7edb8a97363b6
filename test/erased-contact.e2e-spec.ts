import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './graphql/generated/index.js';
import { type GraphQLResponse, TestApp, type TokenClaims } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation } from './support/engagement-factories.js';
import { databaseFingerprint } from './support/database-inspection.js';

const ERASE = graphql(`
  mutation ErasedContactErase($id: ID!) {
    eraseContact(id: $id) {
      id
      version
    }
  }
`);
const UPDATE_CONTACT = graphql(`
  mutation ErasedContactUpdate($id: ID!, $version: Int!, $input: UpdateContactInput!) {
    updateContact(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

type Contact = { id: string; version: number };

interface ChangeCase {
  name: string;
  /** Makes what the change names (a group, an activity), then answers the request that makes the change. */
  prepare(contact: Contact): Promise<(as?: TokenClaims) => Promise<GraphQLResponse<unknown>>>;
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

  /**
   * A change: its document, then `.with()` the variables it sends for a contact (a second call, so that the
   * document alone decides the variables' type and the literals in them are checked against it).
   */
  function change<Result, Variables>(name: string, document: TypedDocumentNode<Result, Variables>) {
    return {
      with: (variables: (contact: Contact) => Promise<Variables>): ChangeCase => ({
        name,
        prepare: async (contact) => {
          const values = await variables(contact);
          return (as) => app.graphql(document, values, as);
        },
      }),
    };
  }

  const cases: ChangeCase[] = [
    change('updateContact (names, email, phone)', UPDATE_CONTACT).with((contact) =>
      Promise.resolve({
        id: contact.id,
        version: contact.version,
        input: { firstName: 'Ville', lastName: 'Valtonen', email: 'ville.valtonen@example.fi', phone: '+358 50 765 4321' },
      }),
    ),
    change('updateContact (an affiliation added)', UPDATE_CONTACT).with(async (contact) => {
      const organisation = await createOrganisation(app);
      return { id: contact.id, version: contact.version, input: { affiliations: [{ organisationId: organisation.id, role: 'Chair', since: '2026-01-01' }] } };
    }),
    change('updateContact (affiliations ended)', UPDATE_CONTACT).with((contact) =>
      Promise.resolve({ id: contact.id, version: contact.version, input: { affiliations: [] } }),
    ),
    change(
      'addGroupMembers',
      graphql(`
        mutation ErasedContactAddMember($groupId: ID!, $contactIds: [ID!]) {
          addGroupMembers(groupId: $groupId, contactIds: $contactIds) {
            id
          }
        }
      `),
    ).with(async (contact) => ({ groupId: (await createGroup(app)).id, contactIds: [contact.id] })),
    change(
      'removeGroupMembers',
      graphql(`
        mutation ErasedContactRemoveMember($groupId: ID!, $contactIds: [ID!]) {
          removeGroupMembers(groupId: $groupId, contactIds: $contactIds) {
            id
          }
        }
      `),
    ).with((contact) => Promise.resolve({ groupId: memberOf, contactIds: [contact.id] })),
    change(
      'recordEngagements',
      graphql(`
        mutation ErasedContactRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {
          recordEngagements(activityId: $activityId, records: $records) {
            id
          }
        }
      `),
    ).with(async (contact) => {
      const activity = await createActivity(app, (await createConsultation(app)).id);
      return { activityId: activity.id, records: [{ kind: 'PARTICIPATED', contactId: contact.id, notes: 'Ville Valtonen came back' }] };
    }),
    change(
      'setEngagementPreferences',
      graphql(`
        mutation ErasedContactPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {
          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {
            updatedAt
          }
        }
      `),
    ).with((contact) => Promise.resolve({ contactId: contact.id, preferences: { accessibilityNeeds: 'Sign-language interpretation for Ville Valtonen' } })),
  ];

  /** The group the erased contact still belongs to (erasure keeps group memberships). */
  let memberOf: string;

  it.each(cases.map((change) => [change.name, change] as const))('refuses %s with CONFLICT and writes nothing', async (_name, change) => {
    const organisation = await createOrganisation(app);
    const contact = await createContact(app, { firstName: 'Ville', lastName: 'Valtonen', affiliations: [{ organisationId: organisation.id }] });
    const group = await createGroup(app);
    await addMembers(app, group.id, { contactIds: [contact.id] });
    memberOf = group.id;
    const erased = (await app.ok(ERASE, { id: contact.id })).eraseContact;
    const send = await change.prepare(erased);
    const before = await databaseFingerprint(app);

    const response = await send({ roles: ['ADMIN'] });

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
      const response = await (await change.prepare(contact))();
      expect(response.errors).toBeUndefined();
    }
  });
});
