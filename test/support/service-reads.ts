import { AuditQueryService } from '@sidos/audit';
import { EngagementLoaders } from '@sidos/engagement';
import { RegisterLoaders } from '@sidos/register';
import { FacilitationLoaders } from '../../libs/facilitation/src/loaders/facilitation.loaders.js';
import { type TestServices } from './test-services.js';

/**
 * Reads of the service tier that follow a field resolver's path: what the API answers for a nested field,
 * read through the same DataLoaders, without GraphQL.
 */

/** Activity.facilitators: LEAD first, then by facilitator name. */
export async function facilitatorsOfActivity(services: TestServices, activityId: string) {
  const assignments = await services.load(FacilitationLoaders, (loaders, request) => loaders.assignmentsOfActivity(request), activityId);
  return Promise.all(
    assignments.map(async (assignment) => {
      const facilitator = (await services.load(FacilitationLoaders, (loaders, request) => loaders.facilitator(request), assignment.facilitator.id))!;
      return { role: assignment.role, facilitator: { id: facilitator.id, name: facilitator.name } };
    }),
  );
}

/** Facilitator.assignments(from, to): the activities' dates and the roles, oldest first. */
export async function assignmentsOfFacilitator(services: TestServices, facilitatorId: string, from: string | null = null, to: string | null = null) {
  const assignments = await services.load(FacilitationLoaders, (loaders, request) => loaders.assignmentsOfFacilitator(request, from, to), facilitatorId);
  return Promise.all(
    assignments.map(async (assignment) => {
      const activity = (await services.load(EngagementLoaders, (loaders, request) => loaders.activity(request), assignment.activity.id))!;
      return { role: assignment.role, activity: { id: activity.id, date: activity.date }, facilitator: { id: assignment.facilitator.id } };
    }),
  );
}

/** Activity.feedback: the summary of its responses. */
export function activityFeedback(services: TestServices, activityId: string) {
  return services.load(FacilitationLoaders, (loaders, request) => loaders.activityFeedback(request), activityId);
}

/** Consultation.feedback: the summary over all its activities. */
export function consultationFeedback(services: TestServices, consultationId: string) {
  return services.load(FacilitationLoaders, (loaders, request) => loaders.consultationFeedback(request), consultationId);
}

/** Activity.feedbackComments: the responses with a comment, in the order they were recorded. */
export function feedbackComments(services: TestServices, activityId: string) {
  return services.load(FacilitationLoaders, (loaders, request) => loaders.commentsOfActivity(request), activityId);
}

/** Query.auditEvents(entityId, first): the audit trail of one record, newest first. */
export async function auditEventsOf(services: TestServices, entityId: string, first = 50) {
  const page = await services.run(() => services.get(AuditQueryService).list({ entityId, first }));
  return page.nodes.map(({ action, actor, entityType, entityId: id, changes }) => ({
    action,
    actor,
    entityType,
    entityId: id,
    changes: changes.map(({ field, from, to }) => ({ field, from, to })),
  }));
}

/** Contact.groups: the groups it is a member of. */
export function groupsOfContact(services: TestServices, contactId: string) {
  return services.load(RegisterLoaders, (loaders, request) => loaders.groupsOfContact(request), contactId);
}

/** Organisation.groups: the groups it is a member of. */
export function groupsOfOrganisation(services: TestServices, organisationId: string) {
  return services.load(RegisterLoaders, (loaders, request) => loaders.groupsOfOrganisation(request), organisationId);
}

/** Organisation.policyAreas. */
export function policyAreasOfOrganisation(services: TestServices, organisationId: string) {
  return services.load(RegisterLoaders, (loaders, request) => loaders.policyAreasOfOrganisation(request), organisationId);
}

/** Contact.affiliations, with the organisation's id. */
export async function affiliationsOfContact(services: TestServices, contactId: string) {
  const affiliations = await services.load(RegisterLoaders, (loaders, request) => loaders.affiliationsOfContact(request), contactId);
  return affiliations.map(({ organisation, role, primary, since, until }) => ({ organisation: { id: organisation.id }, role, primary, since, until }));
}

/** Organisation.affiliations, with the contact's id. */
export async function affiliationsOfOrganisation(services: TestServices, organisationId: string) {
  const affiliations = await services.load(RegisterLoaders, (loaders, request) => loaders.affiliationsOfOrganisation(request), organisationId);
  return affiliations.map(({ contact, role, primary, since, until }) => ({ contact: { id: contact.id }, role, primary, since, until }));
}
