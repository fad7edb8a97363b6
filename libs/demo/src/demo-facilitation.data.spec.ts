import { DEMO_CONSULTATIONS } from './demo-consultations.data.js';
import { DEMO_ASSIGNMENTS, DEMO_FACILITATORS, DEMO_FEEDBACK, demoFeedbackResponses } from './demo-facilitation.data.js';
import { DEMO_GROUPS } from './demo-register.data.js';

const activityTitles = new Set(DEMO_CONSULTATIONS.flatMap((consultation) => consultation.activities.map((activity) => activity.title)));

describe('demo facilitation data', () => {
  it('has 6–8 facilitators, some Swedish- and one Sámi-speaking, one inactive', () => {
    expect(DEMO_FACILITATORS.length).toBeGreaterThanOrEqual(6);
    expect(DEMO_FACILITATORS.length).toBeLessThanOrEqual(8);
    expect(DEMO_FACILITATORS.filter((facilitator) => facilitator.languages.includes('SV' as never)).length).toBeGreaterThanOrEqual(2);
    expect(DEMO_FACILITATORS.filter((facilitator) => facilitator.languages.includes('SE' as never))).toHaveLength(1);
    expect(DEMO_FACILITATORS.filter((facilitator) => facilitator.active === false)).toHaveLength(1);
  });

  it('refers only to demo activities, facilitators and groups', () => {
    const keys = new Set(DEMO_FACILITATORS.map((facilitator) => facilitator.key));
    const groups = new Set(DEMO_GROUPS.map((group) => group.key));
    for (const assignment of DEMO_ASSIGNMENTS) {
      expect(activityTitles).toContain(assignment.activity);
      for (const { facilitator } of assignment.facilitators) expect(keys).toContain(facilitator);
    }
    for (const feedback of DEMO_FEEDBACK) {
      expect(activityTitles).toContain(feedback.activity);
      for (const comment of feedback.comments) if (comment.group) expect(groups).toContain(comment.group);
    }
  });

  it('expands each activity into as many responses as its rating counts, a few hundred for the webinar', () => {
    for (const feedback of DEMO_FEEDBACK) {
      const responses = demoFeedbackResponses(feedback);
      const counts = [1, 2, 3, 4, 5].map((rating) => responses.filter((response) => response.rating === rating).length);
      expect(counts).toEqual(feedback.ratingCounts);
      expect(responses.filter((response) => response.wouldTakePartAgain === true)).toHaveLength(feedback.wouldTakePartAgain.yes);
      expect(responses.filter((response) => response.wouldTakePartAgain === false)).toHaveLength(feedback.wouldTakePartAgain.no);
      expect(responses.filter((response) => response.comment !== null)).toHaveLength(feedback.comments.length);
    }
    const webinar = DEMO_FEEDBACK.find((feedback) => feedback.activity.startsWith('Webinaari'))!;
    expect(demoFeedbackResponses(webinar).length).toBeGreaterThanOrEqual(200);
  });
});
