import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';

/**
 * Issue 12, 9: with introspection off or for authenticated callers only, no piece of the schema reaches a caller without a valid token.
 * The probes go as text: a misspelt document, and raw requests without a token.
 */
const TYPO = '{ organisatons(first: 1) { nodes { nmae } } }';
const WRONG_VARIABLES = 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }';
const INTROSPECTIONS = [
  '{ __schema { types { name fields { name } } } }',
  '{ __type(name: "Organisation") { fields { name } } }',
  '{ a: __typename __schema { queryType { name } } }',
];
/** Words only the schema could have told: type, field and input names, and GraphQL's suggestions. */
const SCHEMA_WORDS = /organisations|Organisation|CreateOrganisationInput|"name"|Query|Did you mean/;

for (const introspection of ['authenticated', 'false'] as const) {
  describe(`GRAPHQL_INTROSPECTION=${introspection}`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await TestApp.start({ GRAPHQL_INTROSPECTION: introspection, GRAPHQL_SANDBOX: 'false', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
    });
    afterAll(async () => {
      await app?.stop();
    });

    const anonymously = async (query: string, variables: Record<string, unknown>, authorization?: string) => {
      const call = app.http().post('/graphql').set('content-type', 'application/json');
      if (authorization) call.set('authorization', authorization);
      return call.send({ query, variables });
    };

    const cases: [string, string, Record<string, unknown>][] = [
      ['a misspelt field', TYPO, {}],
      ['variables of a wrong shape', WRONG_VARIABLES, { input: { nmae: 'x', type: 'ASSOCIATON' } }],
      ...INTROSPECTIONS.map((query): [string, string, Record<string, unknown>] => ['introspection', query, {}]),
    ];
    it.each(cases)('answers %s without a valid token with 401 UNAUTHENTICATED and nothing of the schema', async (_case, query, variables) => {
      for (const authorization of [undefined, 'Bearer not-a-token', `Bearer ${(await app.token()).slice(0, -4)}AAAA`]) {
        const response = await anonymously(query, variables, authorization);
        expect(response.status).toBe(401);
        expect(response.body).toEqual({ errors: [{ message: expect.any(String) as string, extensions: { code: 'UNAUTHENTICATED' } }] });
        expect(response.text).not.toMatch(SCHEMA_WORDS);
      }
    });

    it('keeps the validation errors for a caller with a valid token, and introspection a 4xx where it is off', async () => {
      const typo = await app.graphqlText(TYPO, {}, { roles: ['VIEWER'] });
      expect(typo.status).toBe(400);
      expect(typo.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(typo.errors![0].message).toMatch(/organisatons/);
      // Suggestions only where a valid token could introspect the schema anyway.
      if (introspection === 'false') expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
      else expect(typo.errors![0].message).toMatch(/Did you mean "organisations"/);

      const schema = await app.graphql(
        graphql(`
          query SchemaPrivacyQueryType {
            __schema {
              queryType {
                name
              }
            }
          }
        `),
        {},
        { roles: ['VIEWER'] },
      );
      if (introspection === 'false') {
        expect(schema.status).toBe(400);
        expect(schema.data).toBeUndefined();
      } else {
        expect(schema.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      }
      expect(
        (
          await app.graphql(
            graphql(`
              query SchemaPrivacyMe {
                me {
                  id
                }
              }
            `),
            {},
            { roles: ['VIEWER'] },
          )
        ).data,
      ).toEqual({ me: { id: 'test-user' } });
    });
  });
}
