import { DEMO_CONSULTATIONS, DemoSeeder } from '@sidos/demo';
import { TestApp } from './support/test-app.js';

const REFORM_COVERAGE = `query ($id: ID!) {
  consultationCoverage(consultationId: $id) {
    consultation { title }
    groups { group { name } targeted invited heard reached phasesHeard firstHeardOn }
    coverageRatio
    earlyReachRatio
    gaps { name }
  }
}`;

/** The demo consultations, seeded as on a first start, show both reached groups and gaps. */
describe('demo consultations', () => {
  let app: TestApp;
  let reformId: string;
  beforeAll(async () => {
    app = await TestApp.start();
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
    const { consultationCoverage: coverage } = await app.ok(REFORM_COVERAGE, { id: reformId }, { roles: ['VIEWER'], ministry: 'TEM' });
    const row = (name: string) => coverage.groups.find((candidate: { group: { name: string } }) => candidate.group.name === name);

    expect(
      coverage.groups.filter((candidate: { targeted: boolean }) => candidate.targeted).map((candidate: { group: { name: string } }) => candidate.group.name),
    ).toEqual([
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
    expect(coverage.gaps.map((gap: { name: string }) => gap.name)).toEqual([
      'Immigrants and language minorities',
      'People with disabilities',
      'Roma',
      'Swedish speakers in small municipalities',
      'The Sámi',
    ]);
  });
});
