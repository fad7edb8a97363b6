import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLObjectType, parse } from 'graphql';
import { propertiesForFields, readablePropertiesOf } from '@sidos/database';
import { Affiliation, Contact, FIELDS_READING_KEYS_ONLY } from '@sidos/register';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation, createPolicyArea, randomBusinessId } from './support/factories.js';
import { createActivityWith, createConsultation } from './support/engagement-factories.js';

/**
 * `organisation(id)` reads the organisation and the relations asked for (policy areas, groups, affiliations
 * with their contacts, engagementStats) in one statement, a page of `organisations` its nodes' relations in
 * one more; both answer exactly what the relations' loaders answer (`organisationByBusinessId`, which reads
 * the organisation alone and leaves its relations to their loaders).
 */

/** The benchmark's row (b) (test/support/scale/scenarios.ts, API_ORGANISATION). */
const ORGANISATION_WITH_HISTORY = graphql(`
  query OrganisationStatementsHistory($id: ID!) {
    organisation(id: $id) {
      id
      name
      nameSv
      nameEn
      businessId
      type
      municipality
      policyAreas {
        code
        name
      }
      groups {
        id
        name
        hardToReach
      }
      affiliations {
        role
        primary
        since
        until
        contact {
          id
          firstName
          lastName
        }
      }
      engagementStats {
        invited
        declined
        heard
        lastHeardOn
      }
    }
  }
`);

// What both documents below ask of an organisation (registered with codegen by this call).
graphql(`
  fragment OrganisationStatementsFields on Organisation {
    id
    version
    name
    archived
    createdAt
    updatedAt
    policyAreas {
      id
      code
      name
      nameSv
    }
    groups {
      id
      name
      hardToReach
      specialCategory
      createdAt
    }
    ... on Organisation {
      affiliations {
        role
        primary
        since
        until
        organisation {
          id
        }
        contact {
          id
          firstName
          lastName
          email
          consentAt
          createdAt
        }
      }
    }
    engagementStats {
      invited
      declined
      heard
      lastHeardOn
    }
    recent: engagementStats(since: "2026-03-11") {
      invited
      heard
    }
    mergedInto {
      id
    }
  }
`);

const ONE = graphql(`
  query OrganisationStatementsOne($id: ID!) {
    organisation(id: $id) {
      ...OrganisationStatementsFields
    }
  }
`);

const BY_BUSINESS_ID = graphql(`
  query OrganisationStatementsByBusinessId($businessId: String!) {
    organisationByBusinessId(businessId: $businessId) {
      ...OrganisationStatementsFields
    }
  }
`);

const LIST = graphql(`
  query OrganisationStatementsList($search: String!) {
    organisations(first: 50, filter: { search: $search, includeArchived: true }) {
      nodes {
        ...OrganisationStatementsFields
      }
    }
  }
`);

/** Affiliations with few fields, and elsewhere in the same request the same contacts with more. */
const AFFILIATION_NAMES_AND_CONTACT_DETAILS = graphql(`
  query OrganisationStatementsNamesAndDetails($id: ID!, $contactId: ID!) {
    organisation(id: $id) {
      affiliations {
        role
        contact {
          id
          firstName
        }
      }
    }
    contact(id: $contactId) {
      ...OrganisationStatementsContactDetails
    }
  }
`);

graphql(`
  fragment OrganisationStatementsContactDetails on Contact {
    id
    firstName
    lastName
    email
    phone
    title
    lawfulBasis
    languages
    erased
    createdAt
    version
    affiliations {
      role
      since
      until
      primary
      organisation {
        id
        affiliations {
          role
          contact {
            id
            email
            title
          }
        }
      }
    }
  }
`);

const ARCHIVE = graphql(`
  mutation OrganisationStatementsArchive($id: ID!, $version: Int!) {
    archiveOrganisation(id: $id, version: $version) {
      id
    }
  }
`);

describe('organisation(id) with its relations', () => {
  let app: TestApp;
  const marker = 'Lausuntokierros';
  let rich: string;
  let empty: string;
  let archived: string;
  const businessIds = new Map<string, string>();
  let groupNames: { current: string; dated: string; special: string };

  /** Sets the period of an organisation's membership of a group. */
  const period = (groupId: string, organisationId: string, since: string | null, until: string | null) =>
    app.sql('update "group_organisation" set "since" = ?::date, "until" = ?::date where "group_id" = ? and "organisation_id" = ?', [
      since,
      until,
      groupId,
      organisationId,
    ]);

  beforeAll(async () => {
    app = await TestApp.start();
    const areas = [await createPolicyArea(app, { name: 'Työllisyys' }), await createPolicyArea(app, { name: 'Asuminen' })];
    const organisation = async (name: string, policyAreaIds: string[]) => {
      const created = await createOrganisation(app, { name, policyAreaIds, businessId: randomBusinessId() });
      businessIds.set(created.id, created.businessId!);
      return created;
    };
    rich = (await organisation(`${marker} A`, [areas[0].id, areas[1].id])).id;
    empty = (await organisation(`${marker} B`, [])).id;
    const toArchive = await organisation(`${marker} C`, [areas[0].id]);
    archived = toArchive.id;

    const current = await createGroup(app, { name: 'Nykyinen ryhmä' });
    const dated = await createGroup(app, { name: 'Määräaikainen ryhmä', hardToReach: true });
    const special = await createGroup(app, { name: 'Erityinen ryhmä', specialCategory: true });
    const ended = await createGroup(app, { name: 'Päättynyt ryhmä' });
    const future = await createGroup(app, { name: 'Tuleva ryhmä' });
    groupNames = { current: current.name, dated: dated.name, special: special.name };
    for (const group of [current, dated, special, ended, future]) await addMembers(app, group.id, { organisationIds: [rich, archived] });
    for (const organisationId of [rich, archived]) {
      await period(dated.id, organisationId, '2020-01-01', '2099-01-01');
      await period(ended.id, organisationId, '2020-01-01', '2021-01-01');
      await period(future.id, organisationId, '2099-01-01', null);
    }

    const member = await createContact(app, { affiliations: [{ organisationId: rich, role: 'Jäsen', since: '2022-01-01' }] });
    await createContact(app, {
      affiliations: [
        { organisationId: rich, role: 'Puheenjohtaja', primary: true },
        { organisationId: archived, role: 'Sihteeri' },
      ],
    });
    await createContact(app, { affiliations: [{ organisationId: rich, role: 'Entinen', since: '2019-01-01', until: '2021-01-01' }] });
    await createContact(app, { email: 'tuleva@example.fi', affiliations: [{ organisationId: rich, role: 'Tuleva', since: '2099-01-01' }] });
    await addMembers(app, special.id, { contactIds: [member.id] });

    const consultation = await createConsultation(app);
    await createActivityWith(app, consultation.id, { date: '2026-03-10' }, [
      { kind: 'INVITED', organisationId: rich },
      { kind: 'PARTICIPATED', organisationId: rich },
    ]);
    await createActivityWith(app, consultation.id, { date: '2026-03-12' }, [{ kind: 'SUBMITTED', organisationId: rich }]);
    await createActivityWith(app, consultation.id, { date: '2026-03-13' }, [{ kind: 'DECLINED', organisationId: archived }]);
    await app.ok(ARCHIVE, { id: archived, version: toArchive.version });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('reads the organisation with policy areas, groups, affiliations with contacts and engagementStats in one statement (five before)', async () => {
    const { statements, sql, data } = await app.countStatements(ORGANISATION_WITH_HISTORY, { id: rich });
    expect(data.organisation).toMatchObject({
      id: rich,
      policyAreas: [{ name: 'Asuminen' }, { name: 'Työllisyys' }],
      groups: [{ name: groupNames.special }, { name: groupNames.dated }, { name: groupNames.current }],
      engagementStats: { invited: 1, declined: 0, heard: 2, lastHeardOn: '2026-03-12' },
    });
    expect(data.organisation?.affiliations.map((affiliation) => affiliation.role)).toEqual(['Puheenjohtaja', 'Tuleva', 'Jäsen', 'Entinen']);
    expect({ statements, sql }).toEqual({ statements: 1, sql: [expect.any(String)] });
  });

  it('reads of affiliations and their contacts only the columns that the request asks of them anywhere', async () => {
    /** The select list of the affiliations' subquery in a statement, sorted. */
    const affiliationColumns = (statement: string) =>
      /select ((?:[ac]\."[a-z_]+"(?: as "[a-z_]+")?(?:, )?)+)\s+from "affiliation" a join "contact" c/.exec(statement)![1].split(', ').sort();
    // The benchmark's row asks role, primary, since, until and the contact's id and names: no contact details, no
    // timestamps; the id and both references always (the field resolvers' keys).
    const { sql } = await app.countStatements(ORGANISATION_WITH_HISTORY, { id: rich });
    expect(affiliationColumns(sql[0])).toEqual(
      [
        'a."id"',
        'a."organisation_id"',
        'a."contact_id"',
        'a."role"',
        'a."primary"',
        'a."since"',
        'a."until"',
        'c."id" as "contact__id"',
        'c."first_name" as "contact__first_name"',
        'c."last_name" as "contact__last_name"',
      ].sort(),
    );
    // A request that asks more of contacts anywhere (ONE: email, consentAt, createdAt) reads those too.
    const more = affiliationColumns((await app.countStatements(ONE, { id: rich })).sql[0]);
    expect(more).toEqual(
      expect.arrayContaining(['c."email" as "contact__email"', 'c."consent_at" as "contact__consent_at"', 'c."created_at" as "contact__created_at"']),
    );
    expect(more).not.toContain('c."phone" as "contact__phone"');
    expect(more).not.toContain('a."created_at"');
  });

  // The organisation's read primes the request's loaders with its affiliations and contacts; the contact's
  // path reaches the same organisation's affiliations through them, asking more of each contact.
  it('answers each contact whole where the same request asks more of it elsewhere (one contact object per request)', async () => {
    const contactId = (
      await app.sql<{ contact_id: string }>(`select "contact_id" from "affiliation" where "organisation_id" = ? and "role" = 'Tuleva'`, [rich])
    )[0].contact_id;
    const together = await app.ok(AFFILIATION_NAMES_AND_CONTACT_DETAILS, { id: rich, contactId });
    const alone = await app.ok(
      graphql(`
        query OrganisationStatementsDetailsAlone($contactId: ID!) {
          contact(id: $contactId) {
            ...OrganisationStatementsContactDetails
          }
        }
      `),
      { contactId },
    );
    expect(together.contact).toEqual(alone.contact);
    expect(together.contact).toMatchObject({
      email: 'tuleva@example.fi',
      lawfulBasis: expect.any(String),
      affiliations: [{ role: 'Tuleva', since: '2099-01-01' }],
    });
    expect(together.organisation?.affiliations).toHaveLength(4);
    expect(together.organisation?.affiliations.find((affiliation) => affiliation.contact.id === contactId)).toEqual({
      role: 'Tuleva',
      contact: { id: contactId, firstName: alone.contact?.firstName },
    });
  });

  it.each([
    ['Affiliation', Affiliation],
    ['Contact', Contact],
  ] as const)('knows what each field of %s reads: a property of its name, or only the keys (FIELDS_READING_KEYS_ONLY)', (typeName, entity) => {
    // A field that is neither makes every read of the type take all its columns (correct, not partial): this
    // test asks that such a field be classified, so that the benchmark's reads stay partial.
    const type = app.app.get(GraphQLSchemaHost).schema.getType(typeName) as GraphQLObjectType;
    const properties = new Set(readablePropertiesOf(app.em(), entity).map((property) => property.name));
    const keysOnly = FIELDS_READING_KEYS_ONLY[typeName];
    const unclassified = Object.keys(type.getFields()).filter((field) => !properties.has(field) && !keysOnly.includes(field));
    expect(unclassified).toEqual([]);
    expect(keysOnly.filter((field) => properties.has(field) || !(field in type.getFields()))).toEqual([]);
  });

  it('reads every column once 64 combinations of properties have statements of their own (clients cannot fill the statement names)', async () => {
    const fields = ['firstName', 'lastName', 'title', 'languages', 'lawfulBasis', 'erased', 'createdAt', 'updatedAt', 'version'];
    const contactColumns = async (mask: number) => {
      const asked = fields.filter((_field, index) => mask & (1 << index)).join(' ');
      const document = parse(`query Varied($id: ID!) { organisation(id: $id) { affiliations { role contact { id ${asked} } } } }`);
      const { sql, data } = await app.countStatements(document, { id: rich });
      expect((data as { organisation: { affiliations: unknown[] } }).organisation.affiliations).toHaveLength(4);
      return sql[0];
    };
    // Masks 1…70: at least 64 combinations beyond the few the tests before made; each asks no phone.
    for (let mask = 1; mask <= 70; mask += 1) await contactColumns(mask);
    const late = await contactColumns(0b101010101);
    expect(late).toContain('c."phone" as "contact__phone"');
    // A combination kept early is still read partially.
    expect(await contactColumns(1)).not.toContain('c."phone" as "contact__phone"');
  });

  it('reads every property of a type when a field asked of it is neither a property nor one that reads only the keys', () => {
    const read = (asked: string[]) => propertiesForFields(app.em(), Contact, new Set(asked), FIELDS_READING_KEYS_ONLY.Contact);
    expect([...read(['firstName', 'groups', '__typename'])!].sort()).toEqual(['firstName', 'id']);
    expect(read(['firstName', 'displayName'])).toBeNull();
    expect([...propertiesForFields(app.em(), Affiliation, new Set(['role']), FIELDS_READING_KEYS_ONLY.Affiliation)!].sort()).toEqual([
      'contact',
      'id',
      'organisation',
      'role',
    ]);
  });

  it('reads only the organisation when no relation is asked for, and null for an unknown id', async () => {
    const { statements, data } = await app.countStatements(
      graphql(`
        query OrganisationStatementsBare($id: ID!) {
          organisation(id: $id) {
            id
            name
          }
        }
      `),
      { id: rich },
    );
    expect(data.organisation?.id).toBe(rich);
    expect(statements).toBe(1);
    const unknown = await app.countStatements(ORGANISATION_WITH_HISTORY, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({ statements: 1, data: { organisation: null } });
  });

  it('reads a page of organisations with all four relations in two statements (five before)', async () => {
    const { statements, data } = await app.countStatements(
      graphql(`
        query OrganisationStatementsPage($search: String!) {
          organisations(first: 50, filter: { search: $search, includeArchived: true }) {
            totalCount
            nodes {
              id
              policyAreas {
                code
              }
              groups {
                id
              }
              affiliations {
                role
                contact {
                  id
                }
              }
              engagementStats {
                heard
              }
            }
          }
        }
      `),
      { search: marker },
    );
    expect(data.organisations.nodes).toHaveLength(3);
    expect(statements).toBe(2);
  });

  it.each(['ADMIN', 'EDITOR', 'VIEWER'])('answers as the loaders do, for %s', async (role) => {
    const as = { roles: [role] };
    const list = (await app.ok(LIST, { search: marker }, as)).organisations.nodes;
    expect(list).toHaveLength(3);
    for (const id of [rich, empty, archived]) {
      const loaded = (await app.ok(BY_BUSINESS_ID, { businessId: businessIds.get(id)! }, as)).organisationByBusinessId;
      expect(loaded?.id).toBe(id);
      expect((await app.ok(ONE, { id }, as)).organisation).toEqual(loaded);
      // Without engagementStats(since:) beside it, engagementStats is read in the organisation's statement too.
      expect((await app.ok(ORGANISATION_WITH_HISTORY, { id }, as)).organisation?.engagementStats).toEqual(loaded?.engagementStats);
      expect(list.find((node) => node.id === id)).toEqual(loaded);
    }
    const answered = list.find((node) => node.id === rich)!;
    expect(answered.groups).toHaveLength(3);
    expect(answered.affiliations).toHaveLength(4);
    expect(answered.affiliations.find((affiliation) => affiliation.role === 'Tuleva')?.contact.email).toBe(role === 'VIEWER' ? null : 'tuleva@example.fi');
    expect(answered.recent).toEqual({ invited: 0, heard: 1 });
    expect(list.find((node) => node.id === empty)).toMatchObject({ policyAreas: [], groups: [], affiliations: [], engagementStats: { invited: 0, heard: 0 } });
    expect(list.find((node) => node.id === archived)).toMatchObject({ archived: true, groups: [{}, {}, {}], engagementStats: { declined: 1 } });
  });
});
