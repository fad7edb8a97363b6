import { observeQueries } from '@sidos/database';
import { TestApp, type UntypedJson } from './support/test-app.js';
import { seedConsultation } from './support/coverage-seed.js';

const HISTORY = `query ($id: ID!) {
  consultation(id: $id) {
    title
    targetGroups { name }
    activities { title engagements { kind organisation { name } contact { lastName } group { name } } }
  }
}`;

const STATS = `query ($search: String) {
  organisations(first: 100, filter: { search: $search }) { nodes { name engagementStats { invited heard lastHeardOn } recent: engagementStats(since: "2026-03-01") { heard } } }
}`;

async function countStatements(app: TestApp, query: string, variables: Record<string, unknown>): Promise<{ statements: string[]; data: UntypedJson }> {
  const statements: string[] = [];
  const stop = observeQueries((sql) => statements.push(sql));
  try {
    const data = await app.ok(query, variables);
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
    const engagementsOf = (run: { data: UntypedJson }) =>
      run.data.consultation.activities.flatMap((activity: { engagements: unknown[] }) => activity.engagements);
    expect(engagementsOf(smallRun)).toHaveLength(5);
    expect(engagementsOf(largeRun)).toHaveLength(300);
    expect(engagementsOf(largeRun).filter((engagement: { contact: unknown }) => engagement.contact !== null)).toHaveLength(100);
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
