import { type CoverageWindow, CoverageService } from '@sidos/coverage';
import { observeQueries } from '@sidos/database';
import { TestServices } from './support/test-services.js';
import { seedConsultation } from './support/coverage-seed.js';

/** The SQL statements that `work` runs, with its answer. */
async function countStatements<T>(work: () => Promise<T>): Promise<{ statements: string[]; answer: T }> {
  const statements: string[] = [];
  const stop = observeQueries((sql) => statements.push(sql));
  try {
    const answer = await work();
    return { statements, answer };
  } finally {
    stop();
  }
}

/**
 * The coverage questions cost the same number of SQL statements whatever their size (service tier;
 * coverage-statements.e2e-spec.ts counts the GraphQL requests that batch fields: the engagement history and
 * engagementStats of a list).
 */
describe('statements per coverage question do not grow with the data', () => {
  let app: TestServices;
  let small: string;
  let large: string;
  beforeAll(async () => {
    app = await TestServices.start();
    small = await seedConsultation(app, 'Pieni', 3, 5);
    large = await seedConsultation(app, 'Suuri', 30, 300);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const coverage = (id: string) => countStatements(() => app.run(() => app.get(CoverageService).consultationCoverage(id)));
  /** coverageMatrix and unheardGroups of one window, as one request asks both. */
  const matrix = (window: CoverageWindow) =>
    countStatements(() =>
      app.run(async () => ({
        coverageMatrix: await app.get(CoverageService).coverageMatrix(window),
        unheardGroups: await app.get(CoverageService).unheardGroups(window),
      })),
    );

  it('answers consultationCoverage in two statements for 3 groups and 5 engagements as for 30 and 300', async () => {
    const smallRun = await coverage(small);
    const largeRun = await coverage(large);
    expect(smallRun.answer.groups.filter((row) => row.targeted)).toHaveLength(3);
    expect(largeRun.answer.groups.filter((row) => row.targeted)).toHaveLength(30);
    expect(largeRun.answer.groups.some((row) => row.heard > 1)).toBe(true);
    expect(largeRun.statements.length).toBe(smallRun.statements.length);
    expect(largeRun.statements.length).toBe(2);
  });

  it('answers coverageMatrix and unheardGroups in a fixed number of statements', async () => {
    const narrow = await matrix({ from: '2026-01-01', to: '2026-01-31' });
    const wide = await matrix({ from: '2026-01-01', to: '2026-12-31' });
    expect(wide.answer.coverageMatrix.cells.length).toBeGreaterThan(narrow.answer.coverageMatrix.cells.length);
    expect(wide.statements.length).toBe(narrow.statements.length);
    expect(wide.statements.length).toBeLessThanOrEqual(4);
  });
});
