import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Connection, inIds, isUuid, keysetOrder, OrderDirection, type PageRequest, type SortKey, type SqlFragment } from '@sidos/common';
import { executeRead, fetchKeysetPage, mapForRead, ON_REPLICA, plainForRead } from '@sidos/database';
import { EngagementMethod } from '@sidos/engagement';
import { Language, searchCondition } from '@sidos/register';
import { Facilitator, FacilitatorAssignment } from '../entities/index.js';
import { FacilitatorRole } from '../enums/facilitator-role.enum.js';
import { type FacilitatorOrder, FacilitatorOrderField } from '../inputs/facilitator.inputs.js';

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * The keys of each order of the list (the id follows them): "by name" is case-insensitive, then by id (the index
 * facilitator_name_order_index); a small table, so the other orders have no index of their own.
 */
const FACILITATOR_ORDER_KEYS: Record<FacilitatorOrderField, SortKey[]> = {
  NAME: [{ sql: 'lower(f."name")', type: 'string' }],
  CREATED: [{ sql: 'f."created_at"', type: 'timestamp' }],
  UPDATED: [{ sql: 'f."updated_at"', type: 'timestamp' }],
};
const FACILITATOR_ID: SortKey = { sql: 'f."id"', type: 'uuid' };
const BY_NAME = { field: FacilitatorOrderField.NAME, direction: OrderDirection.ASC };

/** A facilitator f with an assignment to an activity dated `?` (the availability rule of the filter and of suggestions). */
const ASSIGNED_ON_DAY_SQL = `exists (select 1 from "facilitator_assignment" busy join "activity" busy_activity on busy_activity."id" = busy."activity_id"
  where busy."facilitator_id" = f."id" and busy_activity."date" = ?::date)`;

/**
 * Suggestions for activity `?`: active facilitators trained in its method (and, when given, speaking the
 * language), with no assignment to any activity dated its day (this one included: "not yet assigned to
 * this one" and "free that day" together); fewest assignments to activities dated D-89..D first, then by name.
 */
const SUGGESTIONS_SQL = (withLanguage: boolean) => `
  with target as (select a."id", a."date", a."method" from "activity" a where a."id" = ?)
  select f.*, recent."count" as "recent_assignments"
  from target t
  join "facilitator" f on f."active" and f."methods" @> array[t."method"]::text[]${withLanguage ? ` and f."languages" @> array[?]::text[]` : ''}
  cross join lateral (
    select count(*)::int as "count" from "facilitator_assignment" fa join "activity" fa_activity on fa_activity."id" = fa."activity_id"
    where fa."facilitator_id" = f."id" and fa_activity."date" between t."date" - 89 and t."date"
  ) recent
  where not exists (select 1 from "facilitator_assignment" busy join "activity" busy_activity on busy_activity."id" = busy."activity_id"
                    where busy."facilitator_id" = f."id" and (busy_activity."date" = t."date" or busy_activity."id" = t."id"))
  order by recent."count", lower(f."name"), f."id"
  limit ?`;

/** The assignments of the activities `in (…)`: LEAD first, then by facilitator name. */
const ASSIGNMENTS_OF_ACTIVITIES_SQL = (count: number) => `
  select fa.* from "facilitator_assignment" fa join "facilitator" f on f."id" = fa."facilitator_id"
  where fa."activity_id" in (${placeholders(Array.from({ length: count }))})
  order by fa."activity_id", (fa."role" = '${FacilitatorRole.LEAD}') desc, lower(f."name"), f."id"`;

/** The assignments of the facilitators `in (…)` to activities dated inside [from, to] (null ends open): by activity date, oldest first. */
const ASSIGNMENTS_OF_FACILITATORS_SQL = (count: number) => `
  select fa.* from "facilitator_assignment" fa join "activity" a on a."id" = fa."activity_id"
  where fa."facilitator_id" in (${placeholders(Array.from({ length: count }))})
    and (?::date is null or a."date" >= ?::date) and (?::date is null or a."date" <= ?::date)
  order by fa."facilitator_id", a."date", a."created_at", a."id"`;

/** Adds facilitators to an activity or changes their role; one statement for the whole list (rows: facilitator_id, role). */
const UPSERT_ASSIGNMENTS_SQL = (count: number) => `
  insert into "facilitator_assignment" ("id", "facilitator_id", "activity_id", "role", "created_at")
  select gen_random_uuid(), v."facilitator_id"::uuid, ?::uuid, v."role", now()
  from (values ${Array.from({ length: count }, () => '(?, ?)').join(', ')}) as v("facilitator_id", "role")
  on conflict ("activity_id", "facilitator_id") do update set "role" = excluded."role"
  returning "id", "facilitator_id"`;

const DELETE_ASSIGNMENTS_SQL = (count: number) => `
  delete from "facilitator_assignment" where "activity_id" = ? and "facilitator_id" in (${placeholders(Array.from({ length: count }))})
  returning "id", "facilitator_id", "role"`;

/** Every query of the facilitator pool: plain SQL, one statement per question whatever the size. */
@Injectable()
export class FacilitatorRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: string): Promise<Facilitator | null> {
    return this.em.findOne(Facilitator, { id });
  }

  async findByIds(ids: readonly string[]): Promise<Facilitator[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.em.find(Facilitator, { id: { $in: [...valid] } });
  }

  /** A page of facilitators in the order asked for (by name when none). Every condition must hold (all-of). */
  list(filter: {
    search?: string | null;
    ministry?: string | null;
    methods?: readonly EngagementMethod[] | null;
    languages?: readonly Language[] | null;
    activeOnly: boolean;
    availableOn?: string | null;
    orderBy?: FacilitatorOrder | null;
    page: PageRequest;
  }): Promise<Connection<Facilitator>> {
    const where: SqlFragment[] = [];
    if (filter.activeOnly) where.push({ sql: 'f."active"', params: [] });
    if (filter.ministry) where.push({ sql: 'f."ministry" = ?', params: [filter.ministry] });
    if (filter.methods && filter.methods.length > 0)
      where.push({ sql: `f."methods" @> array[${placeholders(filter.methods)}]::text[]`, params: [...filter.methods] });
    if (filter.languages && filter.languages.length > 0)
      where.push({ sql: `f."languages" @> array[${placeholders(filter.languages)}]::text[]`, params: [...filter.languages] });
    if (filter.search) where.push(searchCondition('f', filter.search));
    if (filter.availableOn) where.push({ sql: `not ${ASSIGNED_ON_DAY_SQL}`, params: [filter.availableOn] });
    return fetchKeysetPage(
      this.em,
      Facilitator,
      {
        select: 'f.*',
        from: '"facilitator" f',
        where,
        order: keysetOrder('facilitators', FACILITATOR_ORDER_KEYS, FACILITATOR_ID, filter.orderBy ?? BY_NAME),
        page: filter.page,
      },
      ON_REPLICA,
    );
  }

  async suggestions(activityId: string, language: Language | null, first: number): Promise<{ facilitator: Facilitator; recentAssignments: number }[]> {
    const rows = await executeRead<Record<string, unknown>[]>(this.em, SUGGESTIONS_SQL(language !== null), [
      activityId,
      ...(language !== null ? [language] : []),
      first,
    ]);
    return rows.map((row) => ({ facilitator: mapForRead(this.em, Facilitator, row), recentAssignments: row.recent_assignments as number }));
  }

  /** The assignments of each activity, LEAD first, then by facilitator name; one statement for all. */
  async assignmentsOfActivities(activityIds: readonly string[]): Promise<FacilitatorAssignment[]> {
    if (activityIds.length === 0) return [];
    const rows = await this.em.execute<Record<string, unknown>[]>(ASSIGNMENTS_OF_ACTIVITIES_SQL(activityIds.length), [...activityIds]);
    return rows.map((row) => plainForRead(this.em, FacilitatorAssignment, row));
  }

  /** The assignments of each facilitator to activities dated inside the window, oldest first; one statement for all. */
  async assignmentsOfFacilitators(facilitatorIds: readonly string[], from: string | null, to: string | null): Promise<FacilitatorAssignment[]> {
    if (facilitatorIds.length === 0) return [];
    const rows = await this.em.execute<Record<string, unknown>[]>(ASSIGNMENTS_OF_FACILITATORS_SQL(facilitatorIds.length), [
      ...facilitatorIds,
      from,
      from,
      to,
      to,
    ]);
    return rows.map((row) => plainForRead(this.em, FacilitatorAssignment, row));
  }

  /** Which of the well-formed ids name a facilitator, and whether it is active. */
  async facilitatorStates(ids: readonly string[]): Promise<Map<string, { active: boolean; ministry: string }>> {
    const lookup = inIds('"id"', [...ids], isUuid);
    if (lookup.params.length === 0) return new Map();
    const rows = await this.em.execute<{ id: string; active: boolean; ministry: string }[]>(
      `select "id", "active", "ministry" from "facilitator" where ${lookup.sql}`,
      lookup.params,
    );
    return new Map(rows.map((row) => [row.id, { active: row.active, ministry: row.ministry }]));
  }

  /** The roles of the facilitators on the activity now, by facilitator id. */
  async rolesOnActivity(activityId: string): Promise<Map<string, { id: string; role: FacilitatorRole }>> {
    const rows = await this.em.execute<{ id: string; facilitator_id: string; role: FacilitatorRole }[]>(
      `select "id", "facilitator_id", "role" from "facilitator_assignment" where "activity_id" = ?`,
      [activityId],
    );
    return new Map(rows.map((row) => [row.facilitator_id, { id: row.id, role: row.role }]));
  }

  /** Writes every assignment in one statement (in the mutation's transaction); answers the assignment id of each facilitator. */
  async upsertAssignments(activityId: string, assignments: readonly { facilitatorId: string; role: FacilitatorRole }[]): Promise<Map<string, string>> {
    if (assignments.length === 0) return new Map();
    const rows = await this.em.execute<{ id: string; facilitator_id: string }[]>(UPSERT_ASSIGNMENTS_SQL(assignments.length), [
      activityId,
      ...assignments.flatMap((assignment) => [assignment.facilitatorId, assignment.role]),
    ]);
    return new Map(rows.map((row) => [row.facilitator_id, row.id]));
  }

  /** Removes the facilitators from the activity (in the mutation's transaction); answers what was removed. */
  async deleteAssignments(activityId: string, facilitatorIds: readonly string[]): Promise<{ id: string; facilitatorId: string; role: FacilitatorRole }[]> {
    if (facilitatorIds.length === 0) return [];
    const rows = await this.em.execute<{ id: string; facilitator_id: string; role: FacilitatorRole }[]>(DELETE_ASSIGNMENTS_SQL(facilitatorIds.length), [
      activityId,
      ...facilitatorIds,
    ]);
    return rows.map((row) => ({ id: row.id, facilitatorId: row.facilitator_id, role: row.role }));
  }
}
