import { graphql } from './graphql/generated/index.js';
import type { OrganisationFilter, OrganisationListQuery } from './graphql/generated/graphql.js';
import { TestApp, wrongType } from './support/test-app.js';
import { createGroup, createOrganisation, createPolicyArea, addMembers, randomBusinessId } from './support/factories.js';

const CREATE = graphql(`
  mutation OrganisationCreate($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      nameSv
      nameEn
      businessId
      type
      languages
      website
      email
      version
      archived
      policyAreas {
        code
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation OrganisationUpdate($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, version: $version, input: $input) {
      id
      name
      businessId
      version
      notes
      policyAreas {
        code
      }
    }
  }
`);
const ARCHIVE = graphql(`
  mutation OrganisationArchive($id: ID!, $version: Int!) {
    archiveOrganisation(id: $id, version: $version) {
      id
      archived
      version
    }
  }
`);
const LIST = graphql(`
  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
      }
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);
const BY_BUSINESS_ID = graphql(`
  query OrganisationByBusinessId($businessId: String!) {
    organisationByBusinessId(businessId: $businessId) {
      id
      businessId
    }
  }
`);

describe('organisations over GraphQL', () => {
  let app: TestApp;
  const countOrganisations = async () => Number((await app.sql<{ count: string }>('select count(*) as count from organisation'))[0].count);

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  describe('create', () => {
    it('trims names, normalises a VAT-form business ID and links policy areas', async () => {
      const area = await createPolicyArea(app);
      const businessId = randomBusinessId();
      const vat = `FI${businessId.replace('-', '')}`;
      const data = await app.ok(CREATE, {
        input: {
          name: '  Kylätoiminta ry ',
          nameSv: ' Byaverksamhet rf ',
          businessId: vat,
          type: 'ASSOCIATION',
          languages: ['FI', 'SV', 'FI'],
          website: 'https://kylat.example.fi',
          policyAreaIds: [area.id],
        },
      });
      expect(data.createOrganisation).toMatchObject({
        name: 'Kylätoiminta ry',
        nameSv: 'Byaverksamhet rf',
        nameEn: null,
        businessId,
        type: 'ASSOCIATION',
        languages: ['FI', 'SV'],
        version: 1,
        archived: false,
        policyAreas: [{ code: area.code }],
      });
    });

    it('lists every invalid field at once and writes nothing', async () => {
      const before = await countOrganisations();
      const response = await app.graphql(CREATE, {
        input: { name: '   ', businessId: '0112038-8', type: 'ASSOCIATION', website: 'ftp://files.example.fi', email: 'not-an-email', nameSv: 'x'.repeat(301) },
      });
      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const paths = response.errors![0].extensions.fields!.map((field) => field.path).sort();
      expect(paths).toEqual(['businessId', 'email', 'name', 'nameSv', 'website']);
      for (const field of response.errors![0].extensions.fields!) expect(field.message).toEqual(expect.any(String));
      expect(await countOrganisations()).toBe(before);
    });

    it.each([['1234567-2'], ['0112038'], ['0112038-9x'], ['ABCDEFG-1']])('refuses the business ID %s', async (businessId) => {
      const response = await app.graphql(CREATE, { input: { name: 'Yhdistys', businessId, type: 'ASSOCIATION' } });
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'businessId' }] });
    });

    it('refuses an unknown policy area id with its path, writing nothing', async () => {
      const area = await createPolicyArea(app);
      const before = await countOrganisations();
      const response = await app.graphql(CREATE, {
        input: { name: 'Yhdistys', type: 'ASSOCIATION', policyAreaIds: [area.id, '9b2f7a3c-1111-4c1d-8e2f-000000000000', 'not-an-id'] },
      });
      expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions.fields!.map((field) => field.path)).toEqual(['policyAreaIds.1', 'policyAreaIds.2']);
      expect(await countOrganisations()).toBe(before);
    });

    it('answers CONFLICT for a business ID that already exists, writing nothing', async () => {
      const businessId = randomBusinessId();
      await createOrganisation(app, { businessId });
      const before = await countOrganisations();
      const response = await app.graphql(CREATE, { input: { name: 'Kopio', businessId, type: 'COMPANY' } });
      expect(response.errors![0].extensions.code).toBe('CONFLICT');
      expect(response.errors![0].message).not.toMatch(/insert|select|duplicate key|constraint/i);
      expect(await countOrganisations()).toBe(before);
    });

    it('refuses an unknown enum value before anything executes', async () => {
      const response = await app.graphql(CREATE, { input: { name: 'Yhdistys', type: wrongType('CLUB') } });
      expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.data).toBeUndefined();
    });
  });

  describe('update and archive', () => {
    it('changes only the given fields and bumps the version', async () => {
      const created = await createOrganisation(app, { notes: 'Keep me' });
      const data = await app.ok(UPDATE, { id: created.id, version: created.version, input: { name: 'Uusi nimi ry' } });
      expect(data.updateOrganisation).toMatchObject({ name: 'Uusi nimi ry', notes: 'Keep me', version: created.version + 1 });
    });

    it('clears optional text given as null or empty', async () => {
      const created = await createOrganisation(app, { notes: 'Old note' });
      const data = await app.ok(UPDATE, { id: created.id, version: created.version, input: { notes: '  ' } });
      expect(data.updateOrganisation.notes).toBeNull();
    });

    it('refuses null for a required field', async () => {
      const created = await createOrganisation(app);
      const response = await app.graphql(UPDATE, { id: created.id, version: created.version, input: { name: null, type: null } });
      expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions.fields!.map((field) => field.path).sort()).toEqual(['name', 'type']);
    });

    it('answers CONFLICT for a stale version and keeps the stored record', async () => {
      const created = await createOrganisation(app, { name: 'Alkuperäinen' });
      await app.ok(UPDATE, { id: created.id, version: created.version, input: { notes: 'first edit' } });
      const stale = await app.graphql(UPDATE, { id: created.id, version: created.version, input: { name: 'Myöhästynyt' } });
      expect(stale.errors![0].extensions.code).toBe('CONFLICT');
      const [row] = await app.sql<{ name: string; version: number }>('select name, version from organisation where id = ?', [created.id]);
      expect(row).toEqual({ name: 'Alkuperäinen', version: created.version + 1 });
    });

    it('answers CONFLICT when the new business ID belongs to another organisation', async () => {
      const taken = randomBusinessId();
      await createOrganisation(app, { businessId: taken });
      const other = await createOrganisation(app);
      const response = await app.graphql(UPDATE, { id: other.id, version: other.version, input: { businessId: taken } });
      expect(response.errors![0].extensions.code).toBe('CONFLICT');
    });

    it('replaces policy areas when given', async () => {
      const [a, b] = [await createPolicyArea(app), await createPolicyArea(app)];
      const created = await createOrganisation(app, { policyAreaIds: [a.id] });
      const data = await app.ok(UPDATE, { id: created.id, version: created.version, input: { policyAreaIds: [b.id] } });
      expect(data.updateOrganisation.policyAreas).toEqual([{ code: b.code }]);
    });

    it.each([
      ['an unknown id', '4d7e3a0b-2222-4c1d-8e2f-000000000000'],
      ['a malformed id', 'nope'],
    ])('answers NOT_FOUND for %s', async (_label, id) => {
      const response = await app.graphql(UPDATE, { id, version: 1, input: { name: 'X' } });
      expect(response.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('archives (ADMIN), hiding the organisation from lists unless includeArchived', async () => {
      const created = await createOrganisation(app, { name: 'Arkistoitava yhdistys' });
      const refused = await app.graphql(ARCHIVE, { id: created.id, version: created.version }, { roles: ['EDITOR'] });
      expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
      const data = await app.ok(ARCHIVE, { id: created.id, version: created.version });
      expect(data.archiveOrganisation).toMatchObject({ archived: true, version: created.version + 1 });
      const hidden = await app.ok(LIST, { filter: { search: 'Arkistoitava' } });
      expect(hidden.organisations.totalCount).toBe(0);
      const shown = await app.ok(LIST, { filter: { search: 'Arkistoitava', includeArchived: true } });
      expect(shown.organisations.nodes).toEqual([{ id: created.id, name: 'Arkistoitava yhdistys' }]);
    });
  });

  describe('queries', () => {
    it('answers null for an unknown or malformed id', async () => {
      const data = await app.ok(
        graphql(`
          query OrganisationUnknownIds {
            a: organisation(id: "4d7e3a0b-2222-4c1d-8e2f-000000000000") {
              id
            }
            b: organisation(id: "1; drop table organisation") {
              id
            }
          }
        `),
      );
      expect(data).toEqual({ a: null, b: null });
    });

    it('searches names in every language and the business ID, case- and accent-insensitively, by relevance', async () => {
      const businessId = randomBusinessId();
      const sami = await createOrganisation(app, {
        name: 'Saamelaiskäräjät',
        nameSv: 'Sametinget',
        nameEn: 'Sámi Parliament',
        businessId,
        type: 'GOVERNMENT_AGENCY',
      });
      const other = await createOrganisation(app, { name: 'Pohjoisen kehittäjät ry', notes: 'mentions saamelaiskarajat only in notes' });
      const search = async (term: string) => (await app.ok(LIST, { filter: { search: term } })).organisations.nodes.map((node) => node.id);
      expect(await search('SAAMELAISKARAJAT')).toEqual([sami.id]);
      expect(await search('sametinget')).toEqual([sami.id]);
      expect(await search('sami parl')).toEqual([sami.id]);
      expect(await search(businessId)).toEqual([sami.id]);
      expect(await search('kehittäjät')).toEqual([other.id]);
      expect(await search('%')).toEqual([]);
      const relevance = await search('kehit');
      expect(relevance[0]).toBe(other.id);
    });

    it('finds an organisation by its business ID in any common form (VIEWER), null when none holds it, BAD_USER_INPUT when invalid', async () => {
      const businessId = randomBusinessId();
      const holder = await createOrganisation(app, { name: 'Tunnushaku Oy', businessId, type: 'COMPANY' });
      const viewer = { roles: ['VIEWER'] };
      for (const form of [businessId, businessId.replace('-', ''), `FI${businessId.replace('-', '')}`, ` fi ${businessId.replace('-', ' ')} `]) {
        expect((await app.ok(BY_BUSINESS_ID, { businessId: form }, viewer)).organisationByBusinessId).toEqual({ id: holder.id, businessId });
      }
      const search = async (term: string) => (await app.ok(LIST, { filter: { search: term } }, viewer)).organisations.nodes.map((node) => node.id);
      expect(await search(`FI${businessId.replace('-', '')}`)).toEqual([holder.id]);
      expect(await search(businessId.replace('-', ''))).toEqual([holder.id]);
      let unheld = randomBusinessId();
      while (unheld === businessId) unheld = randomBusinessId();
      expect((await app.ok(BY_BUSINESS_ID, { businessId: unheld }, viewer)).organisationByBusinessId).toBeNull();
      const invalid = await app.graphql(BY_BUSINESS_ID, { businessId: `${businessId.slice(0, 8)}${(Number(businessId[8]) + 1) % 10}` }, viewer);
      expect(invalid.data?.organisationByBusinessId ?? null).toBeNull();
      expect(invalid.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'businessId' }] });
      const anonymous = await app.graphql(BY_BUSINESS_ID, { businessId }, null);
      expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('filters by type, policy area and group; unknown ids match nothing', async () => {
      const area = await createPolicyArea(app);
      const group = await createGroup(app);
      const union = await createOrganisation(app, { type: 'TRADE_UNION', policyAreaIds: [area.id] });
      const foundation = await createOrganisation(app, { type: 'FOUNDATION' });
      await addMembers(app, group.id, { organisationIds: [foundation.id] });
      const ids = async (filter: OrganisationFilter) => (await app.ok(LIST, { filter, first: 200 })).organisations.nodes.map((node) => node.id);
      expect(await ids({ types: ['TRADE_UNION'] })).toContain(union.id);
      expect(await ids({ types: ['TRADE_UNION'] })).not.toContain(foundation.id);
      expect(await ids({ policyAreaIds: [area.id] })).toEqual([union.id]);
      expect(await ids({ groupIds: [group.id] })).toEqual([foundation.id]);
      expect(await ids({ groupIds: ['4d7e3a0b-2222-4c1d-8e2f-000000000000', 'garbage'] })).toEqual([]);
    });

    it('pages by name, case-insensitively, with opaque cursors and a total', async () => {
      const prefix = `Sivutus ${Date.now()}`;
      for (const name of ['b', 'A', 'c', 'D', 'e']) await createOrganisation(app, { name: `${prefix} ${name}` });
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: OrganisationListQuery['organisations'] = (await app.ok(LIST, { filter: { search: prefix }, first: 2, after })).organisations;
        expect(page.totalCount).toBe(5);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.nodes.map((node) => node.name.slice(-1)));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(['A', 'b', 'c', 'D', 'e']);
    });

    it('orders the unfiltered list by name case-insensitively', async () => {
      const page = (await app.ok(LIST, { first: 200 })).organisations;
      const names = page.nodes.map((node) => node.name.toLowerCase());
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it.each([
      [{ first: 201 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ after: 'bm90IGEgY3Vyc29y' }, 'after'],
    ])('refuses %j as BAD_USER_INPUT on %s', async (variables, path) => {
      const response = await app.graphql(LIST, variables);
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path }] });
    });

    it('allows first: 0 and first: 200', async () => {
      expect((await app.ok(LIST, { first: 0 })).organisations.nodes).toEqual([]);
      expect((await app.ok(LIST, { first: 200 })).organisations.totalCount).toBeGreaterThan(0);
    });
  });
});
