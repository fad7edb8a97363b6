import { graphql } from './graphql/generated/index.js';
import type { ContactFilter } from './graphql/generated/graphql.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';

const CREATE_CONTACT = graphql(`
  mutation ContactGroupCreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      id
      firstName
      lastName
      email
      lawfulBasis
      consentAt
      erased
      version
      affiliations {
        role
        primary
        since
        until
        organisation {
          id
          name
        }
        contact {
          id
        }
      }
    }
  }
`);
const UPDATE_CONTACT = graphql(`
  mutation ContactGroupUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {
    updateContact(id: $id, version: $version, input: $input) {
      id
      version
      lastName
      lawfulBasis
      consentAt
      affiliations {
        role
        since
        until
        organisation {
          id
        }
      }
    }
  }
`);
const GROUP = graphql(`
  query ContactGroupGroup($id: ID!) {
    stakeholderGroup(id: $id) {
      id
      name
      hardToReach
      reachNotes
      memberCount
      organisations {
        id
      }
      contacts {
        id
      }
    }
  }
`);
const CONTACTS = graphql(`
  query ContactGroupContacts($filter: ContactFilter, $first: Int, $after: String) {
    contacts(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        lastName
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const GROUPS = graphql(`
  query ContactGroupGroups($filter: StakeholderGroupFilter) {
    stakeholderGroups(filter: $filter) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

describe('contacts and stakeholder groups over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  describe('contacts', () => {
    it('creates a contact with dated affiliations to several organisations', async () => {
      const [union, institute] = [await createOrganisation(app, { name: 'Liitto ry' }), await createOrganisation(app, { name: 'Instituutti' })];
      const data = await app.ok(CREATE_CONTACT, {
        input: {
          firstName: ' Aino ',
          lastName: 'Virtanen',
          email: 'aino.virtanen@example.fi',
          lawfulBasis: 'PUBLIC_TASK',
          affiliations: [
            { organisationId: union.id, role: 'Chair', primary: true, since: '2024-01-01' },
            { organisationId: institute.id, role: 'Researcher', since: '2015-01-01', until: '2023-12-31' },
          ],
        },
      });
      expect(data.createContact).toMatchObject({ firstName: 'Aino', lastName: 'Virtanen', erased: false, version: 1 });
      expect(data.createContact.affiliations).toEqual([
        {
          role: 'Chair',
          primary: true,
          since: '2024-01-01',
          until: null,
          organisation: { id: union.id, name: 'Liitto ry' },
          contact: { id: data.createContact.id },
        },
        {
          role: 'Researcher',
          primary: false,
          since: '2015-01-01',
          until: '2023-12-31',
          organisation: { id: institute.id, name: 'Instituutti' },
          contact: { id: data.createContact.id },
        },
      ]);
      const organisation = await app.ok(
        graphql(`
          query ContactGroupAffiliations($id: ID!) {
            organisation(id: $id) {
              affiliations {
                role
                contact {
                  lastName
                }
              }
            }
          }
        `),
        { id: institute.id },
      );
      expect(organisation.organisation?.affiliations).toEqual([{ role: 'Researcher', contact: { lastName: 'Virtanen' } }]);
    });

    it('requires consentAt with CONSENT, and lists every invalid field at once', async () => {
      const response = await app.graphql(CREATE_CONTACT, {
        input: {
          firstName: '',
          lastName: 'X',
          email: 'nope',
          phone: 'call me',
          lawfulBasis: 'CONSENT',
          affiliations: [{ organisationId: 'x', since: '2024-05-01', until: '2024-01-01' }],
        },
      });
      expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions.fields!.map((field) => field.path).sort()).toEqual([
        'affiliations.0.until',
        'consentAt',
        'email',
        'firstName',
        'phone',
      ]);
      expect(Number((await app.sql<{ count: string }>('select count(*) as count from contact where last_name = ?', ['X']))[0].count)).toBe(0);
    });

    it('refuses a consent time in the future', async () => {
      const response = await app.graphql(CREATE_CONTACT, {
        input: { firstName: 'A', lastName: 'B', lawfulBasis: 'CONSENT', consentAt: '2999-01-01T00:00:00.000Z' },
      });
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'consentAt' }] });
    });

    it('refuses an unknown organisation in an affiliation with its path', async () => {
      const response = await app.graphql(CREATE_CONTACT, {
        input: { firstName: 'A', lastName: 'B', lawfulBasis: 'PUBLIC_TASK', affiliations: [{ organisationId: '4d7e3a0b-2222-4c1d-8e2f-000000000000' }] },
      });
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'affiliations.0.organisationId' }] });
    });

    it('replaces affiliations when given, keeps them when not, and checks consent against the stored basis', async () => {
      const [a, b] = [await createOrganisation(app), await createOrganisation(app)];
      const created = (
        await app.ok(CREATE_CONTACT, {
          input: { firstName: 'P', lastName: 'Q', lawfulBasis: 'PUBLIC_TASK', affiliations: [{ organisationId: a.id, role: 'Member' }] },
        })
      ).createContact;
      const renamed = (await app.ok(UPDATE_CONTACT, { id: created.id, version: created.version, input: { lastName: 'R' } })).updateContact;
      expect(renamed.affiliations).toEqual([{ role: 'Member', since: null, until: null, organisation: { id: a.id } }]);
      const moved = (
        await app.ok(UPDATE_CONTACT, {
          id: created.id,
          version: renamed.version,
          input: { affiliations: [{ organisationId: b.id, role: 'Chair', since: '2026-01-01' }] },
        })
      ).updateContact;
      expect(moved.affiliations).toEqual([{ role: 'Chair', since: '2026-01-01', until: null, organisation: { id: b.id } }]);
      const noConsent = await app.graphql(UPDATE_CONTACT, { id: created.id, version: moved.version, input: { lawfulBasis: 'CONSENT' } });
      expect(noConsent.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'consentAt' }] });
      const consent = (
        await app.ok(UPDATE_CONTACT, { id: created.id, version: moved.version, input: { lawfulBasis: 'CONSENT', consentAt: '2026-01-02T10:00:00.000Z' } })
      ).updateContact;
      expect(consent).toMatchObject({ lawfulBasis: 'CONSENT', consentAt: '2026-01-02T10:00:00.000Z', version: moved.version + 1 });
    });

    it('answers CONFLICT for a stale version and NOT_FOUND for an unknown contact', async () => {
      const created = await createContact(app);
      await app.ok(UPDATE_CONTACT, { id: created.id, version: created.version, input: { lastName: 'Uusi' } });
      expect((await app.graphql(UPDATE_CONTACT, { id: created.id, version: created.version, input: { lastName: 'Vanha' } })).errors![0].extensions.code).toBe(
        'CONFLICT',
      );
      expect((await app.graphql(UPDATE_CONTACT, { id: '4d7e3a0b-2222-4c1d-8e2f-000000000000', version: 1, input: {} })).errors![0].extensions.code).toBe(
        'NOT_FOUND',
      );
    });

    it('searches names and email accent-insensitively and filters by organisation and group', async () => {
      const organisation = await createOrganisation(app);
      const group = await createGroup(app);
      const jarvinen = (
        await app.ok(CREATE_CONTACT, {
          input: {
            firstName: 'Sanna',
            lastName: 'Järvinen',
            email: 'sanna@yrittajat.example.fi',
            lawfulBasis: 'PUBLIC_TASK',
            affiliations: [{ organisationId: organisation.id }],
          },
        })
      ).createContact;
      const other = await createContact(app);
      await addMembers(app, group.id, { contactIds: [other.id] });
      const ids = async (filter: ContactFilter) => (await app.ok(CONTACTS, { filter })).contacts.nodes.map((node) => node.id);
      expect(await ids({ search: 'jarvinen' })).toEqual([jarvinen.id]);
      expect(await ids({ search: 'YRITTAJAT.example' })).toEqual([jarvinen.id]);
      expect(await ids({ organisationId: organisation.id })).toEqual([jarvinen.id]);
      expect(await ids({ organisationId: 'garbage' })).toEqual([]);
      expect(await ids({ groupIds: [group.id] })).toEqual([other.id]);
    });

    it('answers null for an unknown contact id', async () => {
      expect(
        (
          await app.ok(
            graphql(`
              query ContactGroupMalformedId {
                contact(id: "nope") {
                  id
                }
              }
            `),
          )
        ).contact,
      ).toBeNull();
    });
  });

  describe('stakeholder groups', () => {
    it('creates a hard-to-reach group with reach notes and updates it with optimistic locking', async () => {
      const created = (
        await app.ok(
          graphql(`
            mutation ContactGroupCreateGroup {
              createStakeholderGroup(input: { name: " Saamelaiset ", hardToReach: true, reachNotes: "Saamelaiskäräjät" }) {
                id
                name
                hardToReach
                reachNotes
                version
                memberCount
              }
            }
          `),
        )
      ).createStakeholderGroup;
      expect(created).toMatchObject({ name: 'Saamelaiset', hardToReach: true, reachNotes: 'Saamelaiskäräjät', version: 1, memberCount: 0 });
      const update = graphql(`
        mutation ContactGroupDescribeGroup($id: ID!, $version: Int!) {
          updateStakeholderGroup(id: $id, version: $version, input: { description: "The Sámi" }) {
            version
            description
            hardToReach
          }
        }
      `);
      expect((await app.ok(update, { id: created.id, version: 1 })).updateStakeholderGroup).toEqual({ version: 2, description: 'The Sámi', hardToReach: true });
      expect((await app.graphql(update, { id: created.id, version: 1 })).errors![0].extensions.code).toBe('CONFLICT');
    });

    it('adds members without duplicates, counts them, and removes them', async () => {
      const group = await createGroup(app);
      const [a, b] = [await createOrganisation(app), await createOrganisation(app)];
      const contact = await createContact(app);
      await addMembers(app, group.id, { organisationIds: [a.id, b.id, a.id], contactIds: [contact.id] });
      await addMembers(app, group.id, { organisationIds: [a.id] });
      const data = (await app.ok(GROUP, { id: group.id })).stakeholderGroup!;
      expect(data.memberCount).toBe(3);
      expect(data.organisations.map((organisation) => organisation.id).sort()).toEqual([a.id, b.id].sort());
      expect(data.contacts).toEqual([{ id: contact.id }]);
      const remove = graphql(`
        mutation ContactGroupRemoveMembers($g: ID!, $o: [ID!]) {
          removeGroupMembers(groupId: $g, organisationIds: $o) {
            id
          }
        }
      `);
      // Contract 1.1: an unknown id is BAD_USER_INPUT at its path, and nothing is removed.
      const refused = await app.graphql(remove, { g: group.id, o: [a.id, 'not-a-member'] });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'organisationIds.1' }] });
      expect((await app.ok(GROUP, { id: group.id })).stakeholderGroup?.memberCount).toBe(3);
      await app.ok(remove, { g: group.id, o: [a.id] });
      const after = (await app.ok(GROUP, { id: group.id })).stakeholderGroup;
      expect(after?.memberCount).toBe(2);
      const orgGroups = await app.ok(
        graphql(`
          query ContactGroupGroupsOfOrganisation($id: ID!) {
            organisation(id: $id) {
              groups {
                id
              }
            }
          }
        `),
        { id: b.id },
      );
      expect(orgGroups.organisation?.groups).toEqual([{ id: group.id }]);
    });

    it('refuses unknown members with their paths and adds none of the batch', async () => {
      const group = await createGroup(app);
      const organisation = await createOrganisation(app);
      const response = await app.graphql(
        graphql(`
          mutation ContactGroupAddMembers($g: ID!, $o: [ID!], $c: [ID!]) {
            addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c) {
              id
            }
          }
        `),
        {
          g: group.id,
          o: [organisation.id, '4d7e3a0b-2222-4c1d-8e2f-000000000000'],
          c: ['bad'],
        },
      );
      expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions.fields!.map((field) => field.path)).toEqual(['organisationIds.1', 'contactIds.0']);
      expect((await app.ok(GROUP, { id: group.id })).stakeholderGroup?.memberCount).toBe(0);
    });

    it('answers NOT_FOUND for members of an unknown group', async () => {
      const response = await app.graphql(
        graphql(`
          mutation ContactGroupAddToUnknownGroup {
            addGroupMembers(groupId: "4d7e3a0b-2222-4c1d-8e2f-000000000000", organisationIds: []) {
              id
            }
          }
        `),
      );
      expect(response.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('filters by hardToReach and search, by name', async () => {
      const marker = `Ryhmä ${Date.now()}`;
      const open = await createGroup(app, { name: `${marker} B avoin` });
      const hard = await createGroup(app, { name: `${marker} a vaikea`, hardToReach: true });
      expect((await app.ok(GROUPS, { filter: { search: marker } })).stakeholderGroups.nodes).toEqual([{ id: hard.id }, { id: open.id }]);
      expect((await app.ok(GROUPS, { filter: { search: marker, hardToReach: true } })).stakeholderGroups.nodes).toEqual([{ id: hard.id }]);
      expect((await app.ok(GROUPS, { filter: { search: marker, hardToReach: false } })).stakeholderGroups.nodes).toEqual([{ id: open.id }]);
    });
    it('keeps Swedish and English names, searched like the Finnish one, and changes them on update (issue 13, item 4)', async () => {
      const marker = `${Date.now()}`;
      const created = (
        await app.ok(
          graphql(`
            mutation ContactGroupCreateNamedGroup($input: CreateStakeholderGroupInput!) {
              createStakeholderGroup(input: $input) {
                id
                name
                nameSv
                nameEn
                version
              }
            }
          `),
          { input: { name: `Nuoret ${marker}`, nameSv: ` Unga ${marker} `, nameEn: `Young people ${marker}` } },
        )
      ).createStakeholderGroup;
      expect(created).toMatchObject({ name: `Nuoret ${marker}`, nameSv: `Unga ${marker}`, nameEn: `Young people ${marker}` });
      const found = async (search: string) => (await app.ok(GROUPS, { filter: { search } })).stakeholderGroups.nodes;
      expect(await found(`unga ${marker}`)).toEqual([{ id: created.id }]);
      expect(await found(`YOUNG PEOPLE ${marker}`)).toEqual([{ id: created.id }]);
      const updated = (
        await app.ok(
          graphql(`
            mutation ContactGroupRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {
              updateStakeholderGroup(id: $id, version: $version, input: $input) {
                nameSv
                nameEn
              }
            }
          `),
          { id: created.id, version: created.version, input: { nameSv: `Ungdomar ${marker}`, nameEn: null } },
        )
      ).updateStakeholderGroup;
      expect(updated).toEqual({ nameSv: `Ungdomar ${marker}`, nameEn: null });
      expect(await found(`ungdomar ${marker}`)).toEqual([{ id: created.id }]);
      expect(await found(`young people ${marker}`)).toEqual([]);
      const invalid = await app.graphql(
        graphql(`
          mutation ContactGroupCreateGroupWithInput($input: CreateStakeholderGroupInput!) {
            createStakeholderGroup(input: $input) {
              id
            }
          }
        `),
        { input: { name: 'Kelvollinen', nameSv: 'x'.repeat(301) } },
      );
      expect(invalid.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'nameSv' }] });
    });
  });

  describe('policy areas', () => {
    it('are created by ADMIN only, unique by code, listed by name', async () => {
      const create = graphql(`
        mutation ContactGroupCreatePolicyArea($input: CreatePolicyAreaInput!) {
          createPolicyArea(input: $input) {
            id
            code
            name
          }
        }
      `);
      expect((await app.graphql(create, { input: { code: 'eu-affairs', name: 'EU affairs' } }, { roles: ['EDITOR'] })).errors![0].extensions.code).toBe(
        'FORBIDDEN',
      );
      await app.ok(create, { input: { code: 'eu-affairs', name: 'EU affairs' } });
      expect((await app.graphql(create, { input: { code: 'eu-affairs', name: 'Again' } })).errors![0].extensions.code).toBe('CONFLICT');
      expect((await app.graphql(create, { input: { code: 'Not A Code', name: 'x' } })).errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'code' }],
      });
      const names = (
        await app.ok(
          graphql(`
            query ContactGroupPolicyAreaNames {
              policyAreas {
                name
              }
            }
          `),
        )
      ).policyAreas.map((area) => area.name.toLowerCase());
      expect(names).toEqual([...names].sort());
    });

    it('keep Swedish and English names, and are searched in every language (issue 13, item 4)', async () => {
      const create = graphql(`
        mutation ContactGroupCreateNamedPolicyArea($input: CreatePolicyAreaInput!) {
          createPolicyArea(input: $input) {
            id
            code
            name
            nameSv
            nameEn
          }
        }
      `);
      const area = (
        await app.ok(create, {
          input: { code: 'regional-development', name: 'Alueiden kehittäminen', nameSv: 'Regional utveckling', nameEn: 'Regional development' },
        })
      ).createPolicyArea;
      expect(area).toMatchObject({ name: 'Alueiden kehittäminen', nameSv: 'Regional utveckling', nameEn: 'Regional development' });
      const search = async (term: string) =>
        (
          await app.ok(
            graphql(`
              query ContactGroupSearchPolicyAreas($search: String) {
                policyAreas(search: $search) {
                  id
                }
              }
            `),
            { search: term },
            { roles: ['VIEWER'] },
          )
        ).policyAreas;
      expect(await search('UTVECKLING')).toEqual([{ id: area.id }]);
      expect(await search('regional dev')).toEqual([{ id: area.id }]);
      expect(await search('alueiden kehittaminen')).toEqual([{ id: area.id }]);
      expect(await search('ei mitään tällaista')).toEqual([]);
      const updated = (
        await app.ok(
          graphql(`
            mutation ContactGroupRenamePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {
              updatePolicyArea(id: $id, input: $input) {
                nameSv
                nameEn
              }
            }
          `),
          { id: area.id, input: { nameSv: 'Regionutveckling', nameEn: null } },
        )
      ).updatePolicyArea;
      expect(updated).toEqual({ nameSv: 'Regionutveckling', nameEn: null });
      expect(await search('regionutveckling')).toEqual([{ id: area.id }]);
      expect(await search('regional dev')).toEqual([]);
      expect(
        (
          await app.ok(
            graphql(`
              query ContactGroupPolicyAreaIds {
                policyAreas {
                  id
                }
              }
            `),
          )
        ).policyAreas.length,
      ).toBeGreaterThan(1);
    });
  });
});
