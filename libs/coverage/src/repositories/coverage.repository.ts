import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { inIds, isUuid, type SqlFragment } from '@sidos/common';
import { executePrepared, executeRead, mapForRead, ON_REPLICA, plainForRead } from '@sidos/database';
import { Consultation, EngagementKind, PreparationPhase } from '@sidos/engagement';
import { StakeholderGroup } from '@sidos/register';
import { CoverageWindow } from '../inputs/coverage-window.input.js';
import {
  HEARD_KINDS_SQL,
  PHASE_NAMES_SQL,
  COVERAGE_GENERATION_SQL,
  COVERAGE_ROW_ORDER,
  consultationRowCtes,
  consultationRowCtesFromRecords,
  scopedEngagementCte,
  groupTallyCtes,
  heardMatchProbes,
} from './coverage-rules.sql.js';

/** The fields of EngagementStatsRow as aggregates over engagements `e` (not voided) and their activities `a`. */
const ENGAGEMENT_STATS_SQL: readonly (readonly [keyof EngagementStatsRow, string])[] = [
  ['invited', `count(e."id") filter (where e."kind" = '${EngagementKind.INVITED}')::int`],
  ['declined', `count(e."id") filter (where e."kind" = '${EngagementKind.DECLINED}')::int`],
  ['heard', `count(e."id") filter (where e."kind" in (${HEARD_KINDS_SQL}))::int`],
  ['lastHeardOn', `(max(a."date") filter (where e."kind" in (${HEARD_KINDS_SQL})))::text`],
];

/** The fields of EngagementStatsRow as aggregates over an organisation's kept tallies `tally`, one per consultation (none: zeros). */
const TALLY_STATS_SQL: readonly (readonly [keyof EngagementStatsRow, string])[] = [
  ['invited', 'coalesce(sum(tally."invited"), 0)::int'],
  ['declined', 'coalesce(sum(tally."declined"), 0)::int'],
  ['heard', 'coalesce(sum(tally."heard"), 0)::int'],
  ['lastHeardOn', 'max(tally."last_heard_on")::text'],
];

/** A stats row as the API answers it (exactly its four fields; no row: zeros). */
const statsOf = (row: EngagementStatsRow | undefined): EngagementStatsRow => ({
  invited: row?.invited ?? 0,
  declined: row?.declined ?? 0,
  heard: row?.heard ?? 0,
  lastHeardOn: row?.lastHeardOn ?? null,
});

/** One row of a consultation's coverage, as PostgreSQL counts it. */
export interface GroupCoverageRow {
  group: StakeholderGroup;
  targeted: boolean;
  invited: number;
  heard: number;
  phasesHeard: PreparationPhase[];
  firstHeardOn: string | null;
}

export interface CoverageCellRow {
  consultationId: string;
  groupId: string;
  heard: number;
  phasesHeard: PreparationPhase[];
}

export interface EngagementStatsKey {
  organisationId: string;
  /** Only activities dated on or after it; null for all. */
  since: string | null;
}

export interface EngagementStatsRow {
  invited: number;
  declined: number;
  heard: number;
  lastHeardOn: string | null;
}

/**
 * The coverage reads: plain, set-based SQL, one statement per question whatever the number of groups,
 * organisations, contacts and engagements. The questions of the coverage queries run on a read replica
 * when DATABASE_READ_URLS names any; engagement statistics (a field that a mutation's result may carry)
 * stay on the primary. The rules are those of the API contract (see docs/coverage.md).
 */
@Injectable()
export class CoverageRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * The consultation, with the coverage generation its coverage answers under right now (one statement);
   * null when it does not exist.
   */
  async consultationWithGeneration(consultationId: string): Promise<{ consultation: Consultation; generation: string } | null> {
    const [row] = await executeRead<Record<string, unknown>[]>(
      this.em,
      `select c.*, ${COVERAGE_GENERATION_SQL('c."id"')} as "coverage_generation" from "consultation" c where c."id" = ?`,
      [consultationId],
    );
    return row ? { consultation: mapForRead(this.em, Consultation, row), generation: row.coverage_generation as string } : null;
  }

  /**
   * One row per target group (targeted first), then per hard-to-reach group that is not a target; each
   * part by name. Raw rows (see mapCoverageRows), with the coverage generation read in the same snapshot:
   * the rows are exactly the answer for that generation. Read from the consultation's kept tallies
   * (consultationRowCtes): O(groups).
   */
  consultationRows(consultationId: string): Promise<{ generation: string | null; rows: Record<string, unknown>[] }> {
    return this.coverageRows(consultationRowCtes(consultationId), consultationId);
  }

  /**
   * consultationRows computed from the records by the rules' SQL (consultationRowCtesFromRecords), not from
   * the kept tallies: the reference that tests and checks compare the kept answer with.
   */
  consultationRowsFromRecords(consultationId: string): Promise<{ generation: string | null; rows: Record<string, unknown>[] }> {
    return this.coverageRows(consultationRowCtesFromRecords(consultationId), consultationId);
  }

  private async coverageRows(coverageRows: SqlFragment, consultationId: string): Promise<{ generation: string | null; rows: Record<string, unknown>[] }> {
    const rows = await executeRead<Record<string, unknown>[]>(
      this.em,
      `with ${coverageRows.sql}
       select rg.*, coalesce(gt."invited", 0)::int as "coverage_invited", coalesce(gt."heard", 0)::int as "coverage_heard",
              ${PHASE_NAMES_SQL('coalesce(gt."phases", 0)')} as "coverage_phases_heard", gt."first_heard_on"::text as "coverage_first_heard_on",
              ${COVERAGE_GENERATION_SQL('?::uuid')} as "coverage_generation"
       from row_group rg
       left join group_tally gt on gt."group_id" = rg."id"
       order by ${COVERAGE_ROW_ORDER}`,
      [...coverageRows.params, consultationId],
    );
    return { generation: rows.length > 0 ? (rows[0].coverage_generation as string) : null, rows };
  }

  /**
   * Raw coverage rows (consultationRows) as groups with their counts. The groups are plain read objects
   * (plainForRead, as the groups of organisations are): their fields read scalars and load by id.
   */
  mapCoverageRows(rows: readonly Readonly<Record<string, unknown>>[]): GroupCoverageRow[] {
    return rows.map((row) => ({
      group: plainForRead(this.em, StakeholderGroup, row),
      targeted: row.coverage_targeted as boolean,
      invited: row.coverage_invited as number,
      heard: row.coverage_heard as number,
      phasesHeard: [...(row.coverage_phases_heard as PreparationPhase[])],
      firstHeardOn: row.coverage_first_heard_on as string | null,
    }));
  }

  /** Groups with no heard engagement in an activity dated inside the window, of the consultations matching its filters; by name. */
  async unheardGroups(window: CoverageWindow): Promise<StakeholderGroup[]> {
    const heard = heardMatchProbes(this.windowScope(window), Boolean(window.ministry || window.policyAreaIds));
    const rows = await executePrepared<Record<string, unknown>[]>(
      this.em,
      ON_REPLICA,
      `select g.* from "stakeholder_group" g
       where ${window.hardToReachOnly ? 'g."hard_to_reach" and ' : ''}not ${heard.sql}
       order by lower(g."name"), g."id"`,
      heard.params,
    );
    return rows.map((row) => mapForRead(this.em, StakeholderGroup, row));
  }

  /** The consultations matching the window's filters with an activity dated inside it; by title. */
  async windowConsultations(window: CoverageWindow): Promise<Consultation[]> {
    const filters = this.consultationFilters(window);
    const rows = await executeRead<Record<string, unknown>[]>(
        this.em,
      `select c.* from "consultation" c
       where ${filters.sql} and exists (select 1 from "activity" a where a."consultation_id" = c."id" and a."date" between ?::date and ?::date)
       order by lower(c."title"), c."id"`,
      [...filters.params, window.from, window.to],
    );
    return rows.map((row) => mapForRead(this.em, Consultation, row));
  }

  /** The matrix cells with heard > 0, counting only activities inside the window; by consultation title, then group name. */
  async windowCells(window: CoverageWindow): Promise<CoverageCellRow[]> {
    const scope = scopedEngagementCte(this.windowScope(window), Boolean(window.ministry || window.policyAreaIds));
    const rows = await executeRead<{ consultation_id: string; group_id: string; heard: number; phases: PreparationPhase[] }[]>(
        this.em,
      `with ${scope.sql},
         ${groupTallyCtes()}
       select gt."consultation_id", gt."group_id", gt."heard"::int as "heard", ${PHASE_NAMES_SQL('gt."phases"')} as "phases"
       from group_tally gt
       join "consultation" c on c."id" = gt."consultation_id"
       join "stakeholder_group" g on g."id" = gt."group_id"
       where gt."heard" > 0${window.hardToReachOnly ? ' and g."hard_to_reach"' : ''}
       order by lower(c."title"), c."id", lower(g."name"), g."id"`,
      scope.params,
    );
    return rows.map((row) => ({ consultationId: row.consultation_id, groupId: row.group_id, heard: row.heard, phasesHeard: row.phases }));
  }

  /** The matrix's groups: the consultations' target groups, every hard-to-reach group and the given ones; by name. */
  async matrixGroups(consultationIds: string[], cellGroupIds: string[], hardToReachOnly: boolean): Promise<StakeholderGroup[]> {
    const targets = inIds('t."consultation_id"', consultationIds, isUuid);
    const cellGroups = inIds('g."id"', cellGroupIds, isUuid);
    const rows = await executeRead<Record<string, unknown>[]>(
      this.em,
      `select g.* from "stakeholder_group" g
       where (g."hard_to_reach"
              or exists (select 1 from "consultation_target_group" t where t."group_id" = g."id" and ${targets.sql})
              or ${cellGroups.sql})${hardToReachOnly ? ' and g."hard_to_reach"' : ''}
       order by lower(g."name"), g."id"`,
      [...targets.params, ...cellGroups.params],
    );
    return rows.map((row) => mapForRead(this.em, StakeholderGroup, row));
  }

  /**
   * The engagementStats of each key, one statement for all keys of a kind: all time (since null) from the
   * organisations' kept tallies (organisation_engagement_tally, a row per consultation), since a date computed from the
   * records (engagementStatsFromRecords). Both answer by the same rules.
   */
  async engagementStats(keys: readonly EngagementStatsKey[]): Promise<EngagementStatsRow[]> {
    const allTime = keys.filter((key) => key.since === null);
    const dated = keys.filter((key) => key.since !== null);
    const kept = new Map<EngagementStatsKey, EngagementStatsRow>();
    if (allTime.length > 0) {
      const rows = await this.em.execute<(EngagementStatsRow & { organisationId: string })[]>(
        `select tally."organisation_id" as "organisationId", ${TALLY_STATS_SQL.map(([name, sql]) => `${sql} as "${name}"`).join(', ')}
         from "organisation_engagement_tally" tally where tally."organisation_id" in (${allTime.map(() => '?').join(', ')})
         group by tally."organisation_id"`,
        allTime.map((key) => key.organisationId),
      );
      const byOrganisation = new Map(rows.map((row) => [row.organisationId, row]));
      for (const key of allTime) kept.set(key, statsOf(byOrganisation.get(key.organisationId)));
    }
    const computed = dated.length > 0 ? await this.engagementStatsFromRecords(dated) : [];
    dated.forEach((key, index) => kept.set(key, computed[index]));
    return keys.map((key) => kept.get(key)!);
  }

  /**
   * Counts of the records that name each organisation (as organisationId), in activities dated on or after
   * `since`, voided ones left out; one statement for all keys. The reference that the kept tallies equal (tests).
   */
  async engagementStatsFromRecords(keys: readonly EngagementStatsKey[]): Promise<EngagementStatsRow[]> {
    if (keys.length === 0) return [];
    const rows = await this.em.execute<(EngagementStatsRow & { position: number })[]>(
      `select k."position", ${ENGAGEMENT_STATS_SQL.map(([name, sql]) => `${sql} as "${name}"`).join(', ')}
       from (values ${keys.map(() => '(?::int, ?::uuid, ?::date)').join(', ')}) as k("position", "organisation_id", "since")
       left join ("engagement" e join "activity" a on a."id" = e."activity_id")
         on e."organisation_id" = k."organisation_id" and not e."voided" and (k."since" is null or a."date" >= k."since")
       group by k."position"`,
      keys.flatMap((key, position) => [position, key.organisationId, key.since]),
    );
    const byPosition = new Map(rows.map((row) => [row.position, row]));
    return keys.map((_key, position) => statsOf(byPosition.get(position)));
  }

  /**
   * The all-time engagementStats of the organisation whose id is the SQL expression `organisationId`, as a json
   * object of the fields of EngagementStatsRow, from its kept tallies: the same as engagementStats, for a statement
   * of another feature (the register's read of an organisation with its relations).
   */
  engagementStatsOfOrganisationSql(organisationId: string): SqlFragment {
    return {
      sql: `(select json_build_object(${TALLY_STATS_SQL.map(([name, sql]) => `'${name}', ${sql}`).join(', ')})
       from "organisation_engagement_tally" tally where tally."organisation_id" = ${organisationId})`,
      params: [],
    };
  }

  /** Activities dated inside the window, of consultations matching its filters (aliases a and c). */
  private windowScope(window: CoverageWindow): SqlFragment {
    const filters = this.consultationFilters(window);
    return { sql: `a."date" between ?::date and ?::date and ${filters.sql}`, params: [window.from, window.to, ...filters.params] };
  }

  /** The window's consultation filters on alias c: its ministry, and at least one of its policy areas (an unknown id matches nothing). */
  private consultationFilters(window: CoverageWindow): SqlFragment {
    const conditions: SqlFragment[] = [{ sql: 'true', params: [] }];
    if (window.ministry) conditions.push({ sql: 'c."ministry" = ?', params: [window.ministry] });
    if (window.policyAreaIds) {
      const ids = inIds('cpa."policy_area_id"', window.policyAreaIds, isUuid);
      conditions.push({ sql: `exists (select 1 from "consultation_policy_area" cpa where cpa."consultation_id" = c."id" and ${ids.sql})`, params: ids.params });
    }
    return { sql: conditions.map((condition) => `(${condition.sql})`).join(' and '), params: conditions.flatMap((condition) => condition.params) };
  }
}
