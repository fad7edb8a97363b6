import { type EntityClass, type EntityDictionary } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { currentPeriodSql, finnishToday } from '@sidos/common';
import { mapForRead, plainForRead, readablePropertiesOf } from '@sidos/database';
import { Affiliation, Contact, GroupContact, GroupOrganisation, Organisation, PolicyArea, StakeholderGroup } from '../entities/index.js';
import { type GroupMembership } from '../types/group-membership.type.js';

/*
 * The SQL of the register's relation batches. `columns` is the select list of an entity's loaded columns
 * (selectColumns), `ids` one `?` binding per id.
 */

/** Affiliations: primary first, then current ones, then the latest start. */
const AFFILIATION_ORDER = { primary: 'desc', until: 'desc nulls first', since: 'desc nulls last', id: 'asc' } as const;
export const AFFILIATION_ORDER_SQL = 'a."primary" desc, a."until" desc nulls first, a."since" desc nulls last, a."id"';

/** The rows of one table with these ids. Bindings: the ids. */
export const ROWS_BY_IDS_SQL = (table: 'organisation' | 'contact' | 'stakeholder_group', columns: string, ids: string) =>
  `select ${columns} from "${table}" t where t."id" in (${ids})`;

/** The policy areas (`p`) of the organisations, each row with its `link_organisation_id`; by name. Bindings: the ids. */
export const POLICY_AREAS_OF_ORGANISATIONS_SQL = (columns: string, ids: string) =>
  `select link."organisation_id" as "link_organisation_id", ${columns}
   from "organisation_policy_area" link join "policy_area" p on p."id" = link."policy_area_id"
   where link."organisation_id" in (${ids}) order by p."name", p."id"`;

/** The groups (`g`) the organisations are current members of, each row with its `link_organisation_id`; by name. Bindings: the ids, then `current`'s. */
export const CURRENT_GROUPS_OF_ORGANISATIONS_SQL = (columns: string, ids: string, current: string) =>
  `select link."organisation_id" as "link_organisation_id", ${columns}
   from "group_organisation" link join "stakeholder_group" g on g."id" = link."group_id"
   where link."organisation_id" in (${ids}) and ${current} order by g."name", g."id"`;

/** The number of current organisation and contact members per group (groups with none left out). Bindings: the ids, `current`'s, the ids, `current`'s. */
export const CURRENT_MEMBER_COUNTS_SQL = (ids: string, current: string) =>
  `select "group_id", count(*)::int as "count" from (
     select m."group_id" from "group_organisation" m where m."group_id" in (${ids}) and ${current}
     union all
     select m."group_id" from "group_contact" m where m."group_id" in (${ids}) and ${current}
   ) members group by "group_id"`;

/**
 * The membership periods of the groups' organisations and contacts, oldest first (by `since`, an open
 * start first); `notEnded` is empty or NOT_ENDED_SQL. Bindings: the ids, NOT_ENDED_SQL's, the ids, NOT_ENDED_SQL's.
 */
export const MEMBERSHIPS_OF_GROUPS_SQL = (ids: string, notEnded: string) =>
  `select * from (
     select m."id", m."group_id", m."organisation_id", null::uuid as "contact_id", m."since"::text as "since", m."until"::text as "until", m."created_at"
     from "group_organisation" m where m."group_id" in (${ids})${notEnded}
     union all
     select m."id", m."group_id", null::uuid, m."contact_id", m."since"::text as "since", m."until"::text as "until", m."created_at"
     from "group_contact" m where m."group_id" in (${ids})${notEnded}
   ) m
   order by m."since" nulls first, m."until" nulls last, m."created_at", m."id"`;

/** A period of membership period `m` not ended by a date. Binding: the date. */
export const NOT_ENDED_SQL = ' and (m."until" is null or m."until" > ?::date)';

/** The affiliations (`a`) of the organisations with their contacts (`c`, columns renamed `contact__…`); in AFFILIATION_ORDER_SQL. Bindings: the ids. */
export const AFFILIATIONS_OF_ORGANISATIONS_SQL = (affiliationColumns: string, contactColumns: string, ids: string) =>
  `select ${affiliationColumns}, ${contactColumns}
   from "affiliation" a join "contact" c on c."id" = a."contact_id"
   where a."organisation_id" in (${ids}) order by ${AFFILIATION_ORDER_SQL}`;

const bindings = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/** A membership period that covers today in Finnish time (a condition on GroupOrganisation or GroupContact). */
function currentPeriod() {
  const today = finnishToday();
  return { $and: [{ $or: [{ since: null }, { since: { $lte: today } }] }, { $or: [{ until: null }, { until: { $gt: today } }] }] };
}

/** A row of group_organisation or group_contact, as MEMBERSHIPS_OF_GROUPS_SQL reads it (dates as PostgreSQL text). */
interface MembershipRow {
  id: string;
  group_id: string;
  organisation_id: string | null;
  contact_id: string | null;
  since: string | null;
  until: string | null;
}

/**
 * The batch reads of the register's relations (RegisterLoaders): one statement per relation and batch
 * of ids, on the primary (the relations of a mutation's result must show its writes).
 */
@Injectable()
export class RegisterRelationRepository {
  constructor(private readonly em: EntityManager) {}

  /** `alias."column", …` of an entity, optionally renamed `"<prefix><column>"`. */
  private selectColumns(entity: EntityClass<object>, alias: string, prefix = ''): string {
    return readablePropertiesOf(this.em, entity)
      .map(({ column }) => `${alias}."${column}"${prefix ? ` as "${prefix}${column}"` : ''}`)
      .join(', ');
  }

  private async rowsByIds<T extends object>(
    entity: EntityClass<T>,
    table: 'organisation' | 'contact' | 'stakeholder_group',
    ids: readonly string[],
  ): Promise<T[]> {
    const rows = await this.em.execute<EntityDictionary<T>[]>(ROWS_BY_IDS_SQL(table, this.selectColumns(entity, 't'), bindings(ids)), [...ids]);
    return rows.map((row) => mapForRead(this.em, entity, row));
  }

  /** The organisations with these ids (read objects, not managed), in no particular order. */
  organisationsByIds(ids: readonly string[]): Promise<Organisation[]> {
    return this.rowsByIds(Organisation, 'organisation', ids);
  }

  /** The contacts with these ids (read objects, not managed), in no particular order. */
  contactsByIds(ids: readonly string[]): Promise<Contact[]> {
    return this.rowsByIds(Contact, 'contact', ids);
  }

  /** The groups with these ids (read objects, not managed), in no particular order. */
  groupsByIds(ids: readonly string[]): Promise<StakeholderGroup[]> {
    return this.rowsByIds(StakeholderGroup, 'stakeholder_group', ids);
  }

  /** The policy areas of the organisations (plain read objects), by name, each with its organisation. */
  async policyAreasOfOrganisations(ids: readonly string[]): Promise<{ organisationId: string; policyArea: PolicyArea }[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(POLICY_AREAS_OF_ORGANISATIONS_SQL(this.selectColumns(PolicyArea, 'p'), bindings(ids)), [
      ...ids,
    ]);
    return rows.map((row) => ({ organisationId: row.link_organisation_id as string, policyArea: plainForRead(this.em, PolicyArea, row) }));
  }

  /** The groups the organisations are current members of (a period covering today in Finnish time; plain read objects), by name, each with its organisation. */
  async currentGroupsOfOrganisations(ids: readonly string[]): Promise<{ organisationId: string; group: StakeholderGroup }[]> {
    const current = currentPeriodSql('link');
    const rows = await this.em.execute<Record<string, unknown>[]>(
      CURRENT_GROUPS_OF_ORGANISATIONS_SQL(this.selectColumns(StakeholderGroup, 'g'), bindings(ids), current.sql),
      [...ids, ...current.params],
    );
    return rows.map((row) => ({ organisationId: row.link_organisation_id as string, group: plainForRead(this.em, StakeholderGroup, row) }));
  }

  /** The contacts' current group links with their groups, by group name. */
  currentGroupsOfContacts(ids: readonly string[]): Promise<GroupContact[]> {
    return this.em.find(
      GroupContact,
      { contact: { $in: [...ids] }, ...currentPeriod() },
      { populate: ['group'], strategy: 'joined', orderBy: { group: { name: 'asc' } } },
    );
  }

  /** The groups' current organisation links with their organisations, by organisation name. */
  currentOrganisationMembers(groupIds: readonly string[]): Promise<GroupOrganisation[]> {
    return this.em.find(
      GroupOrganisation,
      { group: { $in: [...groupIds] }, ...currentPeriod() },
      { populate: ['organisation'], strategy: 'joined', orderBy: { organisation: { name: 'asc' } } },
    );
  }

  /** The groups' current contact links with their contacts, by contact name. */
  currentContactMembers(groupIds: readonly string[]): Promise<GroupContact[]> {
    return this.em.find(
      GroupContact,
      { group: { $in: [...groupIds] }, ...currentPeriod() },
      { populate: ['contact'], strategy: 'joined', orderBy: { contact: { lastName: 'asc', firstName: 'asc' } } },
    );
  }

  /** The number of current organisation and contact members of each group that has any. */
  async currentMemberCounts(groupIds: readonly string[]): Promise<Map<string, number>> {
    const current = currentPeriodSql('m');
    const rows = await this.em.execute<{ group_id: string; count: number }[]>(CURRENT_MEMBER_COUNTS_SQL(bindings(groupIds), current.sql), [
      ...groupIds,
      ...current.params,
      ...groupIds,
      ...current.params,
    ]);
    return new Map(rows.map((row) => [row.group_id, row.count]));
  }

  /** The groups' membership periods, oldest first; those ended (until on or before today) only with `includeEnded`. */
  async membershipsOfGroups(groupIds: readonly string[], includeEnded: boolean): Promise<GroupMembership[]> {
    const today = includeEnded ? [] : [finnishToday()];
    const rows = await this.em.execute<MembershipRow[]>(MEMBERSHIPS_OF_GROUPS_SQL(bindings(groupIds), includeEnded ? '' : NOT_ENDED_SQL), [
      ...groupIds,
      ...today,
      ...groupIds,
      ...today,
    ]);
    return rows.map((row): GroupMembership => ({
      id: row.id,
      groupId: row.group_id,
      organisationId: row.organisation_id,
      contactId: row.contact_id,
      since: row.since,
      until: row.until,
    }));
  }

  /**
   * The organisations' affiliations with their contacts, in one statement, as plain read objects (a page
   * of organisations reads hundreds of affiliations, and building ORM entities with live references for
   * them was the largest cost of such a request).
   */
  async affiliationsOfOrganisations(ids: readonly string[]): Promise<{ affiliation: Affiliation; contact: Contact }[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      AFFILIATIONS_OF_ORGANISATIONS_SQL(this.selectColumns(Affiliation, 'a'), this.selectColumns(Contact, 'c', 'contact__'), bindings(ids)),
      [...ids],
    );
    return rows.map((row) => ({ contact: plainForRead(this.em, Contact, row, 'contact__'), affiliation: plainForRead(this.em, Affiliation, row) }));
  }

  /** The contacts' affiliations: primary first, then current ones, then the latest start. */
  affiliationsOfContacts(ids: readonly string[]): Promise<Affiliation[]> {
    return this.em.find(Affiliation, { contact: { $in: [...ids] } }, { orderBy: AFFILIATION_ORDER });
  }
}
