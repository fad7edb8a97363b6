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

/** A consultation (by default of TEM, created by a TEM ADMIN). */
export async function createConsultation(app: TestApp, overrides: Record<string, unknown> = {}, as: TokenClaims = {}): Promise<CreatedConsultation> {
  const n = next();
  const data = await app.ok<{ createConsultation: CreatedConsultation }>(
    'mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id title ministry version } }',
    { input: { title: `Kuuleminen ${n}`, ...overrides } },
    as,
  );
  return data.createConsultation;
}

/** An activity of a consultation (by default a workshop in DRAFTING on 2026-03-10). */
export async function createActivity(
  app: TestApp,
  consultationId: string,
  overrides: Record<string, unknown> = {},
  as: TokenClaims = {},
): Promise<{ id: string; date: string }> {
  const n = next();
  const data = await app.ok<{ createActivity: { id: string; date: string } }>(
    'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id date } }',
    { input: { consultationId, title: `Työpaja ${n}`, method: 'WORKSHOP', mode: 'IN_PERSON', phase: 'DRAFTING', date: '2026-03-10', ...overrides } },
    as,
  );
  return data.createActivity;
}

export async function recordEngagements(app: TestApp, activityId: string, records: EngagementRecord[], as: TokenClaims = {}): Promise<{ id: string }[]> {
  const data = await app.ok<{ recordEngagements: { id: string }[] }>(
    'mutation ($activityId: ID!, $records: [EngagementRecordInput!]!) { recordEngagements(activityId: $activityId, records: $records) { id } }',
    { activityId, records },
    as,
  );
  return data.recordEngagements;
}

/** An activity with its engagement records, in one go. */
export async function createActivityWith(
  app: TestApp,
  consultationId: string,
  activity: Record<string, unknown>,
  records: EngagementRecord[],
): Promise<{ id: string }> {
  const created = await createActivity(app, consultationId, activity);
  if (records.length > 0) await recordEngagements(app, created.id, records);
  return created;
}
