import { TestApp, type TokenClaims } from './test-app.js';

let sequence = 0;
const next = () => (sequence += 1);

export interface CreatedFacilitator {
  id: string;
  name: string;
  ministry: string;
  version: number;
  methods: string[];
  languages: string[];
}

/** A facilitator (by default of the token's ministry, TEM; trained in dialogue and workshops; Finnish). */
export async function createFacilitator(app: TestApp, overrides: Record<string, unknown> = {}, as: TokenClaims = {}): Promise<CreatedFacilitator> {
  const n = next();
  const data = await app.ok<{ createFacilitator: CreatedFacilitator }>(
    'mutation ($input: CreateFacilitatorInput!) { createFacilitator(input: $input) { id name ministry version methods languages } }',
    { input: { name: `Fasilitaattori ${n}`, methods: ['DIALOGUE', 'WORKSHOP'], languages: ['FI'], ...overrides } },
    as,
  );
  return data.createFacilitator;
}

export async function assignFacilitators(app: TestApp, activityId: string, assignments: { facilitatorId: string; role?: string }[], as: TokenClaims = {}) {
  await app.ok(
    'mutation ($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) { assignFacilitators(activityId: $activityId, assignments: $assignments) { id } }',
    {
      activityId,
      assignments,
    },
    as,
  );
}

export interface FeedbackResponse {
  rating: number;
  wouldTakePartAgain?: boolean | null;
  comment?: string | null;
  groupId?: string | null;
}

export const RECORD_FEEDBACK = `mutation ($activityId: ID!, $responses: [FeedbackResponseInput!]!) {
  recordFeedback(activityId: $activityId, responses: $responses) { responses averageRating ratingCounts wouldTakePartAgainRatio }
}`;

export async function recordFeedback(app: TestApp, activityId: string, responses: FeedbackResponse[], as: TokenClaims = {}) {
  return (await app.ok(RECORD_FEEDBACK, { activityId, responses }, as)).recordFeedback as {
    responses: number;
    averageRating: number | null;
    ratingCounts: number[];
    wouldTakePartAgainRatio: number | null;
  };
}
