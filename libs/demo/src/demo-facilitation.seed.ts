import { EntityManager } from '@mikro-orm/postgresql';
import { Activity } from '@sidos/engagement';
import { Facilitator, FacilitatorAssignment, FeedbackResponse } from '@sidos/facilitation';
import { StakeholderGroup } from '@sidos/register';
import { DEMO_ASSIGNMENTS, DEMO_FACILITATORS, DEMO_FEEDBACK, demoFeedbackResponses } from './demo-facilitation.data.js';

/** TEM's demo facilitator pool, its assignments and the participants' feedback, in the seeding transaction. */
export function seedDemoFacilitation(tx: EntityManager, activities: Map<string, Activity>, groups: Map<string, StakeholderGroup>): void {
  const facilitators = new Map(
    DEMO_FACILITATORS.map((demo) => [
      demo.key,
      tx.create(Facilitator, {
        name: demo.name,
        email: demo.email,
        ministry: 'TEM',
        unit: demo.unit,
        methods: demo.methods,
        languages: demo.languages,
        trainedOn: demo.trainedOn,
        active: demo.active ?? true,
      }),
    ]),
  );
  for (const demo of DEMO_ASSIGNMENTS) {
    for (const { facilitator, role } of demo.facilitators) {
      tx.create(FacilitatorAssignment, { activity: activities.get(demo.activity)!, facilitator: facilitators.get(facilitator)!, role });
    }
  }
  const createdAt = new Date();
  for (const demo of DEMO_FEEDBACK) {
    for (const response of demoFeedbackResponses(demo)) {
      tx.create(FeedbackResponse, {
        activity: activities.get(demo.activity)!,
        rating: response.rating,
        wouldTakePartAgain: response.wouldTakePartAgain,
        comment: response.comment,
        group: response.group ? groups.get(response.group)! : null,
        createdAt,
      });
    }
  }
}
