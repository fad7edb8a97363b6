import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { inIds, isUuid, SqlFragment } from '@sidos/common';
import { Consultation, EngagementKind, HEARD_KINDS, PREPARATION_PHASE_ORDER, PreparationPhase } from '@sidos/engagement';
import { StakeholderGroup } from '@sidos/register';
import { CoverageWindow } from '../inputs/coverage-window.input';

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

const HEARD_KINDS_SQL = HEARD_KINDS.map((kind) => `'${kind}'`).join(', ');

/** The phases in preparation order, as a table to sort by. */
const PHASE_ORDER_CTE = `phase_order ("phase", "position") as (values ${PREPARATION_PHASE_ORDER.map((phase, index) => `('${phase}', ${index + 1})`).join(', ')})`;

/** The engagements in scope (`where` on engagement e, activity a, consultation c), with their activity's consultation, phase and date. */
function scopedEngagementCte(where: SqlFragment): SqlFragment {
  return {
    sql: `scoped_engagement as (
      select e."organisation_id", e."contact_id", e."group_id", e."participant_count", e."kind",
             e."kind" in (${HEARD_KINDS_SQL}) as "heard", a."consultation_id", a."phase", a."date"
      from "engagement" e
      join "activity" a on a."id" = e."activity_id"
      join "consultation" c on c."id" = a."consultation_id"
      where ${where.sql}
    )`,
    params: where.params,
  };
}

/**
 * Every group an engagement in scope MATCHES, with the party it counts as there. An organisation is a
 * party of each group it is a member of, a contact likewise (a contact on behalf of an organisation is
 * two parties), and both are parties of the group that the record itself names. A record with a group
 * alone has no party: it stands for `participant_count` unidentified people of that group.
 * Archived and merged organisations and erased contacts count like any other.
 */
const GROUP_PARTY_CTE = `group_party as (
      select m."group_id", se."consultation_id", se."kind", se."heard", se."phase", se."date", 'organisation ' || se."organisation_id" as "party", 0 as "people"
      from scoped_engagement se join "group_organisation" m on m."organisation_id" = se."organisation_id"
      union all
      select m."group_id", se."consultation_id", se."kind", se."heard", se."phase", se."date", 'contact ' || se."contact_id", 0
      from scoped_engagement se join "group_contact" m on m."contact_id" = se."contact_id"
      union all
      select se."group_id", se."consultation_id", se."kind", se."heard", se."phase", se."date", 'organisation ' || se."organisation_id", 0
      from scoped_engagement se where se."group_id" is not null and se."organisation_id" is not null
      union all
      select se."group_id", se."consultation_id", se."kind", se."heard", se."phase", se."date", 'contact ' || se."contact_id", 0
      from scoped_engagement se where se."group_id" is not null and se."contact_id" is not null
      union all
      select se."group_id", se."consultation_id", se."kind", se."heard", se."phase", se."date", null, se."participant_count"
      from scoped_engagement se where se."organisation_id" is null and se."contact_id" is null
    )`;

/**
 * Per consultation and group: `invited` = distinct parties with an INVITED record; `heard` = distinct
 * parties with a heard record plus the people of heard group-only records; the first date heard; and
 * the phases heard, distinct, in phase order.
 */
const GROUP_TALLY_CTES = `group_tally as (
      select gp."consultation_id", gp."group_id",
             count(distinct gp."party") filter (where gp."kind" = '${EngagementKind.INVITED}') as "invited",
             count(distinct gp."party") filter (where gp."heard") + coalesce(sum(gp."people") filter (where gp."heard"), 0) as "heard",
             min(gp."date") filter (where gp."heard") as "first_heard_on"
      from group_party gp
      group by gp."consultation_id", gp."group_id"
    ),
    group_phases as (
      select heard."consultation_id", heard."group_id", array_agg(heard."phase" order by po."position") as "phases"
      from (select distinct gp."consultation_id", gp."group_id", gp."phase" from group_party gp where gp."heard") heard
      join phase_order po on po."phase" = heard."phase"
      group by heard."consultation_id", heard."group_id"
    )`;

/**
 * The coverage reads: plain, set-based SQL, one statement per question whatever the number of groups,
 * organisations, contacts and engagements. The rules are those of the API contract (see docs/coverage.md).
 */
@Injectable()
export class CoverageQueryService {
  constructor(private readonly em: EntityManager) {}

  /** One row per target group (targeted first), then per hard-to-reach group that is not a target; each part by name. */
  async consultationRows(consultationId: string): Promise<GroupCoverageRow[]> {
    const scope = scopedEngagementCte({ sql: 'a."consultation_id" = ?', params: [consultationId] });
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with ${PHASE_ORDER_CTE},
         ${scope.sql},
         ${GROUP_PARTY_CTE},
         ${GROUP_TALLY_CTES},
         row_group as (
           select g.*, t."group_id" is not null as "coverage_targeted"
           from "stakeholder_group" g
           left join "consultation_target_group" t on t."group_id" = g."id" and t."consultation_id" = ?
           where t."group_id" is not null or g."hard_to_reach"
         )
       select rg.*, coalesce(gt."invited", 0)::int as "coverage_invited", coalesce(gt."heard", 0)::int as "coverage_heard",
              coalesce(gph."phases", '{}') as "coverage_phases_heard", gt."first_heard_on"::text as "coverage_first_heard_on"
       from row_group rg
       left join group_tally gt on gt."group_id" = rg."id"
       left join group_phases gph on gph."group_id" = rg."id"
       order by rg."coverage_targeted" desc, lower(rg."name"), rg."id"`,
      [...scope.params, consultationId],
    );
    return rows.map((row) => ({
      group: this.em.map(StakeholderGroup, row),
      targeted: row.coverage_targeted as boolean,
      invited: row.coverage_invited as number,
      heard: row.coverage_heard as number,
      phasesHeard: row.coverage_phases_heard as PreparationPhase[],
      firstHeardOn: row.coverage_first_heard_on as string | null,
    }));
  }

  /** Groups with no heard engagement in an activity dated inside the window, of the consultations matching its filters; by name. */
  async unheardGroups(window: CoverageWindow): Promise<StakeholderGroup[]> {
    const scope = scopedEngagementCte(this.windowScope(window));
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with ${scope.sql},
         ${GROUP_PARTY_CTE}
       select g.* from "stakeholder_group" g
       where ${window.hardToReachOnly ? 'g."hard_to_reach" and ' : ''}not exists (select 1 from group_party gp where gp."group_id" = g."id" and gp."heard")
       order by lower(g."name"), g."id"`,
      scope.params,
    );
    return rows.map((row) => this.em.map(StakeholderGroup, row));
  }

  /** The consultations matching the window's filters with an activity dated inside it; by title. */
  async windowConsultations(window: CoverageWindow): Promise<Consultation[]> {
    const filters = this.consultationFilters(window);
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select c.* from "consultation" c
       where ${filters.sql} and exists (select 1 from "activity" a where a."consultation_id" = c."id" and a."date" between ?::date and ?::date)
       order by lower(c."title"), c."id"`,
      [...filters.params, window.from, window.to],
    );
    return rows.map((row) => this.em.map(Consultation, row));
  }

  /** The matrix cells with heard > 0, counting only activities inside the window; by consultation title, then group name. */
  async windowCells(window: CoverageWindow): Promise<CoverageCellRow[]> {
    const scope = scopedEngagementCte(this.windowScope(window));
    const rows = await this.em.execute<{ consultation_id: string; group_id: string; heard: number; phases: PreparationPhase[] }[]>(
      `with ${PHASE_ORDER_CTE},
         ${scope.sql},
         ${GROUP_PARTY_CTE},
         ${GROUP_TALLY_CTES}
       select gt."consultation_id", gt."group_id", gt."heard"::int as "heard", coalesce(gph."phases", '{}') as "phases"
       from group_tally gt
       left join group_phases gph on gph."consultation_id" = gt."consultation_id" and gph."group_id" = gt."group_id"
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
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select g.* from "stakeholder_group" g
       where (g."hard_to_reach"
              or exists (select 1 from "consultation_target_group" t where t."group_id" = g."id" and ${targets.sql})
              or ${cellGroups.sql})${hardToReachOnly ? ' and g."hard_to_reach"' : ''}
       order by lower(g."name"), g."id"`,
      [...targets.params, ...cellGroups.params],
    );
    return rows.map((row) => this.em.map(StakeholderGroup, row));
  }

  /** Counts of the records that name each organisation (as organisationId), in activities dated on or after `since`; one statement for all keys. */
  async engagementStats(keys: readonly EngagementStatsKey[]): Promise<EngagementStatsRow[]> {
    if (keys.length === 0) return [];
    const rows = await this.em.execute<(EngagementStatsRow & { position: number })[]>(
      `select k."position",
              count(e."id") filter (where e."kind" = '${EngagementKind.INVITED}')::int as "invited",
              count(e."id") filter (where e."kind" = '${EngagementKind.DECLINED}')::int as "declined",
              count(e."id") filter (where e."kind" in (${HEARD_KINDS_SQL}))::int as "heard",
              (max(a."date") filter (where e."kind" in (${HEARD_KINDS_SQL})))::text as "lastHeardOn"
       from (values ${keys.map(() => '(?::int, ?::uuid, ?::date)').join(', ')}) as k("position", "organisation_id", "since")
       left join ("engagement" e join "activity" a on a."id" = e."activity_id")
         on e."organisation_id" = k."organisation_id" and (k."since" is null or a."date" >= k."since")
       group by k."position"`,
      keys.flatMap((key, position) => [position, key.organisationId, key.since]),
    );
    const byPosition = new Map(rows.map((row) => [row.position, row]));
    return keys.map((_key, position) => {
      const row = byPosition.get(position)!;
      return { invited: row.invited, declined: row.declined, heard: row.heard, lastHeardOn: row.lastHeardOn };
    });
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
