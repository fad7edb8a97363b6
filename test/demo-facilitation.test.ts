import { DEMO_FACILITATORS, DEMO_FEEDBACK, DemoSeeder } from '@sidos/demo';
import { TestApp } from './support/test-app.js';

const METHOD_FEEDBACK = `query ($window: CoverageWindow!) {
  methodFeedback(window: $window) { phase method activities hardToReachGroupsHeard feedback { responses averageRating ratingCounts } }
}`;
const POOL = `query {
  all: facilitators(filter: { activeOnly: false }) { totalCount nodes { name languages methods active } }
  swedish: facilitators(filter: { languages: [SV], methods: [WEBINAR] }) { nodes { name } }
  sami: facilitators(filter: { languages: [SE] }) { nodes { name } }
}`;
const WEBINAR = `query ($id: ID!) { activity(id: $id) { participantCount facilitators { role facilitator { name } } feedback { responses averageRating } feedbackComments { comment } } }`;

/** The demo register's facilitator pool and feedback, seeded as on a first start. */
describe('demo facilitation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await app.run(() => app.get(DemoSeeder).seedIfEmpty());
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("seeds TEM's pool: Swedish- and Sámi-speaking facilitators, one inactive", async () => {
    const data = await app.ok(POOL, {}, { roles: ['VIEWER'] });
    expect(data.all.totalCount).toBe(DEMO_FACILITATORS.length);
    expect(data.all.nodes.filter((node: { active: boolean }) => !node.active)).toHaveLength(1);
    expect(data.swedish.nodes.map((node: { name: string }) => node.name)).toEqual(['Lindqvist Erik']);
    expect(data.sami.nodes.map((node: { name: string }) => node.name)).toEqual(['Näkkäläjärvi Anni']);
  });

  it('gives the 912-viewer webinar its facilitators and a few hundred responses', async () => {
    const [row] = await app.sql<{ id: string }>(`select "id" from "activity" where "participant_count" = 912`);
    const { activity } = await app.ok(WEBINAR, { id: row.id });
    expect(activity.facilitators.map((assignment: { role: string; facilitator: { name: string } }) => [assignment.role, assignment.facilitator.name])).toEqual([
      ['LEAD', 'Virtanen Mikko'],
      ['SUPPORT', 'Lindqvist Erik'],
    ]);
    expect(activity.feedback.responses).toBe(300);
    expect(activity.feedbackComments).toHaveLength(4);
    const total = DEMO_FEEDBACK.reduce((sum, feedback) => sum + feedback.ratingCounts.reduce((a, b) => a + b, 0), 0);
    expect((await app.sql<{ count: number }>(`select count(*)::int as "count" from "feedback_response"`))[0].count).toBe(total);
  });

  it('shows early (INITIATION) dialogue rated highest over the demo year', async () => {
    const rows = (await app.ok(METHOD_FEEDBACK, { window: { from: '2026-01-01', to: '2026-12-31', ministry: 'TEM' } })).methodFeedback as {
      phase: string;
      method: string;
      activities: number;
      hardToReachGroupsHeard: number;
      feedback: { responses: number; averageRating: number | null };
    }[];
    const rated = rows.filter((row) => row.feedback.averageRating !== null);
    const best = rated.reduce((top, row) => (row.feedback.averageRating! > top.feedback.averageRating! ? row : top));
    expect([best.phase, best.method]).toEqual(['INITIATION', 'DIALOGUE']);
    expect(rated.filter((row) => row !== best).every((row) => row.feedback.averageRating! < best.feedback.averageRating!)).toBe(true);
    expect(best.hardToReachGroupsHeard).toBeGreaterThan(0);
    expect(rows.map((row) => row.phase)).toEqual([...rows.map((row) => row.phase)].sort((a, b) => PHASES.indexOf(a) - PHASES.indexOf(b)));
  });
});

const PHASES = ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION'];
