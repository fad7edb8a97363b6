import { graphql } from '../graphql/generated/index.js';
import type { CreateFacilitatorInput, FacilitatorAssignmentInput } from '../graphql/generated/graphql.js';
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
const CREATE_FACILITATOR = graphql(`
  mutation FactoryCreateFacilitator($input: CreateFacilitatorInput!) {
    createFacilitator(input: $input) {
      id
      name
      ministry
      version
      methods
      languages
    }
  }
`);

export async function createFacilitator(app: TestApp, overrides: Partial<CreateFacilitatorInput> = {}, as: TokenClaims = {}): Promise<CreatedFacilitator> {
  const n = next();
  const data = await app.ok(
    CREATE_FACILITATOR,
    { input: { name: `Fasilitaattori ${n}`, methods: ['DIALOGUE', 'WORKSHOP'], languages: ['FI'], ...overrides } },
    as,
  );
  return data.createFacilitator;
}

const ASSIGN_FACILITATORS = graphql(`
  mutation FactoryAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {
    assignFacilitators(activityId: $activityId, assignments: $assignments) {
      id
    }
  }
`);

export async function assignFacilitators(app: TestApp, activityId: string, assignments: FacilitatorAssignmentInput[], as: TokenClaims = {}) {
  await app.ok(ASSIGN_FACILITATORS, { activityId, assignments }, as);
}

export interface FeedbackResponse {
  rating: number;
  wouldTakePartAgain?: boolean | null;
  comment?: string | null;
  groupId?: string | null;
}

export const RECORD_FEEDBACK = graphql(`
  mutation FactoryRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {
    recordFeedback(activityId: $activityId, responses: $responses) {
      responses
      averageRating
      ratingCounts
      wouldTakePartAgainRatio
    }
  }
`);

export async function recordFeedback(app: TestApp, activityId: string, responses: FeedbackResponse[], as: TokenClaims = {}) {
  return (await app.ok(RECORD_FEEDBACK, { activityId, responses }, as)).recordFeedback;
}
