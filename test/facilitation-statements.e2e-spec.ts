import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { observeQueries } from '@sidos/database';
import { graphql } from './graphql/generated/index.js';
import type { EngagementMethod, PreparationPhase } from './graphql/generated/graphql.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createGroup, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation, recordEngagements } from './support/engagement-factories.js';
import { assignFacilitators, createFacilitator, recordFeedback } from './support/facilitation-factories.js';

const SUGGEST = graphql(`
  query FacilitationStatementsSuggest($activityId: ID!) {
    facilitatorSuggestions(activityId: $activityId, language: FI, first: 200) {
      recentAssignments
      facilitator {
        id
        name
        methods
        languages
      }
    }
  }
`);
const ACTIVITIES = graphql(`
  query FacilitationStatementsActivities($id: ID!) {
    consultation(id: $id) {
      feedback {
        responses
        averageRating
        ratingCounts
        wouldTakePartAgainRatio
      }
      activities {
        id
        feedback {
          responses
          averageRating
          ratingCounts
          wouldTakePartAgainRatio
        }
        feedbackComments {
          rating
          comment
          group {
            name
          }
          createdAt
        }
        facilitators {
          role
          facilitator {
            name
            assignments(from: "2026-01-01") {
              role
              activity {
                id
              }
            }
          }
          activity {
            id
          }
        }
      }
    }
  }
`);
const METHOD_FEEDBACK = graphql(`
  query FacilitationStatementsMethodFeedback($window: CoverageWindow!) {
    methodFeedback(window: $window) {
      phase
      method
      activities
      hardToReachGroupsHeard
      feedback {
        responses
        averageRating
        ratingCounts
        wouldTakePartAgainRatio
      }
    }
  }
`);
const RECORD = graphql(`
  mutation FacilitationStatementsRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {
    recordFeedback(activityId: $activityId, responses: $responses) {
      responses
    }
  }
`);

async function countStatements<Result, Variables>(
  app: TestApp,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<{ statements: number; data: Result }> {
  const statements: string[] = [];
  const stop = observeQueries((sql) => statements.push(sql));
  try {
    const data = await app.ok(document, variables);
    return { statements: statements.length, data };
  } finally {
    stop();
  }
}

/**
 * A consultation of `size` activities (one method and phase per activity, cycling), each with two
 * facilitators, a heard hard-to-reach group and three responses (two with comments). The pool has `size` facilitators, the only ones trained in the target activity's method.
 */
async function seed(app: TestApp, ministry: string, size: number, year: number, targetMethod: EngagementMethod) {
  const consultation = await createConsultation(app, { ministry });
  const group = await createGroup(app, { hardToReach: true });
  const organisation = await createOrganisation(app);
  await addMembers(app, group.id, { organisationIds: [organisation.id] });
  const facilitators = [];
  for (let index = 0; index < size; index += 1)
    facilitators.push(await createFacilitator(app, { name: `${ministry} ${index}`, methods: ['DIALOGUE', 'WORKSHOP', 'WEBINAR', targetMethod] }, { ministry }));
  const methods: EngagementMethod[] = ['DIALOGUE', 'WORKSHOP', 'WEBINAR'];
  const phases: PreparationPhase[] = ['INITIATION', 'DRAFTING'];
  const activities = [];
  for (let index = 0; index < size; index += 1) {
    const day = String((index % 28) + 1).padStart(2, '0');
    const activity = await createActivity(app, consultation.id, {
      method: methods[index % 3],
      phase: phases[index % 2],
      date: `${year}-0${(index % 9) + 1}-${day}`,
    });
    activities.push(activity);
    await assignFacilitators(app, activity.id, [
      { facilitatorId: facilitators[index].id, role: 'LEAD' },
      { facilitatorId: facilitators[(index + 1) % size].id },
    ]);
    await recordEngagements(app, activity.id, [{ kind: 'PARTICIPATED', organisationId: organisation.id }]);
    await recordFeedback(app, activity.id, [
      { rating: 5, comment: 'Hyvä', groupId: group.id },
      { rating: 3, comment: 'Kohtalainen' },
      { rating: 4, wouldTakePartAgain: true },
    ]);
  }
  const target = await createActivity(app, consultation.id, { method: targetMethod, date: `${year}-11-30` });
  return { consultation, activities, target };
}

describe('facilitation: statements per request do not grow with the data', () => {
  let app: TestApp;
  let small: Awaited<ReturnType<typeof seed>>;
  let large: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
    small = await seed(app, 'OM', 3, 2032, 'INTERVIEW');
    large = await seed(app, 'SM', 30, 2033, 'MEETING');
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('suggests facilitators in two statements (the activity, then the suggestions), whatever the pool', async () => {
    const few = await countStatements(app, SUGGEST, { activityId: small.target.id });
    const many = await countStatements(app, SUGGEST, { activityId: large.target.id });
    expect(many.data.facilitatorSuggestions.length).toBeGreaterThanOrEqual(30);
    expect(few.data.facilitatorSuggestions).toHaveLength(3);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBe(2);
  });

  it("answers a list of activities' feedback, comments and facilitators in as many statements for 30 activities as for 3", async () => {
    const few = await countStatements(app, ACTIVITIES, { id: small.consultation.id });
    const many = await countStatements(app, ACTIVITIES, { id: large.consultation.id });
    const consultation = many.data.consultation!;
    expect(consultation.activities).toHaveLength(31);
    expect(consultation.activities[0].feedback.responses).toBe(3);
    expect(consultation.activities[0].feedbackComments).toHaveLength(2);
    expect(consultation.activities[0].facilitators).toHaveLength(2);
    expect(consultation.feedback.responses).toBe(90);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(10);
  });

  it('answers methodFeedback in one statement, whatever the window holds', async () => {
    const few = await countStatements(app, METHOD_FEEDBACK, { window: { from: '2032-01-01', to: '2032-12-31' } });
    const many = await countStatements(app, METHOD_FEEDBACK, { window: { from: '2033-01-01', to: '2033-12-31' } });
    expect(few.data.methodFeedback).toHaveLength(4); // three activities and the target, a DRAFTING meeting
    expect(many.data.methodFeedback).toHaveLength(7);
    expect(many.data.methodFeedback.filter((row) => row.hardToReachGroupsHeard === 1)).toHaveLength(6);
    expect(few.statements).toBe(1);
    expect(many.statements).toBe(1);
  });

  it('records 1,000 responses in as many statements as 2 (one insert for the batch)', async () => {
    const groups = [await createGroup(app), await createGroup(app)];
    const responses = (count: number) =>
      Array.from({ length: count }, (_value, index) => ({
        rating: (index % 5) + 1,
        groupId: groups[index % 2].id,
        comment: index % 3 ? null : `kommentti ${index}`,
      }));
    const statementsOf = async (count: number) => {
      const statements: string[] = [];
      const stop = observeQueries((sql) => statements.push(sql));
      try {
        await app.ok(RECORD, { activityId: large.target.id, responses: responses(count) });
      } finally {
        stop();
      }
      return statements.filter((sql) => !/^(begin|commit|savepoint|release)/i.test(sql.trim())).length;
    };
    expect(await statementsOf(1000)).toBe(await statementsOf(2));
  });
});
