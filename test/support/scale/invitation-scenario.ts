import { FLOOR_SQL } from './scenarios.ts';

/** (h) Who to invite next to the large consultation (issue 16): the first 50 suggestions, with their parties. */
export const API_INVITATIONS = `query Invitations($id: ID!) {
  invitationSuggestions(consultationId: $id, first: 50) {
    group { id name }
    organisation { id name }
    contact { id firstName lastName }
    invitationsThisQuarter invitationsLast12Months overLimit matchesPreferences
  }
}`;

/** The coverage floor's CTEs (up to coverage_row), which the invitation floor starts from. */
const COVERAGE_FLOOR_CTES = FLOOR_SQL.coverage.slice(0, FLOOR_SQL.coverage.lastIndexOf(`select json_build_object('consultationCoverage'`));

/**
 * The raw SQL floor of (h), one statement: the coverage floor's rows, their gaps, the members of each gap
 * with no record in the consultation (undated memberships, as the coverage floor reads them), their
 * invitations in the quarter and the 12 months before $2 (the INVITED records of that window's activities,
 * counted per organisation and per contact), and the first 50 in the API's order. $1 is the
 * consultation, $2 the reference date.
 */
export const FLOOR_INVITATIONS_SQL = `${COVERAGE_FLOOR_CTES.trimEnd()},
    gap as (
      select r."id", r."name", row_number() over (order by r."targeted" desc, lower(r."name"), r."id") as "row_number" from coverage_row r where r."heard" = 0
    ), in_consultation as (
      select e."organisation_id", e."contact_id" from "activity" a join "engagement" e on e."activity_id" = a."id" where a."consultation_id" = $1
    ), candidate as (
      select g."row_number", g."id" as "group_id", g."name" as "group_name", o."id" as "organisation_id", o."name", null::uuid as "contact_id", null as "first_name", null as "last_name", lower(o."name") as "sort_name"
      from gap g join "group_organisation" m on m."group_id" = g."id" join "organisation" o on o."id" = m."organisation_id" and not o."archived"
      where not exists (select 1 from in_consultation i where i."organisation_id" = o."id")
      union all
      select g."row_number", g."id", g."name", null, null, c."id", c."first_name", c."last_name", lower(c."last_name" || ' ' || c."first_name")
      from gap g join "group_contact" m on m."group_id" = g."id" join "contact" c on c."id" = m."contact_id" and not c."erased"
      where not exists (select 1 from in_consultation i where i."contact_id" = c."id")
    ), invited as (
      select e."organisation_id", e."contact_id", a."date" from "activity" a join "engagement" e on e."activity_id" = a."id" and e."kind" = 'INVITED'
      where a."date" >= $2::date - 364 and a."date" < (date_trunc('quarter', $2::date) + interval '3 months')::date
    ), counted_organisation as (
      select "organisation_id", count(*) filter (where "date" >= date_trunc('quarter', $2::date)::date)::int as "quarter", count(*) filter (where "date" <= $2::date)::int as "year"
      from invited where "organisation_id" is not null group by "organisation_id"
    ), counted_contact as (
      select "contact_id", count(*) filter (where "date" >= date_trunc('quarter', $2::date)::date)::int as "quarter", count(*) filter (where "date" <= $2::date)::int as "year"
      from invited where "contact_id" is not null group by "contact_id"
    ), ranked as (
      select cd.*, coalesce(no."quarter", nc."quarter", 0) as "quarter", coalesce(no."year", nc."year", 0) as "year",
             coalesce(coalesce(po."max_invitations_per_quarter", pc."max_invitations_per_quarter") is not null
                      and coalesce(no."quarter", nc."quarter", 0) >= coalesce(po."max_invitations_per_quarter", pc."max_invitations_per_quarter"), false) as "over_limit"
      from candidate cd
      left join counted_organisation no on no."organisation_id" = cd."organisation_id"
      left join counted_contact nc on nc."contact_id" = cd."contact_id"
      left join "engagement_preferences" po on po."organisation_id" = cd."organisation_id"
      left join "engagement_preferences" pc on pc."contact_id" = cd."contact_id"
      order by cd."row_number", "over_limit", "year", cd."sort_name", cd."organisation_id" nulls last, cd."contact_id"
      limit 50
    )
    select json_build_object('invitationSuggestions', coalesce(json_agg(json_build_object(
      'group', json_build_object('id', r."group_id", 'name', r."group_name"),
      'organisation', case when r."organisation_id" is not null then json_build_object('id', r."organisation_id", 'name', r."name") end,
      'contact', case when r."contact_id" is not null then json_build_object('id', r."contact_id", 'firstName', r."first_name", 'lastName', r."last_name") end,
      'invitationsThisQuarter', r."quarter", 'invitationsLast12Months', r."year", 'overLimit', r."over_limit", 'matchesPreferences', false)
      order by r."row_number", r."over_limit", r."year", r."sort_name", r."organisation_id" nulls last, r."contact_id"), '[]'::json))::text as "body"
    from ranked r`;

export interface InvitationsAnswer {
  invitationSuggestions: {
    group: { id: string };
    organisation: { id: string } | null;
    contact: { id: string } | null;
    invitationsThisQuarter: number;
    invitationsLast12Months: number;
    overLimit: boolean;
  }[];
}

/** The reference date the API takes without an activity: today in Finnish time. */
export function finnishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

/** The API and the floor suggest the same parties of the same groups, in the same order, with the same counts. */
export function sameInvitations(api: InvitationsAnswer['invitationSuggestions'], floor: InvitationsAnswer['invitationSuggestions']): boolean {
  const key = (row: InvitationsAnswer['invitationSuggestions'][number]) =>
    [row.group.id, row.organisation?.id ?? row.contact?.id, row.invitationsThisQuarter, row.invitationsLast12Months, row.overLimit].join(' ');
  return JSON.stringify(api.map(key)) === JSON.stringify(floor.map(key));
}
