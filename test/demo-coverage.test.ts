import { CoverageService } from '@sidos/coverage';
import { DEMO_CONSULTATIONS, DemoSeeder } from '@sidos/demo';
import { TestServices } from './support/test-services.js';

/** The demo consultations, seeded as on a first start, show both reached groups and gaps (service tier). */
describe('demo consultations', () => {
  let app: TestServices;
  let reformId: string;
  beforeAll(async () => {
    app = await TestServices.start();
    await app.run(() => app.get(DemoSeeder).seedIfEmpty());
    const [row] = await app.sql<{ id: string }>('select id from consultation where title = ?', [DEMO_CONSULTATIONS[0].title]);
    reformId = row.id;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('seeds every demo consultation with its activities and engagements, for TEM', async () => {
    const consultations = await app.sql<{ ministry: string }>('select ministry from consultation');
    expect(consultations).toHaveLength(DEMO_CONSULTATIONS.length);
    expect(new Set(consultations.map((row) => row.ministry))).toEqual(new Set(['TEM']));
    const engagements = DEMO_CONSULTATIONS.flatMap((consultation) => consultation.activities.flatMap((activity) => activity.engagements));
    expect(Number((await app.sql<{ count: string }>('select count(*) as count from engagement'))[0].count)).toBe(engagements.length);
  });

  it('shows the labour-market reform reaching some groups and missing others', async () => {
    const coverage = await app.run(() => app.get(CoverageService).consultationCoverage(reformId));
    const row = (name: string) => coverage.groups.find((candidate) => candidate.group.name === name);

    expect(coverage.groups.filter((candidate) => candidate.targeted).map((candidate) => candidate.group.name)).toEqual([
      'Immigrants and language minorities',
      'Labour-market organisations',
      'Long-term unemployed',
      'Municipalities and wellbeing services counties',
      'People with disabilities',
      'Young people',
    ]);
    expect(row('Young people')).toMatchObject({ heard: 3 + 41, reached: true, phasesHeard: ['INITIATION', 'DRAFTING'], firstHeardOn: '2026-02-10' });
    expect(row('Long-term unemployed')).toMatchObject({ heard: 1 + 63, phasesHeard: ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND'] });
    expect(row('People with disabilities')).toMatchObject({ invited: 2, heard: 0, reached: false });
    expect(coverage.coverageRatio).toBeCloseTo(4 / 6);
    expect(coverage.earlyReachRatio).toBeCloseTo(4 / 6);
    expect(coverage.gaps.map((gap) => gap.name)).toEqual([
      'Immigrants and language minorities',
      'People with disabilities',
      'Roma',
      'Swedish speakers in small municipalities',
      'The Sámi',
    ]);
  });
});
