import { graphql } from './graphql/generated/index.js';
import type { CreateContactInput } from './graphql/generated/graphql.js';
import { type GraphQLResponse, TestApp, wrongType } from './support/test-app.js';
import { createOrganisation, createPolicyArea, randomBusinessId } from './support/factories.js';

const CREATE_ORGANISATION = graphql(`
  mutation ErrorsCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_ORGANISATION = graphql(`
  mutation ErrorsUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);
const CREATE_POLICY_AREA = graphql(`
  mutation ErrorsCreatePolicyArea($input: CreatePolicyAreaInput!) {
    createPolicyArea(input: $input) {
      id
    }
  }
`);
const STATS = graphql(`
  query ErrorsStats($since: Date) {
    organisations(first: 1) {
      nodes {
        engagementStats(since: $since) {
          heard
        }
      }
    }
  }
`);
const CREATE_CONTACT = graphql(`
  mutation ErrorsCreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      id
    }
  }
`);
const ORGANISATION = graphql(`
  query ErrorsOrganisation($id: ID!) {
    organisation(id: $id) {
      id
    }
  }
`);
const COUNT = graphql(`
  query ErrorsCount($first: Int) {
    organisations(first: $first) {
      totalCount
    }
  }
`);

/** What a form needs of an error: CONFLICT with the current version or the holder of a value, BAD_USER_INPUT with its fields. */
describe('error extensions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await createOrganisation(app, { name: 'Virheyhdistys ry' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  describe('CONFLICT', () => {
    it('carries the current version for a stale version', async () => {
      const organisation = await createOrganisation(app, { name: 'Versioyhdistys ry' });
      await app.ok(UPDATE_ORGANISATION, { id: organisation.id, version: organisation.version, input: { notes: 'first' } });
      await app.ok(UPDATE_ORGANISATION, { id: organisation.id, version: organisation.version + 1, input: { notes: 'second' } });
      const stale = await app.graphql(UPDATE_ORGANISATION, { id: organisation.id, version: organisation.version, input: { notes: 'late' } });
      expect(stale.errors?.[0].extensions).toEqual({ code: 'CONFLICT', currentVersion: organisation.version + 2 });
    });

    it('carries the id of the record that holds a business ID, and the field', async () => {
      const businessId = randomBusinessId();
      const holder = await createOrganisation(app, { businessId });
      const taken = await app.graphql(CREATE_ORGANISATION, { input: { name: 'Toinen ry', type: 'ASSOCIATION', businessId } });
      expect(taken.errors?.[0].extensions).toEqual({ code: 'CONFLICT', existingId: holder.id, fields: [{ path: 'businessId', message: expect.any(String) }] });
      const other = await createOrganisation(app, { name: 'Kolmas ry' });
      const update = await app.graphql(UPDATE_ORGANISATION, { id: other.id, version: other.version, input: { businessId } });
      expect(update.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', existingId: holder.id, fields: [{ path: 'businessId' }] });
    });

    it('carries the id of the policy area that holds a code', async () => {
      const area = await createPolicyArea(app);
      const taken = await app.graphql(CREATE_POLICY_AREA, { input: { code: area.code, name: 'Toinen' } });
      expect(taken.errors?.[0].extensions).toEqual({ code: 'CONFLICT', existingId: area.id, fields: [{ path: 'code', message: expect.any(String) }] });
    });
  });

  // A value written in the document makes it invalid, so such documents are sent as text (graphqlText); a value
  // in a variable is sent with the typed document, as wrongType where its type is what the test is about.
  describe('BAD_USER_INPUT for an invalid value, written in the document or in a variable', () => {
    const expectFields = (response: GraphQLResponse<unknown>, paths: string[]) => {
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((response.errors?.[0].extensions.fields as { path: string; message: string }[]).map((field) => field.path)).toEqual(paths);
      for (const field of response.errors?.[0].extensions.fields as { message: string }[]) expect(field.message).not.toBe('');
      expect(response.data ?? null).toBeNull();
    };

    it('a Date', async () => {
      expectFields(await app.graphqlText('{ organisations(first: 1) { nodes { engagementStats(since: "2026-13-01") { heard } } } }'), ['since']);
      expectFields(await app.graphql(STATS, { since: '2026-13-01' }), ['since']);
      expectFields(
        await app.graphqlText('query ($since: Date = "2026-02-30") { organisations(first: 1) { nodes { engagementStats(since: $since) { heard } } } }'),
        ['since'],
      );
    });

    it('a DateTime inside an input object', async () => {
      const input: CreateContactInput = { firstName: 'Ville', lastName: 'Valtonen', lawfulBasis: 'CONSENT', consentAt: '2025-02-30T00:00:00Z' };
      expectFields(await app.graphql(CREATE_CONTACT, { input }), ['consentAt']);
      expectFields(
        await app.graphqlText(
          'mutation { createContact(input: { firstName: "Ville", lastName: "Valtonen", lawfulBasis: CONSENT, consentAt: "2025-02-30T00:00:00Z" }) { id } }',
        ),
        ['consentAt'],
      );
    });

    it('a Date in a list of input objects', async () => {
      const affiliations = [
        { organisationId: '00000000-0000-4000-8000-000000000000' },
        { organisationId: '00000000-0000-4000-8000-000000000000', since: '2026-00-01' },
      ];
      expectFields(await app.graphql(CREATE_CONTACT, { input: { firstName: 'A', lastName: 'B', lawfulBasis: 'PUBLIC_TASK', affiliations } }), [
        'affiliations.1.since',
      ]);
      expectFields(
        await app.graphqlText(
          'mutation { createContact(input: { firstName: "A", lastName: "B", lawfulBasis: PUBLIC_TASK, affiliations: [{ organisationId: "x" }, { organisationId: "x", since: "2026-00-01" }] }) { id } }',
        ),
        ['affiliations.1.since'],
      );
    });

    it('an ID', async () => {
      expectFields(await app.graphqlText('{ organisation(id: 1.5) { id } }'), ['id']);
      expectFields(await app.graphql(ORGANISATION, { id: wrongType(true) }), ['id']);
      expectFields(await app.graphql(ORGANISATION, wrongType({})), ['id']);
      expectFields(await app.graphql(ORGANISATION, { id: wrongType(null) }), ['id']);
    });

    it('an enum value', async () => {
      expectFields(await app.graphqlText('mutation { createOrganisation(input: { name: "Kerho", type: CLUB }) { id } }'), ['type']);
      expectFields(await app.graphql(CREATE_ORGANISATION, { input: { name: 'Kerho', type: wrongType('CLUB') } }), ['type']);
      expectFields(await app.graphqlText('mutation { createOrganisation(input: { name: "Kerho", type: ASSOCIATION, languages: [FI, XX] }) { id } }'), [
        'languages.1',
      ]);
      expectFields(await app.graphql(CREATE_ORGANISATION, { input: { name: 'Kerho', type: 'ASSOCIATION', languages: wrongType(['FI', 'XX']) } }), [
        'languages.1',
      ]);
    });

    it('an Int out of range', async () => {
      expectFields(await app.graphqlText('{ organisations(first: 99999999999) { totalCount } }'), ['first']);
      expectFields(await app.graphql(COUNT, { first: 99999999999 }), ['first']);
      expectFields(await app.graphql(COUNT, { first: 1.5 }), ['first']);
    });

    it('a missing or unknown input field', async () => {
      expectFields(await app.graphqlText('mutation { createOrganisation(input: { type: ASSOCIATION }) { id } }'), ['name']);
      expectFields(await app.graphql(CREATE_ORGANISATION, { input: wrongType({ type: 'ASSOCIATION' }) }), ['name']);
      expectFields(await app.graphqlText('mutation { createOrganisation(input: { name: "A", type: ASSOCIATION, colour: "red" }) { id } }'), ['colour']);
      expectFields(await app.graphql(CREATE_ORGANISATION, { input: wrongType({ name: 'A', type: 'ASSOCIATION', colour: 'red' }) }), ['colour']);
    });

    it('keeps a document that cannot run a GRAPHQL_VALIDATION_FAILED', async () => {
      expect((await app.graphqlText('{ nonsense }')).errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
      expect((await app.graphqlText('{ organisation { id } }')).errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
      expect((await app.graphqlText('query ($id: String) { organisation(id: $id) { id } }', { id: 'x' })).errors?.[0].extensions.code).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
    });
  });
});
