import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Connection, type SortKey, type SqlFragment } from '@sidos/common';
import { fetchKeysetPage, ON_REPLICA } from '@sidos/database';
import { StakeholderGroup } from '../entities/index.js';
import { StakeholderGroupFilter } from '../inputs/index.js';
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

/** The list's keyset order: by relevance to a search, then by name and id. */
function groupOrder(search: string | null | undefined): SortKey[] {
  const byName = [
    { sql: 'lower(g."name")', type: 'string' as const },
    { sql: 'g."id"::text', type: 'string' as const },
  ];
  return search ? [searchOrder('g', 'name', search), ...byName] : byName;
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
  list(filter: StakeholderGroupFilter | null | undefined, first: number, after: string | null | undefined): Promise<Connection<StakeholderGroup>> {
    return fetchKeysetPage(
      this.em,
      StakeholderGroup,
      { select: 'g.*', from: '"stakeholder_group" g', where: groupFilterSql(filter), order: groupOrder(filter?.search), first, after },
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
}
