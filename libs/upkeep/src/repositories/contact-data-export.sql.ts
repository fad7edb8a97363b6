/*
 * The SQL of the subject access export (ContactDataExportRepository), as text: each statement reads one
 * part of what Sidos holds about one contact, in the export's own JSON field names.
 */

/** The contact's affiliations, with the organisations' names; oldest first. Bindings: contact id. */
export const EXPORT_AFFILIATIONS_SQL = `select o."id" as "organisationId", o."name" as "organisationName", a."role", a."primary", a."since"::text as "since", a."until"::text as "until", a."created_at" as "recordedAt"
   from "affiliation" a join "organisation" o on o."id" = a."organisation_id"
   where a."contact_id" = ? order by a."since" nulls first, a."created_at", a."id"`;

/** The contact's group membership periods, with the groups' names; by group name. Bindings: contact id. */
export const EXPORT_GROUP_MEMBERSHIPS_SQL = `select g."id" as "groupId", g."name" as "groupName", m."since"::text as "since", m."until"::text as "until", m."created_at" as "recordedAt"
   from "group_contact" m join "stakeholder_group" g on g."id" = m."group_id"
   where m."contact_id" = ? order by lower(g."name"), g."id", m."since" nulls first, m."id"`;

/** The contact's engagement records with their activity, consultation, organisation and group; by date. Bindings: contact id. */
export const EXPORT_ENGAGEMENTS_SQL = `select e."id", e."kind", a."date"::text as "date", a."id" as "activityId", a."title" as "activityTitle", a."method" as "activityMethod", a."phase" as "activityPhase",
          c."id" as "consultationId", c."title" as "consultationTitle", c."ministry" as "consultationMinistry",
          o."id" as "onBehalfOfOrganisationId", o."name" as "onBehalfOfOrganisationName", g."id" as "groupId", g."name" as "groupName",
          e."participant_count" as "participantCount", e."notes", e."created_at" as "recordedAt"
   from "engagement" e
   join "activity" a on a."id" = e."activity_id"
   join "consultation" c on c."id" = a."consultation_id"
   left join "organisation" o on o."id" = e."organisation_id"
   left join "stakeholder_group" g on g."id" = e."group_id"
   where e."contact_id" = ? order by a."date", e."created_at", e."id"`;

/**
 * The audit events about the contact, about its engagements, and the group membership events that name
 * it; in order. Bindings: contact id, contact id, `%<contact id>%`.
 */
export const EXPORT_AUDIT_EVENTS_SQL = `select ae."id"::text as "id", ae."at", ae."actor", ae."action", ae."entity_type" as "entityType", ae."entity_id" as "entityId", ae."changes"
   from "audit_event" ae
   where ae."entity_id" = ?
      or ae."entity_id" in (select e."id"::text from "engagement" e where e."contact_id" = ?)
      or (ae."entity_type" = 'StakeholderGroup' and ae."changes"::text like ?)
   order by ae."id"`;
