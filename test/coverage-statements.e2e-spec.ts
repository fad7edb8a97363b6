import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { observeQueries } from '@sidos/database';
import { graphql } from './graphql/generated/index.js';
import type { CoverageStatementsHistoryQuery } from './graphql/generated/graphql.js';
import { TestApp } from './support/test-app.js';
import { seedConsultation } from './support/coverage-seed.js';

const HISTORY = graphql(`
  query CoverageStatementsHistory($id: ID!) {
    consultation(id: $id) {
      title
      targetGroups {
        name
      }
      activities {
        title
        engagements {
          kind
          organisation {
            name
          }
          contact {
            lastName
          }
          group {
            name
          }
        }
      }
    }
  }
`);

const STATS = graphql(`
  query CoverageStatementsStats($search: String) {
    organisations(first: 100, filter: { search: $search }) {
      nodes {
        name
        engagementStats {
          invited
          heard
          lastHeardOn
        }
        recent: engagementStats(since: "2026-03-01") {
          heard
        }
      }
    }
  }
`);

async function countStatements<Result, Variables>(
  app: TestApp,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<{ statements: string[]; data: Result }> {
  const statements: string[] = [];
  const stop = observeQueries((sql) => statements.push(sql));
  try {
    const data = await app.ok(document, variables);
    return { statements, data };
  } finally {
    stop();
  }
}

/**
 * One GraphQL request for the engagement history or for engagementStats of a list costs the same number of
 * SQL statements whatever the size: its fields are batched per request (the coverage questions' own
 * statements are service tests, coverage-statements.test.ts).
 */
describe('statements per GraphQL request over the engagement history do not grow with the data', () => {
  let app: TestApp;
  let small: string;
  let large: string;
  beforeAll(async () => {
    app = await TestApp.start();
    small = await seedConsultation(app, 'Pieni', 3, 5);
    large = await seedConsultation(app, 'Suuri', 30, 300);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('reads the engagement history of every activity with its parties in as many statements for 300 engagements as for 5', async () => {
    const smallRun = await countStatements(app, HISTORY, { id: small });
    const largeRun = await countStatements(app, HISTORY, { id: large });
    const engagementsOf = (run: { data: CoverageStatementsHistoryQuery }) => run.data.consultation!.activities.flatMap((activity) => activity.engagements);
    expect(engagementsOf(smallRun)).toHaveLength(5);
    expect(engagementsOf(largeRun)).toHaveLength(300);
    expect(engagementsOf(largeRun).filter((engagement) => engagement.contact !== null)).toHaveLength(100);
    expect(largeRun.statements.length).toBe(smallRun.statements.length);
    expect(largeRun.statements.length).toBeLessThanOrEqual(7);
  });

  it('counts engagementStats of a list of organisations in one statement', async () => {
    const smallRun = await countStatements(app, STATS, { search: 'Pieni järjestö' });
    const largeRun = await countStatements(app, STATS, { search: 'Suuri järjestö' });
    expect(smallRun.data.organisations.nodes).toHaveLength(6);
    expect(largeRun.data.organisations.nodes).toHaveLength(60);
    expect(largeRun.statements.length).toBe(smallRun.statements.length);
    expect(largeRun.statements.filter((sql) => sql.includes('"engagement"'))).toHaveLength(1);
  });
});
