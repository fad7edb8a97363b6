import { SignJWT } from 'jose';
import { createConsultation } from './support/engagement-factories.js';
import { createContact, createGroup, createOrganisation } from './support/factories.js';
import { graphql } from './graphql/generated/index.js';
import { type GraphQLResponse, TEST_JWT_SECRET, TestApp } from './support/test-app.js';

const CREATE_ORGANISATION = graphql(`
  mutation StrictCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);
const CREATE_CONTACT = graphql(`
  mutation StrictCreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      id
      consentAt
    }
  }
`);
const ORGANISATIONS = graphql(`
  query StrictOrganisations($search: String) {
    organisations(first: 50, filter: { search: $search }) {
      totalCount
      nodes {
        name
      }
    }
  }
`);

/** Issue 12, item 7: strict dates and times, text rules in every input, exact role names; item 8: search wildcards. */
describe('strict input', () => {
  let app: TestApp;
  let organisationId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    organisationId = (await createOrganisation(app, { name: 'Aalto-säätiö' })).id;
  });
  afterAll(async () => {
    await app?.stop();
  });

  const count = async (table: string) => Number((await app.sql<{ count: string }>(`select count(*) from "${table}"`))[0].count);

  describe('DateTime and Date', () => {
    it.each([
      ['a day that does not exist', '2025-02-30T00:00:00Z'],
      ['a year before PostgreSQL and JavaScript can hold', '-271821-04-20T00:00:00Z'],
      ['a year after 9999', '+275760-09-13T00:00:00Z'],
      ['a time without its offset', '2026-01-02T10:00:00'],
    ])('refuses %s as BAD_USER_INPUT, writing nothing', async (_label, consentAt) => {
      const before = await count('contact');
      const response = await app.graphql(CREATE_CONTACT, { input: { firstName: 'Ville', lastName: 'Valtonen', lawfulBasis: 'CONSENT', consentAt } });
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.data ?? null).toBeNull();
      expect(await count('contact')).toBe(before);
    });

    it('refuses an impossible DateTime written in the document too', async () => {
      // Invalid as written: text.
      const response = await app.graphqlText(
        'mutation { createContact(input: { firstName: "Ville", lastName: "Valtonen", lawfulBasis: CONSENT, consentAt: "2025-02-30T00:00:00Z" }) { id } }',
      );
      expect(response.errors?.[0].extensions.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
      expect(response.errors?.[0].message).toContain('DateTime');
    });

    it('stores a real time given with an offset as its instant', async () => {
      const response = await app.ok(CREATE_CONTACT, {
        input: { firstName: 'Ville', lastName: 'Valtonen', lawfulBasis: 'CONSENT', consentAt: '2024-02-29T12:00:00+02:00' },
      });
      expect(response.createContact.consentAt).toBe('2024-02-29T10:00:00.000Z');
    });

    it('refuses a Date of a day or year that does not exist', async () => {
      for (const since of ['2026-02-30', '0000-01-01']) {
        const response = await app.graphql(CREATE_CONTACT, {
          input: { firstName: 'Ville', lastName: 'Valtonen', lawfulBasis: 'PUBLIC_TASK', affiliations: [{ organisationId, since }] },
        });
        expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('text', () => {
    it.each([
      ['C1 control character U+0085', 'rivi\u0085rivi'],
      ['C1 control character U+009B (CSI)', '\u009b31mpunainen'],
      ['right-to-left override U+202E', 'Akava \u202Eyr'],
      ['left-to-right embedding U+202A', '\u202Aa'],
      ['first strong isolate U+2068', 'a\u2068b\u2069'],
    ])('refuses a %s in any text, at the field path, writing nothing', async (_label, text) => {
      const before = await count('organisation');
      const notes = await app.graphql(CREATE_ORGANISATION, { input: { name: 'Hyvä ry', type: 'ASSOCIATION', notes: text } });
      expect(notes.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'notes' }] });
      const name = await app.graphql(CREATE_ORGANISATION, { input: { name: text, type: 'ASSOCIATION' } });
      expect(name.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'name' }] });
      expect(await count('organisation')).toBe(before);

      const role = await app.graphql(CREATE_CONTACT, {
        input: { firstName: 'Ville', lastName: 'Valtonen', lawfulBasis: 'PUBLIC_TASK', affiliations: [{ organisationId, role: text }] },
      });
      expect(role.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'affiliations.0.role' }] });
      const search = await app.graphql(ORGANISATIONS, { search: text });
      expect(search.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.search' }] });
    });

    it('keeps right-to-left text and the direction marks that do not reorder it', async () => {
      const created = await app.ok(CREATE_ORGANISATION, {
        input: { name: 'جمعية \u200fSuomi', type: 'ASSOCIATION', notes: 'עברית \u200e ok' },
      });
      expect(created.createOrganisation.name).toBe('جمعية \u200fSuomi');
    });

    it('refuses names and titles of invisible characters only, in every kind of record', async () => {
      const consultation = await createConsultation(app);
      const invisible = ['\u200b', '\u200b\u200c\u200d\u2060', '\u00ad', '\u3164'];
      for (const text of invisible) {
        const cases: [string, () => Promise<GraphQLResponse<unknown>>, string][] = [
          ['organisation', () => app.graphql(CREATE_ORGANISATION, { input: { name: text, type: 'ASSOCIATION' } }), 'name'],
          ['Swedish name', () => app.graphql(CREATE_ORGANISATION, { input: { name: 'Akava', nameSv: text, type: 'ASSOCIATION' } }), 'nameSv'],
          ['contact', () => app.graphql(CREATE_CONTACT, { input: { firstName: text, lastName: 'Valtonen', lawfulBasis: 'PUBLIC_TASK' } }), 'firstName'],
          [
            'job title',
            () => app.graphql(CREATE_CONTACT, { input: { firstName: 'Ville', lastName: 'Valtonen', title: text, lawfulBasis: 'PUBLIC_TASK' } }),
            'title',
          ],
          [
            'group',
            () =>
              app.graphql(
                graphql(`
                  mutation StrictCreateGroup($input: CreateStakeholderGroupInput!) {
                    createStakeholderGroup(input: $input) {
                      id
                    }
                  }
                `),
                {
                  input: { name: text },
                },
              ),
            'name',
          ],
          [
            'policy area',
            () =>
              app.graphql(
                graphql(`
                  mutation StrictCreatePolicyArea($input: CreatePolicyAreaInput!) {
                    createPolicyArea(input: $input) {
                      id
                    }
                  }
                `),
                {
                  input: { code: 'invisible', name: text },
                },
              ),
            'name',
          ],
          [
            'consultation',
            () =>
              app.graphql(
                graphql(`
                  mutation StrictCreateConsultation($input: CreateConsultationInput!) {
                    createConsultation(input: $input) {
                      id
                    }
                  }
                `),
                {
                  input: { title: text },
                },
              ),
            'title',
          ],
          [
            'activity',
            () =>
              app.graphql(
                graphql(`
                  mutation StrictCreateActivity($input: CreateActivityInput!) {
                    createActivity(input: $input) {
                      id
                    }
                  }
                `),
                {
                  input: { consultationId: consultation.id, title: text, method: 'WORKSHOP', mode: 'IN_PERSON', phase: 'DRAFTING', date: '2026-03-10' },
                },
              ),
            'title',
          ],
        ];
        for (const [label, send, path] of cases) {
          const response = await send();
          expect({ label, text, extensions: response.errors?.[0].extensions }).toEqual({
            label,
            text,
            extensions: { code: 'BAD_USER_INPUT', fields: [{ path, message: 'must contain a visible character' }] },
          });
        }
      }
      expect(await count('activity')).toBe(0);
    });

    it('refuses an update to a name of invisible characters only', async () => {
      const group = await createGroup(app);
      const response = await app.graphql(
        graphql(`
          mutation StrictRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {
            updateStakeholderGroup(id: $id, version: $version, input: $input) {
              id
            }
          }
        `),
        { id: group.id, version: group.version, input: { name: '\u200b' } },
      );
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'name' }] });
    });
  });

  describe('roles', () => {
    const sign = (roles: unknown) =>
      new SignJWT({ roles, ministry: 'TEM' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject('mallory')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const ask = async (roles: unknown) => {
      const response = await app
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${await sign(roles)}`)
        .send({ query: '{ organisations(first: 1) { totalCount } }' });
      return { status: response.status, code: (response.body as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code };
    };

    it.each([
      ['a dotless ı', ['admın']],
      ['a trailing space', ['ADMIN ']],
      ['lower case', ['admin', 'viewer']],
      ['a space separated string', 'viewer admin'],
      ['a single string', 'ADMIN'],
      ['an object', { ADMIN: true }],
    ])('gives no role for %s, answering as a token without roles does', async (_label, roles) => {
      const withoutRoles = await ask([]);
      expect(withoutRoles.code).toBe('FORBIDDEN');
      expect(await ask(roles)).toEqual(withoutRoles);
    });

    it('grants the exact role names', async () => {
      expect((await ask(['VIEWER'])).code).toBeUndefined();
    });
  });

  describe('search', () => {
    const searchAll = (search: string) =>
      app.ok(
        graphql(`
          query StrictSearchAll($search: String) {
            organisations(first: 50, filter: { search: $search }) {
              totalCount
              nodes {
                name
              }
            }
            contacts(first: 50, filter: { search: $search }) {
              totalCount
            }
            stakeholderGroups(first: 50, filter: { search: $search }) {
              totalCount
            }
            consultations(first: 50, filter: { search: $search }) {
              totalCount
            }
          }
        `),
        { search },
      );

    it('reads fullwidth ％, ＿ and ＼ (which unaccent turns into LIKE wildcards) as the characters themselves, in every search', async () => {
      await createOrganisation(app, { name: 'Beeta ry' });
      await createContact(app);
      await createGroup(app);
      await createConsultation(app);
      for (const term of ['％', '＿', '＼', '％％', 'a＿a', '%', '_', '\\']) {
        const found = await searchAll(term);
        expect({ term, found }).toEqual({
          term,
          found: {
            organisations: { totalCount: 0, nodes: [] },
            contacts: { totalCount: 0 },
            stakeholderGroups: { totalCount: 0 },
            consultations: { totalCount: 0 },
          },
        });
      }
    });

    it('finds a name that contains the character', async () => {
      await createOrganisation(app, { name: 'Sata ％ Oy' });
      await createOrganisation(app, { name: 'Alaviiva_ry' });
      expect((await searchAll('％')).organisations.nodes).toEqual([{ name: 'Sata ％ Oy' }]);
      expect((await searchAll('＿')).organisations.nodes).toEqual([{ name: 'Alaviiva_ry' }]);
      expect((await searchAll('a_r')).organisations.nodes).toEqual([{ name: 'Alaviiva_ry' }]);
    });
  });
});
