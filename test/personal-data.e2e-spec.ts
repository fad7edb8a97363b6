import { graphql } from './graphql/generated/index.js';
import { TestApp, type TokenClaims } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';
import { createActivityWith, createConsultation } from './support/engagement-factories.js';

/** Every field that shows a contact's details or a contact's membership of a group, for one walk. */
const WALK = graphql(`
  query PersonalDataWalk($contactId: ID!, $specialId: ID!, $ordinaryId: ID!, $organisationId: ID!, $activityId: ID!) {
    contact(id: $contactId) {
      ...PersonalDataDetails
      groups {
        id
      }
    }
    bySpecialGroup: contacts(filter: { groupIds: [$specialId] }) {
      totalCount
      nodes {
        id
      }
    }
    byOrdinaryGroup: contacts(filter: { groupIds: [$ordinaryId] }) {
      totalCount
      nodes {
        ...PersonalDataDetails
      }
    }
    special: stakeholderGroup(id: $specialId) {
      specialCategory
      memberCount
      contacts {
        id
      }
      memberships {
        organisation {
          id
        }
        contact {
          id
        }
      }
      everything: memberships(includeEnded: true) {
        organisation {
          id
        }
        contact {
          id
        }
      }
    }
    ordinary: stakeholderGroup(id: $ordinaryId) {
      specialCategory
      memberCount
      contacts {
        ...PersonalDataDetails
        groups {
          id
        }
      }
      memberships {
        contact {
          ...PersonalDataDetails
        }
      }
    }
    groups: stakeholderGroups(first: 200) {
      nodes {
        id
        memberCount
        contacts {
          id
        }
        organisations {
          id
        }
      }
    }
    organisation(id: $organisationId) {
      affiliations {
        contact {
          ...PersonalDataDetails
        }
      }
    }
    activity(id: $activityId) {
      engagements {
        group {
          id
        }
        contact {
          ...PersonalDataDetails
        }
      }
    }
  }
  fragment PersonalDataDetails on Contact {
    id
    email
    phone
    consentAt
  }
`);
const CONTACT_DATA_EXPORT = graphql(`
  query PersonalDataSubjectAccess($id: ID!) {
    contactDataExport(id: $id)
  }
`);

/**
 * Personal data for those who need it: contacts' email, phone and consent time are for EDITOR and ADMIN
 * (null for a VIEWER, wherever the contact is reached), and the contact members of a special-category
 * group for EDITOR and ADMIN only, in every field that shows them; counts for everyone.
 */
describe('personal data by role', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  let ids: { contactId: string; specialId: string; ordinaryId: string; organisationId: string; activityId: string };
  const details = { email: 'aino.alanko@example.fi', phone: '+358 40 111 2222', consentAt: '2026-01-02T03:04:05.000Z' };

  beforeAll(async () => {
    const organisation = await createOrganisation(app);
    const special = await createGroup(app, { name: 'People with a rare illness', specialCategory: true });
    const ordinary = await createGroup(app, { name: 'Beekeepers' });
    const contact = await createContact(app, {
      firstName: 'Aino',
      lastName: 'Alanko',
      ...details,
      lawfulBasis: 'CONSENT',
      affiliations: [{ organisationId: organisation.id }],
    });
    await addMembers(app, special.id, { contactIds: [contact.id], organisationIds: [organisation.id] });
    await addMembers(app, ordinary.id, { contactIds: [contact.id] });
    const consultation = await createConsultation(app);
    const activity = await createActivityWith(app, consultation.id, {}, [
      { kind: 'PARTICIPATED', contactId: contact.id },
      { kind: 'PARTICIPATED', contactId: contact.id, groupId: special.id },
      { kind: 'PARTICIPATED', contactId: contact.id, groupId: ordinary.id },
    ]);
    ids = { contactId: contact.id, specialId: special.id, ordinaryId: ordinary.id, organisationId: organisation.id, activityId: activity.id };
  });

  const walk = async (role: string) => app.ok(WALK, ids, { roles: [role] });

  it.each(['EDITOR', 'ADMIN'])('shows %s every detail and every member', async (role) => {
    const data = await walk(role);
    const full = { id: ids.contactId, ...details };
    expect(data.contact).toEqual({ ...full, groups: expect.arrayContaining([{ id: ids.specialId }, { id: ids.ordinaryId }]) });
    expect(data.contact?.groups).toHaveLength(2);
    expect(data.bySpecialGroup).toEqual({ totalCount: 1, nodes: [{ id: ids.contactId }] });
    expect(data.byOrdinaryGroup).toEqual({ totalCount: 1, nodes: [full] });
    expect(data.special).toEqual({
      specialCategory: true,
      memberCount: 2,
      contacts: [{ id: ids.contactId }],
      memberships: expect.arrayContaining([
        { organisation: { id: ids.organisationId }, contact: null },
        { organisation: null, contact: { id: ids.contactId } },
      ]),
      everything: expect.arrayContaining([{ organisation: null, contact: { id: ids.contactId } }]),
    });
    expect(data.ordinary).toMatchObject({ specialCategory: false, memberCount: 1, contacts: [{ ...full }], memberships: [{ contact: full }] });
    expect(data.groups.nodes.find((group) => group.id === ids.specialId)).toMatchObject({ memberCount: 2, contacts: [{ id: ids.contactId }] });
    expect(data.organisation?.affiliations).toEqual([{ contact: full }]);
    expect(data.activity?.engagements).toEqual(
      expect.arrayContaining([
        { group: null, contact: full },
        { group: { id: ids.specialId }, contact: full },
        { group: { id: ids.ordinaryId }, contact: full },
      ]),
    );
  });

  it('shows a VIEWER no email, phone or consent time anywhere, and no contact member of a special-category group, but the counts', async () => {
    const data = await walk('VIEWER');
    const bare = { id: ids.contactId, email: null, phone: null, consentAt: null };
    expect(data.contact).toEqual({ ...bare, groups: [{ id: ids.ordinaryId }] });
    expect(data.bySpecialGroup).toEqual({ totalCount: 0, nodes: [] });
    expect(data.byOrdinaryGroup).toEqual({ totalCount: 1, nodes: [bare] });
    expect(data.special).toEqual({
      specialCategory: true,
      memberCount: 2,
      contacts: [],
      memberships: [{ organisation: { id: ids.organisationId }, contact: null }],
      everything: [{ organisation: { id: ids.organisationId }, contact: null }],
    });
    expect(data.ordinary).toEqual({
      specialCategory: false,
      memberCount: 1,
      contacts: [{ ...bare, groups: [{ id: ids.ordinaryId }] }],
      memberships: [{ contact: bare }],
    });
    expect(data.groups.nodes.find((group) => group.id === ids.specialId)).toEqual({
      id: ids.specialId,
      memberCount: 2,
      contacts: [],
      organisations: [{ id: ids.organisationId }],
    });
    expect(data.organisation?.affiliations).toEqual([{ contact: bare }]);
    expect(data.activity?.engagements).toEqual(
      expect.arrayContaining([
        { group: null, contact: bare },
        { group: { id: ids.specialId }, contact: null },
        { group: { id: ids.ordinaryId }, contact: bare },
      ]),
    );
    expect(data.activity?.engagements).toHaveLength(3);
  });

  it("shows a contact's engagement preferences (accessibility needs can be health data) to EDITOR and ADMIN, null to a VIEWER", async () => {
    await app.ok(
      graphql(`
        mutation PersonalDataPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {
          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {
            updatedAt
          }
        }
      `),
      { contactId: ids.contactId, preferences: { accessibilityNeeds: 'A step-free venue', languages: ['FI'] } },
      { roles: ['EDITOR'] },
    );
    const read = (role: string) =>
      app.ok(
        graphql(`
          query PersonalDataReadPreferences($id: ID!) {
            contact(id: $id) {
              preferences {
                accessibilityNeeds
                languages
              }
            }
          }
        `),
        { id: ids.contactId },
        {
          roles: [role],
        },
      );
    for (const role of ['EDITOR', 'ADMIN']) {
      expect((await read(role)).contact?.preferences).toEqual({ accessibilityNeeds: 'A step-free venue', languages: ['FI'] });
    }
    expect((await read('VIEWER')).contact?.preferences).toBeNull();
  });

  it('lets a VIEWER search contacts by name but not by email address', async () => {
    const search = async (role: string, term: string) =>
      (
        await app.ok(
          graphql(`
            query PersonalDataSearch($term: String) {
              contacts(filter: { search: $term }) {
                nodes {
                  id
                }
              }
            }
          `),
          { term },
          { roles: [role] },
        )
      ).contacts.nodes;
    expect(await search('VIEWER', 'Alanko')).toEqual([{ id: ids.contactId }]);
    expect(await search('VIEWER', 'aino.alanko@example')).toEqual([]);
    expect(await search('EDITOR', 'aino.alanko@example')).toEqual([{ id: ids.contactId }]);
  });

  it('sets and changes specialCategory through the create and update inputs (false by default)', async () => {
    const group = await createGroup(app);
    const read = async () =>
      (
        await app.ok(
          graphql(`
            query PersonalDataSpecialCategory($id: ID!) {
              stakeholderGroup(id: $id) {
                specialCategory
                version
              }
            }
          `),
          { id: group.id },
        )
      ).stakeholderGroup;
    expect(await read()).toEqual({ specialCategory: false, version: 1 });
    await app.ok(
      graphql(`
        mutation PersonalDataMakeSpecial($id: ID!, $version: Int!) {
          updateStakeholderGroup(id: $id, version: $version, input: { specialCategory: true }) {
            id
          }
        }
      `),
      { id: group.id, version: 1 },
    );
    expect(await read()).toEqual({ specialCategory: true, version: 2 });
  });

  it('keeps the exports and the subject access export for ADMIN', async () => {
    const exports = [
      [
        'exportContacts',
        (as: TokenClaims) =>
          app.graphql(
            graphql(`
              query PersonalDataExportContacts {
                exportContacts
              }
            `),
            {},
            as,
          ),
      ],
      [
        'exportOrganisations',
        (as: TokenClaims) =>
          app.graphql(
            graphql(`
              query PersonalDataExportOrganisations {
                exportOrganisations
              }
            `),
            {},
            as,
          ),
      ],
      ['contactDataExport', (as: TokenClaims) => app.graphql(CONTACT_DATA_EXPORT, { id: ids.contactId }, as)],
    ] as const;
    for (const role of ['VIEWER', 'EDITOR']) {
      for (const [query, send] of exports) {
        const response = await send({ roles: [role] });
        expect({ role, query, code: response.errors?.[0].extensions.code }).toEqual({ role, query, code: 'FORBIDDEN' });
      }
    }
    expect(JSON.parse((await app.ok(CONTACT_DATA_EXPORT, { id: ids.contactId })).contactDataExport).contact).toMatchObject(details);
  });
});
