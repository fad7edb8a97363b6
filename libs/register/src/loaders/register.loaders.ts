import { type EntityClass, type EntityDictionary } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { mayReadPersonalData, viewerOfContext } from '@sidos/auth';
import { currentPeriodSql, finnishToday, type GraphQLRequestContext, groupByKey, markPreloaded, requestLoader } from '@sidos/common';
import { mapForRead, plainForRead, readablePropertiesOf } from '@sidos/database';
import { Affiliation, Contact, GroupContact, GroupOrganisation, Organisation, PolicyArea, StakeholderGroup } from '../entities/index.js';
import { type GroupMembership } from '../types/group-membership.type.js';

/** Affiliations: primary first, then current ones, then the latest start. */
const AFFILIATION_ORDER = { primary: 'desc', until: 'desc nulls first', since: 'desc nulls last', id: 'asc' } as const;
const AFFILIATION_ORDER_SQL = 'a."primary" desc, a."until" desc nulls first, a."since" desc nulls last, a."id"';

const placeholders = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/** A membership period that covers today in Finnish time (a condition on GroupOrganisation or GroupContact). */
function currentPeriod() {
  const today = finnishToday();
  return { $and: [{ $or: [{ since: null }, { since: { $lte: today } }] }, { $or: [{ until: null }, { until: { $gt: today } }] }] };
}

/**
 * Whether the request's caller is shown the contact members of special-category groups (GDPR Art. 9): EDITOR
 * and ADMIN are; for a VIEWER every loader of contact memberships leaves them out (counts stay whole).
 */
const seesSpecialCategoryMembers = (context: GraphQLRequestContext) => mayReadPersonalData(viewerOfContext(context));

/** A row of group_organisation or group_contact, as membershipsOfGroup reads it (dates as PostgreSQL text). */
interface MembershipRow {
  id: string;
  group_id: string;
  organisation_id: string | null;
  contact_id: string | null;
  since: string | null;
  until: string | null;
}

/** `alias."column", …` of an entity, optionally renamed `"<prefix><column>"`. */
function selectColumns(em: EntityManager, entity: EntityClass<object>, alias: string, prefix = ''): string {
  return readablePropertiesOf(em, entity)
    .map(({ column }) => `${alias}."${column}"${prefix ? ` as "${prefix}${column}"` : ''}`)
    .join(', ');
}

/** Fields answered from a related object that a loader here attached whole to its parent (see resolvePreloadedFields). */
export const REGISTER_PRELOADED_FIELDS: readonly string[] = ['Affiliation.contact'];

/**
 * Request-scoped DataLoaders for the register's relations: each relation of a list of N records
 * costs one SQL statement, whatever N is.
 */
@Injectable()
export class RegisterLoaders {
  constructor(private readonly em: EntityManager) {}

  organisation(context: GraphQLRequestContext): DataLoader<string, Organisation | null> {
    return requestLoader(context, 'register.organisation', async (ids: readonly string[]) => {
      const rows = await this.em.execute<EntityDictionary<Organisation>[]>(
        `select ${selectColumns(this.em, Organisation, 't')} from "organisation" t where t."id" in (${placeholders(ids)})`,
        [...ids],
      );
      const byId = new Map(
        rows.map((row) => {
          const entity = mapForRead(this.em, Organisation, row);
          return [entity.id, entity];
        }),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  contact(context: GraphQLRequestContext): DataLoader<string, Contact | null> {
    return requestLoader(context, 'register.contact', async (ids: readonly string[]) => {
      const rows = await this.em.execute<EntityDictionary<Contact>[]>(
        `select ${selectColumns(this.em, Contact, 't')} from "contact" t where t."id" in (${placeholders(ids)})`,
        [...ids],
      );
      const byId = new Map(
        rows.map((row) => {
          const entity = mapForRead(this.em, Contact, row);
          return [entity.id, entity];
        }),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  group(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup | null> {
    return requestLoader(context, 'register.group', async (ids: readonly string[]) => {
      const rows = await this.em.execute<EntityDictionary<StakeholderGroup>[]>(
        `select ${selectColumns(this.em, StakeholderGroup, 't')} from "stakeholder_group" t where t."id" in (${placeholders(ids)})`,
        [...ids],
      );
      const byId = new Map(
        rows.map((row) => {
          const entity = mapForRead(this.em, StakeholderGroup, row);
          return [entity.id, entity];
        }),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * The contact named together with a group (an engagement record on behalf of a group): null for a caller
   * who may not see the contact members of a special-category group (a VIEWER) when the group is one, since
   * the pairing tells that the person belongs to it. Batched through the contact and group loaders.
   */
  async contactBesideGroup(context: GraphQLRequestContext, contactId: string, groupId: string | null): Promise<Contact | null> {
    if (groupId && !seesSpecialCategoryMembers(context) && (await this.group(context).load(groupId))?.specialCategory !== false) return null;
    return this.contact(context).load(contactId);
  }

  /** By name. */
  policyAreasOfOrganisation(context: GraphQLRequestContext): DataLoader<string, PolicyArea[]> {
    return requestLoader(context, 'register.policyAreasOfOrganisation', async (ids: readonly string[]) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        `select link."organisation_id" as "link_organisation_id", ${selectColumns(this.em, PolicyArea, 'p')}
         from "organisation_policy_area" link join "policy_area" p on p."id" = link."policy_area_id"
         where link."organisation_id" in (${placeholders(ids)}) order by p."name", p."id"`,
        [...ids],
      );
      return groupByKey(ids, rows, (row) => row.link_organisation_id as string).map((list) => list.map((row) => plainForRead(this.em, PolicyArea, row)));
    });
  }

  /** The groups it is a current member of (a period covering today in Finnish time); by name. */
  groupsOfOrganisation(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'register.groupsOfOrganisation', async (ids: readonly string[]) => {
      const current = currentPeriodSql('link');
      const rows = await this.em.execute<Record<string, unknown>[]>(
        `select link."organisation_id" as "link_organisation_id", ${selectColumns(this.em, StakeholderGroup, 'g')}
         from "group_organisation" link join "stakeholder_group" g on g."id" = link."group_id"
         where link."organisation_id" in (${placeholders(ids)}) and ${current.sql} order by g."name", g."id"`,
        [...ids, ...current.params],
      );
      return groupByKey(ids, rows, (row) => row.link_organisation_id as string).map((list) => list.map((row) => plainForRead(this.em, StakeholderGroup, row)));
    });
  }

  /** The groups it is a current member of; by name. Special-category groups only for EDITOR and ADMIN. */
  groupsOfContact(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'register.groupsOfContact', async (ids: readonly string[]) => {
      const links = await this.em.find(
        GroupContact,
        { contact: { $in: [...ids] }, ...(seesSpecialCategoryMembers(context) ? {} : { group: { specialCategory: false } }), ...currentPeriod() },
        { populate: ['group'], strategy: 'joined', orderBy: { group: { name: 'asc' } } },
      );
      return groupByKey(ids, links, (link) => link.contact.id).map((list) => list.map((link) => link.group.getEntity()));
    });
  }

  /** Current members; by name. */
  organisationsOfGroup(context: GraphQLRequestContext): DataLoader<string, Organisation[]> {
    return requestLoader(context, 'register.organisationsOfGroup', async (ids: readonly string[]) => {
      const links = await this.em.find(
        GroupOrganisation,
        { group: { $in: [...ids] }, ...currentPeriod() },
        { populate: ['organisation'], strategy: 'joined', orderBy: { organisation: { name: 'asc' } } },
      );
      return groupByKey(ids, links, (link) => link.group.id).map((list) => list.map((link) => link.organisation.getEntity()));
    });
  }

  /** Current members; by name. Of a special-category group, only for EDITOR and ADMIN (none for a VIEWER). */
  contactsOfGroup(context: GraphQLRequestContext): DataLoader<string, Contact[]> {
    return requestLoader(context, 'register.contactsOfGroup', async (ids: readonly string[]) => {
      const links = await this.em.find(
        GroupContact,
        { group: { id: { $in: [...ids] }, ...(seesSpecialCategoryMembers(context) ? {} : { specialCategory: false }) }, ...currentPeriod() },
        { populate: ['contact'], strategy: 'joined', orderBy: { contact: { lastName: 'asc', firstName: 'asc' } } },
      );
      return groupByKey(ids, links, (link) => link.group.id).map((list) => list.map((link) => link.contact.getEntity()));
    });
  }

  /** Current organisation and contact members. */
  memberCount(context: GraphQLRequestContext): DataLoader<string, number> {
    return requestLoader(context, 'register.memberCount', async (ids: readonly string[]) => {
      const current = currentPeriodSql('m');
      const rows = await this.em.execute<{ group_id: string; count: number }[]>(
        `select "group_id", count(*)::int as "count" from (
           select m."group_id" from "group_organisation" m where m."group_id" in (${placeholders(ids)}) and ${current.sql}
           union all
           select m."group_id" from "group_contact" m where m."group_id" in (${placeholders(ids)}) and ${current.sql}
         ) members group by "group_id"`,
        [...ids, ...current.params, ...ids, ...current.params],
      );
      const counts = new Map(rows.map((row) => [row.group_id, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  /**
   * The membership periods of organisations and contacts, oldest first (by `since`, an open start first);
   * those ended (until on or before today) only with `includeEnded`. One statement for all the groups.
   * Contacts' periods in a special-category group only for EDITOR and ADMIN (left out for a VIEWER).
   */
  membershipsOfGroup(context: GraphQLRequestContext, includeEnded: boolean): DataLoader<string, GroupMembership[]> {
    return requestLoader(context, `register.membershipsOfGroup.${includeEnded ? 'all' : 'notEnded'}`, async (ids: readonly string[]) => {
      const notEnded = includeEnded ? '' : ' and (m."until" is null or m."until" > ?::date)';
      const today = includeEnded ? [] : [finnishToday()];
      const shownContacts = seesSpecialCategoryMembers(context)
        ? ''
        : ' and not exists (select 1 from "stakeholder_group" g where g."id" = m."group_id" and g."special_category")';
      const rows = await this.em.execute<MembershipRow[]>(
        `select * from (
           select m."id", m."group_id", m."organisation_id", null::uuid as "contact_id", m."since"::text as "since", m."until"::text as "until", m."created_at"
           from "group_organisation" m where m."group_id" in (${placeholders(ids)})${notEnded}
           union all
           select m."id", m."group_id", null::uuid, m."contact_id", m."since"::text as "since", m."until"::text as "until", m."created_at"
           from "group_contact" m where m."group_id" in (${placeholders(ids)})${notEnded}${shownContacts}
         ) m
         order by m."since" nulls first, m."until" nulls last, m."created_at", m."id"`,
        [...ids, ...today, ...ids, ...today],
      );
      const memberships = rows.map((row): GroupMembership => ({
        id: row.id,
        groupId: row.group_id,
        organisationId: row.organisation_id,
        contactId: row.contact_id,
        since: row.since,
        until: row.until,
      }));
      return groupByKey(ids, memberships, (membership) => membership.groupId);
    });
  }

  /**
   * With their contacts in the same statement: the contacts prime the request's contact loader, so that
   * `affiliations { contact { … } }` costs no further statement.
   */
  affiliationsOfOrganisation(context: GraphQLRequestContext): DataLoader<string, Affiliation[]> {
    return requestLoader(context, 'register.affiliationsOfOrganisation', async (ids: readonly string[]) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        `select ${selectColumns(this.em, Affiliation, 'a')}, ${selectColumns(this.em, Contact, 'c', 'contact__')}
         from "affiliation" a join "contact" c on c."id" = a."contact_id"
         where a."organisation_id" in (${placeholders(ids)}) order by ${AFFILIATION_ORDER_SQL}`,
        [...ids],
      );
      // Plain read objects (plainForRead): a page of organisations reads hundreds of affiliations, and
      // building ORM entities with live references for them was the largest cost of such a request.
      // Each affiliation carries its contact whole (marked preloaded): `Affiliation.contact` then answers it
      // without its field resolver (REGISTER_PRELOADED_FIELDS).
      const contacts = this.contact(context);
      const affiliations = rows.map((row) => {
        const contact = markPreloaded(plainForRead(this.em, Contact, row, 'contact__'));
        contacts.prime(contact.id, contact);
        const affiliation = plainForRead(this.em, Affiliation, row);
        (affiliation as unknown as { contact: Contact }).contact = contact;
        return affiliation;
      });
      return groupByKey(ids, affiliations, (affiliation) => affiliation.organisation.id);
    });
  }

  affiliationsOfContact(context: GraphQLRequestContext): DataLoader<string, Affiliation[]> {
    return requestLoader(context, 'register.affiliationsOfContact', async (ids: readonly string[]) => {
      const affiliations = await this.em.find(Affiliation, { contact: { $in: [...ids] } }, { orderBy: AFFILIATION_ORDER });
      return groupByKey(ids, affiliations, (affiliation) => affiliation.contact.id);
    });
  }
}
