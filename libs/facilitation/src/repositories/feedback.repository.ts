import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { inIds, isUuid, type SqlFragment } from '@sidos/common';
import { type CoverageWindow, groupTallyCtes, scopedEngagementCte } from '@sidos/coverage';
import { executeRead } from '@sidos/database';
import { EngagementMethod, PREPARATION_PHASE_ORDER, PreparationPhase } from '@sidos/engagement';
import { FeedbackComment, FeedbackSummary, MethodFeedback } from '../types/feedback.types.js';

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** The methods in enum order. */
const METHOD_ORDER: readonly EngagementMethod[] = Object.values(EngagementMethod);

/**
 * A feedback summary over the responses r of a group of rows: their number, mean rating, how many rated
 * 1..5 (always five numbers), and yes / (yes + no) of wouldTakePartAgain (null when none answered it).
 */
const SUMMARY_COLUMNS_SQL = `count(r."id")::int as "responses",
  avg(r."rating")::float8 as "average_rating",
  array[${[1, 2, 3, 4, 5].map((rating) => `count(r."id") filter (where r."rating" = ${rating})::int`).join(', ')}] as "rating_counts",
  (count(r."id") filter (where r."would_take_part_again")::float8 / nullif(count(r."would_take_part_again"), 0)) as "would_take_part_again_ratio"`;

/** Writes a batch of responses in one statement, in their order (the id ascends with it), from one JSON array. */
const INSERT_RESPONSES_SQL = `insert into "feedback_response" ("activity_id", "rating", "would_take_part_again", "comment", "group_id", "created_at")
  select ?::uuid, (response."value"->>'rating')::smallint, (response."value"->>'wouldTakePartAgain')::boolean,
         response."value"->>'comment', (response."value"->>'groupId')::uuid, ?::timestamptz
  from jsonb_array_elements(?::jsonb) with ordinality as response("value", "position")
  order by response."position"`;

/** The summary of each activity `in (…)` that has responses. */
const ACTIVITY_SUMMARIES_SQL = (count: number) => `select r."activity_id" as "key", ${SUMMARY_COLUMNS_SQL}
  from "feedback_response" r where r."activity_id" in (${placeholders(Array.from({ length: count }))}) group by r."activity_id"`;

/** The summary of each consultation `in (…)` over the responses to all its activities. */
const CONSULTATION_SUMMARIES_SQL = (count: number) => `select a."consultation_id" as "key", ${SUMMARY_COLUMNS_SQL}
  from "activity" a join "feedback_response" r on r."activity_id" = a."id"
  where a."consultation_id" in (${placeholders(Array.from({ length: count }))}) group by a."consultation_id"`;

/** The responses with a comment of each activity `in (…)`, in the order they were recorded. */
const COMMENTS_SQL = (count: number) => `select r."activity_id", r."rating", r."comment", r."group_id", r."created_at"
  from "feedback_response" r where r."activity_id" in (${placeholders(Array.from({ length: count }))}) and r."comment" is not null
  order by r."activity_id", r."id"`;

/** What the coverage tally folds methodFeedback's records by: the activity's phase and method. */
const BUCKET_KEY_SQL = (alias: string) => `${alias}."phase" || ' ' || ${alias}."method"`;

/** The hard-to-reach groups, the only ones methodFeedback counts (coverage's tally looks at them alone). */
const HARD_TO_REACH_GROUP_IDS_SQL = `select htr."id" from "stakeholder_group" htr where htr."hard_to_reach"`;

/**
 * methodFeedback: one row per (phase, method) with an activity in scope (`scope` on activity a and
 * consultation c); its activities, the summary of their responses, and the distinct hard-to-reach groups
 * heard in them as coverage counts it: the coverage rules' own CTEs (scopedEngagementCte and
 * groupTallyCtes of @sidos/coverage), folded by (phase, method) instead of by consultation; a group is
 * heard in a row when its tally there is above 0, as a coverage row is "reached". In phase order, then
 * method in enum order. Set-based: each record and response is read once, whatever the number of rows.
 */
const METHOD_FEEDBACK_SQL = (scope: SqlFragment) => {
  const scoped = scopedEngagementCte(scope, true, BUCKET_KEY_SQL('a'));
  return {
    sql: `with ${scoped.sql},
    ${groupTallyCtes(HARD_TO_REACH_GROUP_IDS_SQL)},
    window_activity as materialized (
      select a."id", a."phase", a."method" from "activity" a join "consultation" c on c."id" = a."consultation_id" where ${scope.sql}
    ),
    bucket as (
      select wa."phase", wa."method", count(*)::int as "activities" from window_activity wa group by wa."phase", wa."method"
    ),
    bucket_feedback as (
      select wa."phase", wa."method", ${SUMMARY_COLUMNS_SQL}
      from window_activity wa join "feedback_response" r on r."activity_id" = wa."id" group by wa."phase", wa."method"
    ),
    bucket_heard as (
      select gt."consultation_id" as "bucket", count(*)::int as "groups" from group_tally gt where gt."heard" > 0 group by gt."consultation_id"
    )
    select b."phase", b."method", b."activities",
           coalesce(bf."responses", 0) as "responses", bf."average_rating", coalesce(bf."rating_counts", array[0, 0, 0, 0, 0]) as "rating_counts",
           bf."would_take_part_again_ratio", coalesce(bh."groups", 0) as "hard_to_reach_groups_heard"
    from bucket b
    left join bucket_feedback bf on bf."phase" = b."phase" and bf."method" = b."method"
    left join bucket_heard bh on bh."bucket" = ${BUCKET_KEY_SQL('b')}
    order by array_position(array[${PREPARATION_PHASE_ORDER.map((phase) => `'${phase}'`).join(', ')}]::text[], b."phase"),
             array_position(array[${METHOD_ORDER.map((method) => `'${method}'`).join(', ')}]::text[], b."method")`,
    params: [...scoped.params, ...scope.params],
  };
};

export interface FeedbackRow {
  rating: number;
  wouldTakePartAgain: boolean | null;
  comment: string | null;
  groupId: string | null;
}

/** The summary of no responses at all. */
export function emptyFeedbackSummary(): FeedbackSummary {
  return { responses: 0, averageRating: null, ratingCounts: [0, 0, 0, 0, 0], wouldTakePartAgainRatio: null };
}

function summaryOf(row: Record<string, unknown>): FeedbackSummary {
  return {
    responses: row.responses as number,
    averageRating: row.average_rating as number | null,
    ratingCounts: row.rating_counts as number[],
    wouldTakePartAgainRatio: row.would_take_part_again_ratio as number | null,
  };
}

/** Every query of participant feedback: plain SQL, one statement per question whatever the size; the summaries are computed by PostgreSQL. */
@Injectable()
export class FeedbackRepository {
  constructor(private readonly em: EntityManager) {}

  /** The responses, in one statement, in the mutation's transaction. */
  async insertResponses(activityId: string, responses: readonly FeedbackRow[], createdAt: Date): Promise<void> {
    await this.em.execute(INSERT_RESPONSES_SQL, [activityId, createdAt.toISOString(), JSON.stringify(responses)]);
  }

  /** The summary of each activity (empty for one without responses), in the order of the ids; one statement. */
  async activitySummaries(activityIds: readonly string[]): Promise<FeedbackSummary[]> {
    return this.summaries(ACTIVITY_SUMMARIES_SQL(activityIds.length), activityIds);
  }

  /** The summary of each consultation over its activities' responses, in the order of the ids; one statement. */
  async consultationSummaries(consultationIds: readonly string[]): Promise<FeedbackSummary[]> {
    return this.summaries(CONSULTATION_SUMMARIES_SQL(consultationIds.length), consultationIds);
  }

  /** The comments of each activity, in the order they were recorded; one statement for all. */
  async commentsOfActivities(activityIds: readonly string[]): Promise<{ activityId: string; comment: FeedbackComment }[]> {
    if (activityIds.length === 0) return [];
    const rows = await this.em.execute<Record<string, unknown>[]>(COMMENTS_SQL(activityIds.length), [...activityIds]);
    return rows.map((row) => ({
      activityId: row.activity_id as string,
      comment: {
        rating: row.rating as number,
        comment: row.comment as string,
        groupId: row.group_id as string | null,
        createdAt: new Date(row.created_at as string),
      },
    }));
  }

  /** One statement: see METHOD_FEEDBACK_SQL. */
  async methodFeedback(window: CoverageWindow): Promise<MethodFeedback[]> {
    const statement = METHOD_FEEDBACK_SQL(this.windowScope(window));
    const rows = await executeRead<Record<string, unknown>[]>(this.em, statement.sql, statement.params);
    return rows.map((row) => ({
      phase: row.phase as PreparationPhase,
      method: row.method as EngagementMethod,
      activities: row.activities as number,
      feedback: summaryOf(row),
      hardToReachGroupsHeard: row.hard_to_reach_groups_heard as number,
    }));
  }

  private async summaries(sql: string, ids: readonly string[]): Promise<FeedbackSummary[]> {
    if (ids.length === 0) return [];
    const rows = await this.em.execute<Record<string, unknown>[]>(sql, [...ids]);
    const byKey = new Map(rows.map((row) => [row.key as string, summaryOf(row)]));
    return ids.map((id) => byKey.get(id) ?? emptyFeedbackSummary());
  }

  /**
   * Activities dated inside the window, of consultations of its ministry and with one of its policy
   * areas (an unknown id matches nothing); aliases a and c. hardToReachOnly has no effect here.
   */
  private windowScope(window: CoverageWindow): SqlFragment {
    const conditions: SqlFragment[] = [{ sql: 'a."date" between ?::date and ?::date', params: [window.from, window.to] }];
    if (window.ministry) conditions.push({ sql: 'c."ministry" = ?', params: [window.ministry] });
    if (window.policyAreaIds) {
      const ids = inIds('cpa."policy_area_id"', window.policyAreaIds, isUuid);
      conditions.push({ sql: `exists (select 1 from "consultation_policy_area" cpa where cpa."consultation_id" = c."id" and ${ids.sql})`, params: ids.params });
    }
    return { sql: conditions.map((condition) => `(${condition.sql})`).join(' and '), params: conditions.flatMap((condition) => condition.params) };
  }
}
