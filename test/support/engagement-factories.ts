import { graphql } from '../graphql/generated/index.js';
import type { CreateActivityInput, CreateConsultationInput } from '../graphql/generated/graphql.js';
import { TestApp, type TokenClaims } from './test-app.js';

let sequence = 0;
const next = () => (sequence += 1);

export interface CreatedConsultation {
  id: string;
  title: string;
  ministry: string;
  version: number;
}

export interface EngagementRecord {
  kind: 'INVITED' | 'DECLINED' | 'PARTICIPATED' | 'SUBMITTED';
  organisationId?: string;
  contactId?: string;
  groupId?: string;
  participantCount?: number;
  notes?: string;
}

const CREATE_CONSULTATION = graphql(`
  mutation FactoryCreateConsultation($input: CreateConsultationInput!) {
    createConsultation(input: $input) {
      id
      title
      ministry
      version
    }
  }
`);

/** A consultation (by default of TEM, created by a TEM ADMIN). */
export async function createConsultation(app: TestApp, overrides: Partial<CreateConsultationInput> = {}, as: TokenClaims = {}): Promise<CreatedConsultation> {
  const n = next();
  const data = await app.ok(CREATE_CONSULTATION, { input: { title: `Kuuleminen ${n}`, ...overrides } }, as);
  return data.createConsultation;
}

const CREATE_ACTIVITY = graphql(`
  mutation FactoryCreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
      date
    }
  }
`);

/** An activity of a consultation (by default a workshop in DRAFTING on 2026-03-10). */
export async function createActivity(
  app: TestApp,
  consultationId: string,
  overrides: Partial<CreateActivityInput> = {},
  as: TokenClaims = {},
): Promise<{ id: string; date: string }> {
  const n = next();
  const data = await app.ok(
    CREATE_ACTIVITY,
    { input: { consultationId, title: `Työpaja ${n}`, method: 'WORKSHOP', mode: 'IN_PERSON', phase: 'DRAFTING', date: '2026-03-10', ...overrides } },
    as,
  );
  return data.createActivity;
}

const RECORD_ENGAGEMENTS = graphql(`
  mutation FactoryRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {
    recordEngagements(activityId: $activityId, records: $records) {
      id
    }
  }
`);

export async function recordEngagements(app: TestApp, activityId: string, records: EngagementRecord[], as: TokenClaims = {}): Promise<{ id: string }[]> {
  const data = await app.ok(RECORD_ENGAGEMENTS, { activityId, records }, as);
  return data.recordEngagements;
}

/** An activity with its engagement records, in one go. */
export async function createActivityWith(
  app: TestApp,
  consultationId: string,
  activity: Partial<CreateActivityInput>,
  records: EngagementRecord[],
): Promise<{ id: string }> {
  const created = await createActivity(app, consultationId, activity);
  if (records.length > 0) await recordEngagements(app, created.id, records);
  return created;
}
