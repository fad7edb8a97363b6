import { type ArgumentMetadata } from '@nestjs/common';
import { type Role, type Viewer, viewerFromClaims } from '@sidos/auth';
import { GRAPHQL_ARGUMENTS, InputValidationPipe } from '@sidos/common';
import { type CoverageWindow, CoverageWindowArgs } from '@sidos/coverage';
import {
  ActivityService,
  ConsultationService,
  CreateActivityInput,
  CreateConsultationInput,
  type Engagement,
  EngagementService,
  RecordEngagementsArgs,
} from '@sidos/engagement';
import {
  AssignFacilitatorsArgs,
  CreateFacilitatorInput,
  type FeedbackSummary,
  FacilitatorAssignmentService,
  FacilitatorService,
  FeedbackService,
  RecordFeedbackArgs,
} from '@sidos/facilitation';
import {
  AddGroupMembersArgs,
  ContactService,
  CreateContactInput,
  CreateOrganisationInput,
  CreatePolicyAreaInput,
  CreateStakeholderGroupInput,
  OrganisationService,
  PolicyAreaService,
  StakeholderGroupService,
} from '@sidos/register';
import { PreferencesService, SetEngagementPreferencesArgs } from '@sidos/practice';
import { type TestServices } from './test-services.js';

/**
 * Factories of the service tier: the records a test needs, made by the services as the API's mutations make
 * them (the input through the API's validation pipe, the caller as a token describes it, one transaction),
 * without GraphQL. The end-to-end tests' factories (factories.ts, engagement-factories.ts,
 * facilitation-factories.ts) send the mutations themselves.
 */

/** What a test token says: by default the `test-user` ADMIN of TEM (as TestApp.token signs it). */
export interface Claims {
  sub?: string;
  roles?: Array<Role | string>;
  ministry?: string;
}

/** The Viewer that a resolver gets for a token with these claims (through the token verifier's own mapping). */
export function viewer(claims: Claims = {}): Viewer {
  return viewerFromClaims(
    { sub: claims.sub ?? 'test-user', roles: claims.roles ?? ['ADMIN'], ministry: claims.ministry ?? 'TEM' },
    { rolesClaim: 'roles', ministryClaim: 'ministry' },
  );
}

const validation = new InputValidationPipe();

/**
 * A GraphQL argument as the resolver receives it: the value as the variables carry it (an undefined field is
 * left out; a DateTime is given as the Date its scalar parses), through the API's validation pipe (trimmed,
 * normalised, defaults of the class applied; BadUserInputError with every invalid field otherwise).
 * `argument` names an argument such as `input`; without it the value is an @Args() class as a whole.
 */
export async function asInput<T>(type: new () => T, value: object, argument?: string): Promise<T> {
  const metadata: ArgumentMetadata = { type: GRAPHQL_ARGUMENTS as unknown as ArgumentMetadata['type'], metatype: type, data: argument };
  return (await validation.transform(asSent(value), metadata)) as T;
}

/** A copy without undefined fields (JSON variables cannot hold them), Dates kept. */
function asSent(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asSent);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, asSent(item)]),
  );
}

/** The `window` argument of the coverage queries, as their resolvers receive it (the ministry normalised, `to` checked). */
export async function coverageWindow(window: Record<string, unknown>): Promise<CoverageWindow> {
  return (await asInput(CoverageWindowArgs, { window })).window;
}

let sequence = 0;
const next = () => (sequence += 1);

export async function createPolicyArea(services: TestServices, overrides: Record<string, unknown> = {}) {
  const n = next();
  const input = await asInput(CreatePolicyAreaInput, { code: `area-${n}`, name: `Policy area ${n}`, ...overrides }, 'input');
  return services.mutate(() => services.get(PolicyAreaService).create(viewer(), input));
}

export async function createOrganisation(services: TestServices, overrides: Record<string, unknown> = {}, claims: Claims = {}) {
  const n = next();
  const input = await asInput(CreateOrganisationInput, { name: `Organisaatio ${n} ry`, type: 'ASSOCIATION', ...overrides }, 'input');
  return services.mutate(() => services.get(OrganisationService).create(viewer(claims), input));
}

export async function createContact(services: TestServices, overrides: Record<string, unknown> = {}) {
  const n = next();
  const input = await asInput(CreateContactInput, { firstName: 'Testi', lastName: `Henkilö ${n}`, lawfulBasis: 'PUBLIC_TASK', ...overrides }, 'input');
  return services.mutate(() => services.get(ContactService).create(viewer(), input));
}

export async function createGroup(services: TestServices, overrides: Record<string, unknown> = {}) {
  const n = next();
  const input = await asInput(CreateStakeholderGroupInput, { name: `Group ${n}`, ...overrides }, 'input');
  return services.mutate(() => services.get(StakeholderGroupService).create(viewer(), input));
}

/** addGroupMembers: the members from `since` (from before the history without it). */
export async function addMembers(
  services: TestServices,
  groupId: string,
  members: { organisationIds?: string[]; contactIds?: string[] },
  since?: string | null,
) {
  const args = await asInput(AddGroupMembersArgs, {
    groupId,
    organisationIds: members.organisationIds ?? [],
    contactIds: members.contactIds ?? [],
    since: since ?? null,
  });
  return services.mutate(() => services.get(StakeholderGroupService).addMembers(viewer(), args));
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
export async function createConsultation(services: TestServices, overrides: Record<string, unknown> = {}, claims: Claims = {}) {
  const n = next();
  const input = await asInput(CreateConsultationInput, { title: `Kuuleminen ${n}`, ...overrides }, 'input');
  return services.mutate(() => services.get(ConsultationService).create(viewer(claims), input));
}

/** An activity of a consultation (by default a workshop in DRAFTING on 2026-03-10). */
export async function createActivity(services: TestServices, consultationId: string, overrides: Record<string, unknown> = {}, claims: Claims = {}) {
  const n = next();
  const input = await asInput(
    CreateActivityInput,
    { consultationId, title: `Työpaja ${n}`, method: 'WORKSHOP', mode: 'IN_PERSON', phase: 'DRAFTING', date: '2026-03-10', ...overrides },
    'input',
  );
  return services.mutate(() => services.get(ActivityService).create(viewer(claims), input));
}

export async function recordEngagements(services: TestServices, activityId: string, records: EngagementRecord[], claims: Claims = {}): Promise<Engagement[]> {
  const args = await asInput(RecordEngagementsArgs, { activityId, records });
  return services.mutate(() => services.get(EngagementService).record(viewer(claims), args));
}

/** An activity with its engagement records, in one go. */
export async function createActivityWith(services: TestServices, consultationId: string, activity: Record<string, unknown>, records: EngagementRecord[]) {
  const created = await createActivity(services, consultationId, activity);
  if (records.length > 0) await recordEngagements(services, created.id, records);
  return created;
}

/** A facilitator (by default of the token's ministry, TEM; trained in dialogue and workshops; Finnish). */
export async function createFacilitator(services: TestServices, overrides: Record<string, unknown> = {}, claims: Claims = {}) {
  const n = next();
  const input = await asInput(
    CreateFacilitatorInput,
    { name: `Fasilitaattori ${n}`, methods: ['DIALOGUE', 'WORKSHOP'], languages: ['FI'], ...overrides },
    'input',
  );
  return services.mutate(() => services.get(FacilitatorService).create(viewer(claims), input));
}

export async function assignFacilitators(
  services: TestServices,
  activityId: string,
  assignments: { facilitatorId: string; role?: string }[],
  claims: Claims = {},
) {
  const args = await asInput(AssignFacilitatorsArgs, { activityId, assignments });
  return services.mutate(() => services.get(FacilitatorAssignmentService).assign(viewer(claims), args));
}

export interface FeedbackResponse {
  rating: number;
  wouldTakePartAgain?: boolean | null;
  comment?: string | null;
  groupId?: string | null;
}

export async function recordFeedback(services: TestServices, activityId: string, responses: FeedbackResponse[], claims: Claims = {}): Promise<FeedbackSummary> {
  const args = await asInput(RecordFeedbackArgs, { activityId, responses });
  return services.mutate(() => services.get(FeedbackService).record(viewer(claims), args));
}

/** setEngagementPreferences of one party (`preferences` null clears them; left out, too). */
export async function setPreferences(
  services: TestServices,
  party: { organisationId?: string; contactId?: string },
  preferences?: Record<string, unknown> | null,
  claims: Claims = {},
) {
  const args = await asInput(SetEngagementPreferencesArgs, { ...party, preferences });
  return services.mutate(() => services.get(PreferencesService).set(viewer(claims), args.organisationId, args.contactId, args.preferences));
}
