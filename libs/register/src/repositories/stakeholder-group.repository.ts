import { type EntityDictionary } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  type Connection,
  currentPeriodSql,
  finnishToday,
  type KeysetOrder,
  keysetOrder,
  OrderDirection,
  type PageRequest,
  type SortKey,
  type SqlFragment,
} from '@sidos/common';
import { fetchKeysetPage, mapForRead, ON_REPLICA, plainForRead, selectColumnsOf } from '@sidos/database';
import { GroupContact, GroupOrganisation, StakeholderGroup } from '../entities/index.js';
import { StakeholderGroupFilter, type StakeholderGroupOrder, StakeholderGroupOrderField } from '../inputs/index.js';
import { type GroupMembership } from '../types/group-membership.type.js';
import { searchCondition, searchOrder } from '../services/search-sql.js';

/** The members a group has: organisations and contacts. */
export type MemberKind = 'organisation' | 'contact';

/** The membership table of each kind of member, and its member column. */
interface MemberTable {
  table: 'group_organisation' | 'group_contact';
  column: 'organisation_id' | 'contact_id';
}
const MEMBER_TABLES: Record<MemberKind, MemberTable> = {
  organisation: { table: 'group_organisation', column: 'organisation_id' },
  contact: { table: 'group_contact', column: 'contact_id' },
};

/** A member whose period was started, ended or deleted, with that period's start. */
export interface MemberPeriod {
  id: string;
  since: string | null;
}

const placeholders = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/** The groups with the ids (`t`). Bindings: the ids (`bindings`). */
const GROUPS_BY_IDS_SQL = (columns: string, bindings: string) => `select ${columns} from "stakeholder_group" t where t."id" in (${bindings})`;

/**
 * The groups (`g`) the organisations are current members of (`current`: a period covering today), by name,
 * each with its "link_organisation_id". Bindings: the organisation ids, those of the period.
 */
export const GROUPS_OF_ORGANISATIONS_SQL = (columns: string, bindings: string, current: string) =>
  `select link."organisation_id" as "link_organisation_id", ${columns}
         from "group_organisation" link join "stakeholder_group" g on g."id" = link."group_id"
         where link."organisation_id" in (${bindings}) and ${current} order by g."name", g."id"`;

/** The current organisation and contact members of each group (`current`: a period covering today). Bindings: the group ids and the period's, twice. */
const MEMBER_COUNTS_SQL = (bindings: string, current: string) =>
  `select "group_id", count(*)::int as "count" from (
           select m."group_id" from "group_organisation" m where m."group_id" in (${bindings}) and ${current}
           union all
           select m."group_id" from "group_contact" m where m."group_id" in (${bindings}) and ${current}
         ) members group by "group_id"`;

/** Leaves out periods (`m`) ended on or before a date. Binding: the date. */
const NOT_ENDED_SQL = ' and (m."until" is null or m."until" > ?::date)';

/** Leaves out contacts' periods (`m`) in special-category groups. */
const NOT_IN_SPECIAL_CATEGORY_GROUP_SQL = ' and not exists (select 1 from "stakeholder_group" g where g."id" = m."group_id" and g."special_category")';

/**
 * The membership periods of organisations and contacts in the groups, oldest first (by `since`, an open start
 * first), dates as text. Bindings: the group ids (`bindings`) with those of `notEnded`, twice.
 */
const MEMBERSHIPS_OF_GROUPS_SQL = (bindings: string, notEnded: string, shownContacts: string) =>
  `select * from (
           select m."id", m."group_id", m."organisation_id", null::uuid as "contact_id", m."since"::text as "since", m."until"::text as "until", m."created_at"
           from "group_organisation" m where m."group_id" in (${bindings})${notEnded}
           union all
           select m."id", m."group_id", null::uuid, m."contact_id", m."since"::text as "since", m."until"::text as "until", m."created_at"
           from "group_contact" m where m."group_id" in (${bindings})${notEnded}${shownContacts}
         ) m
         order by m."since" nulls first, m."until" nulls last, m."created_at", m."id"`;

/** A row of group_organisation or group_contact, as MEMBERSHIPS_OF_GROUPS_SQL reads it (dates as PostgreSQL text). */
interface MembershipRow {
  id: string;
  group_id: string;
  organisation_id: string | null;
  contact_id: string | null;
  since: string | null;
  until: string | null;
}

/** A membership period that covers today in Finnish time (a condition on GroupOrganisation or GroupContact). */
function currentPeriod() {
  const today = finnishToday();
  return { $and: [{ $or: [{ since: null }, { since: { $lte: today } }] }, { $or: [{ until: null }, { until: { $gt: today } }] }] };
}

/** Groups `g` that are (or are not) hard to reach. Binding: the flag. */
const HARD_TO_REACH_SQL = 'g."hard_to_reach" = ?';

/**
 * Locks the group's row until the transaction ends. FOR NO KEY UPDATE leaves alone the key-share locks of
 * inserts that reference the group (engagements naming it). Binding: the group's id.
 */
const LOCK_GROUP_SQL = 'select "id" from "stakeholder_group" where "id" = ? for no key update';

/**
 * Starts a period from `since` for each member (one `(?::uuid)` row each in `values`) without one covering
 * `since` or starting after it. Bindings: the group's id, since, the member ids, the group's id, since, since.
 */
const START_PERIODS_SQL = ({ table, column }: MemberTable, values: string) =>
  `insert into "${table}" ("group_id", "${column}", "since", "created_at")
       select ?::uuid, v."id", ?::date, now() from (values ${values}) as v("id")
       where not exists (
         select 1 from "${table}" p
         where p."group_id" = ? and p."${column}" = v."id" and (?::date is null or p."until" is null or p."until" > ?::date)
       )
       returning "${column}" as "id", "since"::text as "since"`;

/** The periods of the group's listed members (`p`). Bindings: the group's id, the member ids (`ids`: one `?` each). */
const MEMBERS_SQL = ({ column }: MemberTable, ids: string) => `p."group_id" = ? and p."${column}" in (${ids})`;

/** Deletes the members' periods starting on or after `until`. Bindings: those of MEMBERS_SQL, until. */
const DELETE_PERIODS_FROM_SQL = (member: MemberTable, ids: string) =>
  `delete from "${member.table}" p where ${MEMBERS_SQL(member, ids)} and p."since" >= ?::date returning p."${member.column}" as "id", p."since"::text as "since"`;

/** Ends the members' periods covering `until` there. Bindings: until, those of MEMBERS_SQL, until, until. */
const END_PERIODS_AT_SQL = (member: MemberTable, ids: string) =>
  `update "${member.table}" p set "until" = ?::date
       where ${MEMBERS_SQL(member, ids)} and (p."since" is null or p."since" < ?::date) and (p."until" is null or p."until" > ?::date)
       returning p."${member.column}" as "id", p."since"::text as "since"`;

const byId = (a: MemberPeriod, b: MemberPeriod) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The groups list's conditions on group `g`, one per filter field given. */
function groupFilterSql(filter: StakeholderGroupFilter | null | undefined): SqlFragment[] {
  const where: SqlFragment[] = [];
  if (filter?.hardToReach !== undefined && filter.hardToReach !== null) where.push({ sql: HARD_TO_REACH_SQL, params: [filter.hardToReach] });
  if (filter?.search) where.push(searchCondition('g', filter.search));
  return where;
}

/** The keys of each order of the list (the id follows them); a small table: only the name has an index of its own. */
const GROUP_ORDER_KEYS: Record<StakeholderGroupOrderField, SortKey[]> = {
  NAME: [{ sql: 'lower(g."name")', type: 'string' }],
  CREATED: [{ sql: 'g."created_at"', type: 'timestamp' }],
  UPDATED: [{ sql: 'g."updated_at"', type: 'timestamp' }],
};
const GROUP_ID: SortKey = { sql: 'g."id"', type: 'uuid' };

/** The list's keyset order: the orderBy given; else by relevance to a search, then by name and id; else by name and id. */
function groupOrder(search: string | null | undefined, orderBy: StakeholderGroupOrder | null | undefined): KeysetOrder {
  if (!orderBy && search)
    return { tag: 'stakeholderGroups.RELEVANCE', keys: [searchOrder('g', 'name', search), ...GROUP_ORDER_KEYS.NAME, GROUP_ID], direction: OrderDirection.ASC };
  return keysetOrder('stakeholderGroups', GROUP_ORDER_KEYS, GROUP_ID, orderBy ?? { field: StakeholderGroupOrderField.NAME, direction: OrderDirection.ASC });
}

/** The queries of stakeholder groups and their dated memberships. */
@Injectable()
export class StakeholderGroupRepository {
  constructor(private readonly em: EntityManager) {}

  /** The group (managed, for a change), or null; `id` must be a well-formed UUID. */
  findById(id: string): Promise<StakeholderGroup | null> {
    return this.em.findOne(StakeholderGroup, { id });
  }

  /** A keyset page of the groups matching the filter. A read-only list: on a replica when there are any. */
  list(
    filter: StakeholderGroupFilter | null | undefined,
    orderBy: StakeholderGroupOrder | null | undefined,
    page: PageRequest,
  ): Promise<Connection<StakeholderGroup>> {
    return fetchKeysetPage(
      this.em,
      StakeholderGroup,
      { select: 'g.*', from: '"stakeholder_group" g', where: groupFilterSql(filter), order: groupOrder(filter?.search, orderBy), page },
      ON_REPLICA,
    );
  }

  /**
   * Locks the group's row until the transaction ends (FOR NO KEY UPDATE); false when there is no such group.
   * Writers of one group's memberships lock it first, so they run one after another.
   */
  async lock(groupId: string): Promise<boolean> {
    const rows = await this.em.execute<{ id: string }[]>(LOCK_GROUP_SQL, [groupId]);
    return rows.length > 0;
  }

  /** Inserts a period from `since` for each member without one covering `since` or starting after it; answers the started ones, by id. */
  async startPeriods(kind: MemberKind, groupId: string, ids: string[], since: string | null): Promise<MemberPeriod[]> {
    if (ids.length === 0) return [];
    const rows = await this.em.execute<MemberPeriod[]>(START_PERIODS_SQL(MEMBER_TABLES[kind], ids.map(() => '(?::uuid)').join(', ')), [
      groupId,
      since,
      ...ids,
      groupId,
      since,
      since,
    ]);
    return rows.sort(byId);
  }

  /**
   * Deletes the members' periods starting on or after `until`, then ends the ones covering it there;
   * answers each member with a period changed once (with the start of the ended or deleted period), by id.
   */
  async endPeriods(kind: MemberKind, groupId: string, ids: string[], until: string): Promise<MemberPeriod[]> {
    if (ids.length === 0) return [];
    const member = MEMBER_TABLES[kind];
    const bindings = ids.map(() => '?').join(', ');
    const deleted = await this.em.execute<MemberPeriod[]>(DELETE_PERIODS_FROM_SQL(member, bindings), [groupId, ...ids, until]);
    const ended = await this.em.execute<MemberPeriod[]>(END_PERIODS_AT_SQL(member, bindings), [until, groupId, ...ids, until, until]);
    const byMember = new Map<string, MemberPeriod>();
    for (const row of [...ended, ...deleted]) if (!byMember.has(row.id)) byMember.set(row.id, row);
    return [...byMember.values()].sort(byId);
  }

  /** The groups with these ids (those that exist), as read-only entities. */
  async byIds(ids: readonly string[]): Promise<StakeholderGroup[]> {
    const rows = await this.em.execute<EntityDictionary<StakeholderGroup>[]>(
      GROUPS_BY_IDS_SQL(selectColumnsOf(this.em, StakeholderGroup, 't'), placeholders(ids)),
      [...ids],
    );
    return rows.map((row) => mapForRead(this.em, StakeholderGroup, row));
  }

  /** The groups the organisations are current members of (a period covering today in Finnish time), by name; plain read objects. */
  async groupsOfOrganisations(organisationIds: readonly string[]): Promise<{ organisationId: string; group: StakeholderGroup }[]> {
    const current = currentPeriodSql('link');
    const rows = await this.em.execute<Record<string, unknown>[]>(
      GROUPS_OF_ORGANISATIONS_SQL(selectColumnsOf(this.em, StakeholderGroup, 'g'), placeholders(organisationIds), current.sql),
      [...organisationIds, ...current.params],
    );
    return rows.map((row) => ({ organisationId: row.link_organisation_id as string, group: plainForRead(this.em, StakeholderGroup, row) }));
  }

  /** The current memberships of the contacts, with their groups, by group name; special-category groups only with `includeSpecialCategory`. */
  groupsOfContacts(contactIds: readonly string[], includeSpecialCategory: boolean): Promise<GroupContact[]> {
    return this.em.find(
      GroupContact,
      { contact: { $in: [...contactIds] }, ...(includeSpecialCategory ? {} : { group: { specialCategory: false } }), ...currentPeriod() },
      { populate: ['group'], strategy: 'joined', orderBy: { group: { name: 'asc' } } },
    );
  }

  /** The current organisation memberships of the groups, with their organisations, by organisation name. */
  organisationsOfGroups(groupIds: readonly string[]): Promise<GroupOrganisation[]> {
    return this.em.find(
      GroupOrganisation,
      { group: { $in: [...groupIds] }, ...currentPeriod() },
      { populate: ['organisation'], strategy: 'joined', orderBy: { organisation: { name: 'asc' } } },
    );
  }

  /** The current contact memberships of the groups, with their contacts, by name; of special-category groups only with `includeSpecialCategory`. */
  contactsOfGroups(groupIds: readonly string[], includeSpecialCategory: boolean): Promise<GroupContact[]> {
    return this.em.find(
      GroupContact,
      { group: { id: { $in: [...groupIds] }, ...(includeSpecialCategory ? {} : { specialCategory: false }) }, ...currentPeriod() },
      { populate: ['contact'], strategy: 'joined', orderBy: { contact: { lastName: 'asc', firstName: 'asc' } } },
    );
  }

  /** How many current organisation and contact members each group has (groups without any left out). */
  async memberCounts(groupIds: readonly string[]): Promise<{ groupId: string; count: number }[]> {
    const current = currentPeriodSql('m');
    const rows = await this.em.execute<{ group_id: string; count: number }[]>(MEMBER_COUNTS_SQL(placeholders(groupIds), current.sql), [
      ...groupIds,
      ...current.params,
      ...groupIds,
      ...current.params,
    ]);
    return rows.map((row) => ({ groupId: row.group_id, count: row.count }));
  }

  /**
   * The membership periods of organisations and contacts in the groups, oldest first (by `since`, an open start
   * first); those ended (until on or before today in Finnish time) only with `includeEnded`, and contacts' periods
   * in special-category groups only with `includeSpecialCategoryContacts`. One statement for all the groups.
   */
  async membershipsOfGroups(groupIds: readonly string[], includeEnded: boolean, includeSpecialCategoryContacts: boolean): Promise<GroupMembership[]> {
    const today = includeEnded ? [] : [finnishToday()];
    const rows = await this.em.execute<MembershipRow[]>(
      MEMBERSHIPS_OF_GROUPS_SQL(
        placeholders(groupIds),
        includeEnded ? '' : NOT_ENDED_SQL,
        includeSpecialCategoryContacts ? '' : NOT_IN_SPECIAL_CATEGORY_GROUP_SQL,
      ),
      [...groupIds, ...today, ...groupIds, ...today],
    );
    return rows.map((row) => ({
      id: row.id,
      groupId: row.group_id,
      organisationId: row.organisation_id,
      contactId: row.contact_id,
      since: row.since,
      until: row.until,
    }));
  }
}
