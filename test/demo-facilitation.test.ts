import { DEMO_FACILITATORS, DEMO_FEEDBACK, DemoSeeder } from '@sidos/demo';
import { FacilitatorService, FacilitatorsArgs, FeedbackService } from '@sidos/facilitation';
import { asInput } from './support/service-factories.js';
import { activityFeedback, facilitatorsOfActivity, feedbackComments } from './support/service-reads.js';
import { TestServices } from './support/test-services.js';

/** The demo register's facilitator pool and feedback, seeded as on a first start (service tier). */
describe('demo facilitation', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
    await app.run(() => app.get(DemoSeeder).seedIfEmpty());
  });
  afterAll(async () => {
    await app?.stop();
  });

  const facilitators = async (filter: Record<string, unknown>) => {
    const args = await asInput(FacilitatorsArgs, { filter });
    return app.run(() => app.get(FacilitatorService).list(args));
  };

  it("seeds TEM's pool: Swedish- and Sámi-speaking facilitators, one inactive", async () => {
    const all = await facilitators({ activeOnly: false });
    expect(all.totalCount).toBe(DEMO_FACILITATORS.length);
    expect(all.nodes.filter((node) => !node.active)).toHaveLength(1);
    expect((await facilitators({ activeOnly: true, languages: ['SV'], methods: ['WEBINAR'] })).nodes.map((node) => node.name)).toEqual(['Lindqvist Erik']);
    expect((await facilitators({ activeOnly: true, languages: ['SE'] })).nodes.map((node) => node.name)).toEqual(['Näkkäläjärvi Anni']);
  });

  it('gives the 912-viewer webinar its facilitators and a few hundred responses', async () => {
    const [row] = await app.sql<{ id: string }>(`select "id" from "activity" where "participant_count" = 912`);
    const assignments = await facilitatorsOfActivity(app, row.id);
    expect(assignments.map((assignment) => [assignment.role, assignment.facilitator.name])).toEqual([
      ['LEAD', 'Virtanen Mikko'],
      ['SUPPORT', 'Lindqvist Erik'],
    ]);
    expect((await activityFeedback(app, row.id)).responses).toBe(300);
    expect(await feedbackComments(app, row.id)).toHaveLength(4);
    const total = DEMO_FEEDBACK.reduce((sum, feedback) => sum + feedback.ratingCounts.reduce((a, b) => a + b, 0), 0);
    expect((await app.sql<{ count: number }>(`select count(*)::int as "count" from "feedback_response"`))[0].count).toBe(total);
  });

  it('shows early (INITIATION) dialogue rated highest over the demo year', async () => {
    const rows = await app.run(() => app.get(FeedbackService).methodFeedback({ from: '2026-01-01', to: '2026-12-31', ministry: 'TEM' }));
    const rated = rows.filter((row) => row.feedback.averageRating !== null);
    const best = rated.reduce((top, row) => (row.feedback.averageRating! > top.feedback.averageRating! ? row : top));
    expect([best.phase, best.method]).toEqual(['INITIATION', 'DIALOGUE']);
    expect(rated.filter((row) => row !== best).every((row) => row.feedback.averageRating! < best.feedback.averageRating!)).toBe(true);
    expect(best.hardToReachGroupsHeard).toBeGreaterThan(0);
    expect(rows.map((row) => row.phase)).toEqual([...rows.map((row) => row.phase)].sort((a, b) => PHASES.indexOf(a) - PHASES.indexOf(b)));
  });
});

const PHASES = ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION'];
