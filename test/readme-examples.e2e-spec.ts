import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { DemoSeeder } from '@sidos/demo';
import { graphql } from './graphql/generated/index.js';
import { TestApp, type UntypedJson } from './support/test-app.js';

/** One GraphQL request of the README: the document, and the operation to run when it holds several. */
interface Example {
  document: string;
  operation: OperationDefinitionNode;
}

/** The README's ```graphql blocks (every operation of each, in order) and the queries of its curl examples. */
function readmeExamples(readme: string): Example[] {
  const documents = [
    ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]),
    ...[...readme.matchAll(/curl [^\n]*\/graphql[^\n]*\\\n\s*-d '(\{[^']*\})'/g)].map((match) => (JSON.parse(match[1]) as { query: string }).query),
  ];
  return documents.flatMap((document) =>
    parse(document)
      .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => ({ document, operation })),
  );
}

/**
 * Issue 13, item 7: every example of the README runs as written against the demo register that `npm start`
 * seeds, one after the other as a reader would run them. Variables take the ids a reader would paste: those
 * the examples before created (an organisation, a consultation, an activity, engagement records), else the demo register's
 * records the examples name.
 */
describe('the README examples, against the demo register', () => {
  let app: TestApp;
  const examples = readmeExamples(readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8'));

  beforeAll(async () => {
    app = await TestApp.start();
    await app.get(DemoSeeder).seedIfEmpty();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it('runs every one of them without an error, as an ADMIN of TEM', async () => {
    const organisation = async (search: string) =>
      (
        await app.ok(
          graphql(`
            query ReadmeOrganisation($s: String) {
              organisations(first: 1, filter: { search: $s }) {
                nodes {
                  id
                }
              }
            }
          `),
          { s: search },
        )
      ).organisations.nodes[0].id;
    const group = async (search: string) =>
      (
        await app.ok(
          graphql(`
            query ReadmeGroup($s: String) {
              stakeholderGroups(first: 1, filter: { search: $s }) {
                nodes {
                  id
                }
              }
            }
          `),
          { s: search },
        )
      ).stakeholderGroups.nodes[0].id;
    const variables: Record<string, unknown> = {
      youth: await group('Young people'),
      unemployed: await group('Long-term unemployed'),
      groupId: await group('Rural residents'),
      allianssi: await organisation('Allianssi'),
      nuva: await organisation('Nuorisovaltuustojen'),
      otso: (
        await app.ok(
          graphql(`
            query ReadmeOtso {
              contacts(first: 1, filter: { search: "Otso Nieminen" }) {
                nodes {
                  id
                }
              }
            }
          `),
        )
      ).contacts.nodes[0].id,
    };
    const token = await app.token({ roles: ['ADMIN'], ministry: 'TEM' });
    const ran: string[] = [];
    for (const { document, operation } of examples) {
      const name = operation.name?.value;
      const needed = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, variables[definition.variable.name.value]]),
      );
      const response = await app
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .send({ query: document, variables: needed, operationName: name });
      const body = response.body as { data?: UntypedJson; errors?: unknown[] };
      expect([name ?? 'anonymous', response.status, body.errors ?? null]).toEqual([name ?? 'anonymous', 200, null]);
      const data = body.data!;
      if (data.createOrganisation) variables.id = variables.organisationId = data.createOrganisation.id;
      if (data.createConsultation) variables.id = variables.consultationId = data.createConsultation.id;
      if (data.createActivity) variables.activityId = data.createActivity.id;
      // A correction withdraws one of the records just made, as a reader would.
      if (data.recordEngagements) variables.ids = [data.recordEngagements[0].id];
      ran.push(name ?? 'anonymous');
    }
    expect(ran).toEqual(examples.map(({ operation }) => operation.name?.value ?? 'anonymous'));
  });
});
