/**
 * The benchmark rows of issue 15: (f) methodFeedback over a year, with its raw SQL floor beside it, and
 * (g) recordFeedback of 1,000 responses. run-bench.ts registers them; this file holds their documents,
 * bodies, floor statement, checks and statement-count cases.
 */
import { graphql, postJson } from './scale-support.ts';

const HEARD = `('PARTICIPATED', 'SUBMITTED')`;
const PHASES = ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION'];
const METHODS = ['DIALOGUE', 'WORKSHOP', 'WEBINAR', 'HEARING', 'MEETING', 'INTERVIEW', 'SURVEY', 'STATEMENT_REQUEST', 'ONLINE_CONSULTATION', 'OTHER'];
const textArray = (values: string[]) => `array[${values.map((value) => `'${value}'`).join(', ')}]::text[]`;

/** (f) Which methods work in which phase, over a year. */
export const API_METHOD_FEEDBACK = `query MethodFeedback($window: CoverageWindow!) {
  methodFeedback(window: $window) {
    phase method activities hardToReachGroupsHeard
    feedback { responses averageRating ratingCounts wouldTakePartAgainRatio }
  }
}`;

export const METHOD_FEEDBACK_WINDOW = { from: '2025-01-01', to: '2025-12-31' };

/** (g) 1,000 feedback responses in one call. */
export const API_RECORD_FEEDBACK = `mutation RecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {
  recordFeedback(activityId: $activityId, responses: $responses) { responses averageRating ratingCounts wouldTakePartAgainRatio }
}`;

/**
 * The floor of (f), one statement building the whole JSON answer ($1 from, $2 to): the activities of the
 * window, their responses folded per (phase, method), and the hard-to-reach groups matched by their heard
 * records (members on the activity's date, or named), deduplicated per (phase, method) by a union. The
 * scale register has no merges, so the floor leaves merged memberships out; the check below compares.
 */
export const FLOOR_METHOD_FEEDBACK_SQL = `with window_activity as materialized (
    select a."id", a."phase", a."method", a."date" from "activity" a where a."date" between $1::date and $2::date
  ), bucket as (
    select "phase", "method", count(*)::int as "activities" from window_activity group by 1, 2
  ), bucket_feedback as (
    select wa."phase", wa."method", count(*)::int as "responses", avg(r."rating")::float8 as "average",
           json_build_array(${[1, 2, 3, 4, 5].map((rating) => `count(*) filter (where r."rating" = ${rating})`).join(', ')}) as "counts",
           count(*) filter (where r."would_take_part_again")::float8 / nullif(count(r."would_take_part_again"), 0) as "ratio"
    from window_activity wa join "feedback_response" r on r."activity_id" = wa."id" group by 1, 2
  ), heard as (
    select wa."phase", wa."method", wa."date", e."organisation_id", e."contact_id", e."group_id"
    from window_activity wa join "engagement" e on e."activity_id" = wa."id" where e."kind" in ${HEARD}
  ), heard_group as (
    select h."phase", h."method", m."group_id" from heard h join "group_organisation" m on m."organisation_id" = h."organisation_id"
      and (m."since" is null or m."since" <= h."date") and (m."until" is null or h."date" < m."until")
    union
    select h."phase", h."method", m."group_id" from heard h join "group_contact" m on m."contact_id" = h."contact_id"
      and (m."since" is null or m."since" <= h."date") and (m."until" is null or h."date" < m."until")
    union
    select h."phase", h."method", h."group_id" from heard h where h."group_id" is not null
  ), hard_to_reach as (
    select hg."phase", hg."method", count(*)::int as "groups" from heard_group hg join "stakeholder_group" g on g."id" = hg."group_id" where g."hard_to_reach" group by 1, 2
  )
  select json_build_object('methodFeedback', coalesce(json_agg(json_build_object(
      'phase', b."phase", 'method', b."method", 'activities', b."activities", 'hardToReachGroupsHeard', coalesce(h."groups", 0),
      'feedback', json_build_object('responses', coalesce(f."responses", 0), 'averageRating', f."average",
                                    'ratingCounts', coalesce(f."counts", json_build_array(0, 0, 0, 0, 0)), 'wouldTakePartAgainRatio', f."ratio"))
    order by array_position(${textArray(PHASES)}, b."phase"), array_position(${textArray(METHODS)}, b."method")), '[]'::json))::text as "body"
  from bucket b
  left join bucket_feedback f on f."phase" = b."phase" and f."method" = b."method"
  left join hard_to_reach h on h."phase" = b."phase" and h."method" = b."method"`;

/** A recordFeedback body of `count` responses, rotated by `variant` (ratings, answers, comments; no groups). */
export function recordFeedbackBody(activityId: string, count: number, variant: number): { query: string; variables: Record<string, unknown> } {
  const responses = Array.from({ length: count }, (_value, index) => {
    const position = index + variant;
    return {
      rating: (position % 5) + 1,
      wouldTakePartAgain: position % 3 === 0 ? null : position % 4 !== 0,
      comment: position % 10 === 0 ? `Palaute ${position}: selkeä tilaisuus, kiitos.` : null,
    };
  });
  return { query: API_RECORD_FEEDBACK, variables: { activityId, responses } };
}

/** The bodies of (f) and (g), as scenarioBodies gives them to the load generator. */
export function facilitationScenarioBodies(recordActivityId: string) {
  return {
    methodFeedback: {
      api: [JSON.stringify({ query: API_METHOD_FEEDBACK, variables: { window: METHOD_FEEDBACK_WINDOW } })],
      floor: [JSON.stringify(METHOD_FEEDBACK_WINDOW)],
    },
    recordFeedback: { api: [0, 1, 2, 3].map((variant) => JSON.stringify(recordFeedbackBody(recordActivityId, 1000, variant * 7))) },
  };
}

/** The floor server's endpoint of (f). */
export const FLOOR_FACILITATION_STATEMENTS = {
  '/method-feedback': (body: { from?: string; to?: string }) => ({ sql: FLOOR_METHOD_FEEDBACK_SQL, params: [body.from, body.to] }),
};

interface MethodFeedbackRow {
  phase: string;
  method: string;
  activities: number;
  hardToReachGroupsHeard: number;
  feedback: { responses: number; averageRating: number | null; ratingCounts: number[]; wouldTakePartAgainRatio: number | null };
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

/** (f) the API and the floor agree; (g) recordFeedback stores 1,000 responses in one call. */
export async function facilitationChecks(
  urls: { api: string; floor: string },
  token: string,
  recordActivityId: string,
): Promise<{ name: string; ok: boolean; detail?: string }[]> {
  const api = (await graphql<{ methodFeedback: MethodFeedbackRow[] }>(urls.api, API_METHOD_FEEDBACK, { window: METHOD_FEEDBACK_WINDOW }, token)).methodFeedback;
  const floor = (await postJson<{ data: { methodFeedback: MethodFeedbackRow[] } }>(`${urls.floor}/method-feedback`, METHOD_FEEDBACK_WINDOW)).data
    .methodFeedback;
  const agree =
    api.length === floor.length &&
    api.every((row, index) => {
      const other = floor[index];
      return (
        row.phase === other.phase &&
        row.method === other.method &&
        row.activities === other.activities &&
        row.hardToReachGroupsHeard === other.hardToReachGroupsHeard &&
        row.feedback.responses === other.feedback.responses &&
        JSON.stringify(row.feedback.ratingCounts) === JSON.stringify(other.feedback.ratingCounts) &&
        close(row.feedback.averageRating, other.feedback.averageRating) &&
        close(row.feedback.wouldTakePartAgainRatio, other.feedback.wouldTakePartAgainRatio)
      );
    });
  const responses = api.reduce((sum, row) => sum + row.feedback.responses, 0);
  const recorded = (
    await graphql<{ recordFeedback: { responses: number } }>(urls.api, API_RECORD_FEEDBACK, recordFeedbackBody(recordActivityId, 1000, 0).variables, token)
  ).recordFeedback;
  return [
    {
      name: `(f) API and the floor agree on ${api.length} (phase, method) rows over ${responses} responses`,
      ok: agree && api.length > 0,
      detail: `API ${JSON.stringify(api).slice(0, 500)}\nfloor ${JSON.stringify(floor).slice(0, 500)}`,
    },
    { name: '(g) recordFeedback stores 1,000 responses in one call', ok: recorded.responses >= 1000, detail: `${recorded.responses} responses` },
  ];
}

/** Statement-count cases of (f) and (g): a small and a large case each, as countStatements takes them. */
export function facilitationStatementCases(
  recordActivityId: string,
): [string, string, [string, Record<string, unknown>], string, [string, Record<string, unknown>]][] {
  return [
    [
      'methodFeedback',
      'one month',
      [API_METHOD_FEEDBACK, { window: { from: '2025-06-01', to: '2025-06-30' } }],
      'one year',
      [API_METHOD_FEEDBACK, { window: METHOD_FEEDBACK_WINDOW }],
    ],
    [
      'recordFeedback',
      '2 responses',
      [API_RECORD_FEEDBACK, recordFeedbackBody(recordActivityId, 2, 0).variables],
      '1,000 responses',
      [API_RECORD_FEEDBACK, recordFeedbackBody(recordActivityId, 1000, 3).variables],
    ],
  ];
}

/** Deletes the feedback that (g) wrote into the benchmark's own activity (run before and after the measurements). */
export const DELETE_WRITTEN_FEEDBACK_SQL = `delete from "feedback_response" where "activity_id" = $1`;
