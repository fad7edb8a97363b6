import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUuid, NotFoundError } from '@sidos/common';
import { contactPreferencesForExport } from '@sidos/practice';
import { Contact } from '@sidos/register';

/**
 * The subject access export (GDPR Art. 15), ADMIN only: everything Sidos holds about one contact as
 * one JSON document: its fields, affiliations (with the organisations' names), group memberships,
 * engagements (activity, consultation, kind, date, notes), its engagement preferences, and the audit events about it and its
 * engagements (group membership events that name it included).
 */
@Injectable()
export class ContactDataExportService {
  constructor(private readonly em: EntityManager) {}

  /** NOT_FOUND for an unknown or malformed id. */
  async export(id: string): Promise<string> {
    const contact = isUuid(id) ? await this.em.findOne(Contact, { id: id.toLowerCase() }) : null;
    if (!contact) throw new NotFoundError('Contact', id);
    const [affiliations, groupMemberships, engagements, auditEvents] = await Promise.all([
      this.em.execute(
        `select o."id" as "organisationId", o."name" as "organisationName", a."role", a."primary", a."since"::text as "since", a."until"::text as "until", a."created_at" as "recordedAt"
         from "affiliation" a join "organisation" o on o."id" = a."organisation_id"
         where a."contact_id" = ? order by a."since" nulls first, a."created_at", a."id"`,
        [contact.id],
      ),
      this.em.execute(
        `select g."id" as "groupId", g."name" as "groupName", m."since"::text as "since", m."until"::text as "until", m."created_at" as "recordedAt"
         from "group_contact" m join "stakeholder_group" g on g."id" = m."group_id"
         where m."contact_id" = ? order by lower(g."name"), g."id", m."since" nulls first, m."id"`,
        [contact.id],
      ),
      this.em.execute(
        `select e."id", e."kind", a."date"::text as "date", a."id" as "activityId", a."title" as "activityTitle", a."method" as "activityMethod", a."phase" as "activityPhase",
                c."id" as "consultationId", c."title" as "consultationTitle", c."ministry" as "consultationMinistry",
                o."id" as "onBehalfOfOrganisationId", o."name" as "onBehalfOfOrganisationName", g."id" as "groupId", g."name" as "groupName",
                e."participant_count" as "participantCount", e."notes", e."created_at" as "recordedAt"
         from "engagement" e
         join "activity" a on a."id" = e."activity_id"
         join "consultation" c on c."id" = a."consultation_id"
         left join "organisation" o on o."id" = e."organisation_id"
         left join "stakeholder_group" g on g."id" = e."group_id"
         where e."contact_id" = ? order by a."date", e."created_at", e."id"`,
        [contact.id],
      ),
      this.em.execute(
        `select ae."id"::text as "id", ae."at", ae."actor", ae."action", ae."entity_type" as "entityType", ae."entity_id" as "entityId", ae."changes"
         from "audit_event" ae
         where ae."entity_id" = ?
            or ae."entity_id" in (select e."id"::text from "engagement" e where e."contact_id" = ?)
            or (ae."entity_type" = 'StakeholderGroup' and ae."changes"::text like ?)
         order by ae."id"`,
        [contact.id, contact.id, `%${contact.id}%`],
      ),
    ]);
    return JSON.stringify({
      exportedAt: new Date().toISOString(),
      contact: {
        id: contact.id,
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: contact.email,
        phone: contact.phone,
        title: contact.title,
        languages: contact.languages,
        lawfulBasis: contact.lawfulBasis,
        consentAt: contact.consentAt,
        erased: contact.erased,
        createdAt: contact.createdAt,
        updatedAt: contact.updatedAt,
      },
      affiliations,
      groupMemberships,
      engagements,
      preferences: await contactPreferencesForExport(this.em, contact.id),
      auditEvents,
    });
  }
}
