import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { periodCovers } from '@sidos/common';
import { consultationRowCtes, COVERAGE_ROW_ORDER } from '@sidos/coverage';
import { executeRead, plainForRead, selectColumnsOf } from '@sidos/database';
import { Contact, Organisation, StakeholderGroup } from '@sidos/register';
import { EngagementKind, EngagementMethod, EngagementMode } from '@sidos/engagement';

/** The consultation asked about and the activity given (either may be missing): one statement. */
const CONSULTATION_AND_ACTIVITY_SQL = `select c."id" as "consultation_id", a."id" as "activity_id", a."consultation_id" as "activity_consultation_id",
       a."date"::text as "activity_date", a."method" as "activity_method", a."mode" as "activity_mode"
from (select 1) one
left join "consultation" c on c."id" = ?::uuid
left join "activity" a on a."id" = ?::uuid`;

/**
 * Who to invite next (contract: Query.invitationSuggestions), one statement whatever the size of the
 * register. Parameters: the coverage rows' (consultationRowCtes), then the reference date D, the
 * consultation, the activity's method and mode (null without an activity), and the cap.
 *
 * - gap: the coverage rows of consultationCoverage that are not reached (reached = heard > 0), numbered in
 *   row order (COVERAGE_ROW_ORDER): the same CTEs consultationCoverage counts with.
 * - candidate: the members of each gap on D (a membership period covering D): organisations not archived,
 *   contacts not erased, with no engagement record of any kind in the consultation; a record counts for
 *   its organisation and for its contact. Voided records count nowhere: not here, not as invitations.
 * - invitation: INVITED records (a record counts for its organisation and its contact) in activities dated
 *   in D's calendar quarter, and from D-364 to D: only the activities of that window are read (from D-364 to
 *   the quarter's end), and parties are joined by equality (organisation or contact, and its id), so that the
 *   planner can hash them; counted per party, whether a candidate or not.
 * - ordered within a gap: not over the limit first, then (with an activity) matching preferences, then
 *   fewer invitations in the last 12 months, then by name case-insensitively (a contact's "lastName firstName").
 * The first rows come with their group, organisation and contact (partyColumns: g_, o_ and c_ columns),
 * so that the answer is one statement whatever it holds.
 */
const INVITATION_SUGGESTIONS_SQL = (coverageRows: string, partyColumns: string) => `with ${coverageRows},
  gap as (
    select rg."id" as "group_id", row_number() over (order by ${COVERAGE_ROW_ORDER}) as "row_number"
    from row_group rg left join group_tally gt on gt."group_id" = rg."id"
    where coalesce(gt."heard", 0) = 0
  ),
  reference as (
    select ?::date as "d", ?::uuid as "consultation_id", ?::text as "method", ?::text as "mode"
  ),
  in_consultation as (
    select e."organisation_id", e."contact_id"
    from reference r join "activity" a on a."consultation_id" = r."consultation_id" join "engagement" e on e."activity_id" = a."id" and not e."voided"
  ),
  candidate as (
    select gap."row_number", gap."group_id", o."id" as "organisation_id", null::uuid as "contact_id", false as "of_contact", o."id" as "party_id",
           lower(o."name") as "sort_name"
    from gap cross join reference r
    join "group_organisation" m on m."group_id" = gap."group_id" and ${periodCovers('m', 'r."d"')}
    join "organisation" o on o."id" = m."organisation_id" and not o."archived"
    where not exists (select 1 from in_consultation ic where ic."organisation_id" = o."id")
    union all
    select gap."row_number", gap."group_id", null, c."id", true, c."id", lower(c."last_name" || ' ' || c."first_name")
    from gap cross join reference r
    join "group_contact" m on m."group_id" = gap."group_id" and ${periodCovers('m', 'r."d"')}
    join "contact" c on c."id" = m."contact_id" and not c."erased"
    where not exists (select 1 from in_consultation ic where ic."contact_id" = c."id")
  ),
  window_invitation as (
    select e."organisation_id", e."contact_id", a."date"
    from reference r
    join "activity" a on a."date" >= r."d" - 364 and a."date" < (date_trunc('quarter', r."d") + interval '3 months')::date
    join "engagement" e on e."activity_id" = a."id" and e."kind" = '${EngagementKind.INVITED}' and not e."voided"
  ),
  invitation as (
    select false as "of_contact", wi."organisation_id" as "party_id",
           count(*) filter (where wi."date" >= date_trunc('quarter', r."d")::date)::int as "this_quarter",
           count(*) filter (where wi."date" <= r."d")::int as "last_12_months"
    from window_invitation wi cross join reference r
    where wi."organisation_id" is not null
    group by wi."organisation_id"
    union all
    select true, wi."contact_id",
           count(*) filter (where wi."date" >= date_trunc('quarter', r."d")::date)::int,
           count(*) filter (where wi."date" <= r."d")::int
    from window_invitation wi cross join reference r
    where wi."contact_id" is not null
    group by wi."contact_id"
  ),
  preference as (
    select false as "of_contact", p."organisation_id" as "party_id", p."max_invitations_per_quarter", p."methods", p."modes"
    from "engagement_preferences" p where p."organisation_id" is not null
    union all
    select true, p."contact_id", p."max_invitations_per_quarter", p."methods", p."modes"
    from "engagement_preferences" p where p."contact_id" is not null
  ),
  suggestion as (
    select cd.*, coalesce(i."this_quarter", 0) as "invitations_this_quarter", coalesce(i."last_12_months", 0) as "invitations_last_12_months",
           coalesce(pr."max_invitations_per_quarter" is not null and coalesce(i."this_quarter", 0) >= pr."max_invitations_per_quarter", false) as "over_limit",
           coalesce(r."method" is not null and (r."method" = any(pr."methods") or r."mode" = any(pr."modes")), false) as "matches_preferences"
    from candidate cd cross join reference r
    left join invitation i on i."of_contact" = cd."of_contact" and i."party_id" = cd."party_id"
    left join preference pr on pr."of_contact" = cd."of_contact" and pr."party_id" = cd."party_id"
  )
select s."invitations_this_quarter", s."invitations_last_12_months", s."over_limit", s."matches_preferences", ${partyColumns}
from (
  select s.* from suggestion s
  order by s."row_number", s."over_limit", s."matches_preferences" desc, s."invitations_last_12_months", s."sort_name", s."organisation_id" nulls last, s."contact_id"
  limit ?
) s
join "stakeholder_group" g on g."id" = s."group_id"
left join "organisation" o on o."id" = s."organisation_id"
left join "contact" c on c."id" = s."contact_id"
order by s."row_number", s."over_limit", s."matches_preferences" desc, s."invitations_last_12_months", s."sort_name", s."organisation_id" nulls last, s."contact_id"`;

export interface ConsultationAndActivity {
  consultationId: string | null;
  activity: { id: string; consultationId: string; date: string; method: EngagementMethod; mode: EngagementMode } | null;
}

export interface InvitationSuggestionRow {
  group: StakeholderGroup;
  organisation: Organisation | null;
  contact: Contact | null;
  invitationsThisQuarter: number;
  invitationsLast12Months: number;
  overLimit: boolean;
  matchesPreferences: boolean;
}

/** The invitation planner's reads: two statements per question, whatever the size of the register or the answer. */
@Injectable()
export class InvitationRepository {
  constructor(private readonly em: EntityManager) {}

  /** Ids must be well-formed uuids (or null). */
  async consultationAndActivity(consultationId: string, activityId: string | null): Promise<ConsultationAndActivity> {
    const [row] = await executeRead<Record<string, string | null>[]>(this.em, CONSULTATION_AND_ACTIVITY_SQL, [consultationId, activityId]);
    return {
      consultationId: row.consultation_id,
      activity: row.activity_id
        ? {
            id: row.activity_id,
            consultationId: row.activity_consultation_id!,
            date: row.activity_date!,
            method: row.activity_method as EngagementMethod,
            mode: row.activity_mode as EngagementMode,
          }
        : null,
    };
  }

  async suggestions(
    consultationId: string,
    referenceDate: string,
    activity: { method: EngagementMethod; mode: EngagementMode } | null,
    first: number,
  ): Promise<InvitationSuggestionRow[]> {
    const coverageRows = consultationRowCtes(consultationId);
    const partyColumns = [
      selectColumnsOf(this.em, StakeholderGroup, 'g', 'g_'),
      selectColumnsOf(this.em, Organisation, 'o', 'o_'),
      selectColumnsOf(this.em, Contact, 'c', 'c_'),
    ].join(', ');
    const rows = await executeRead<Record<string, unknown>[]>(this.em, INVITATION_SUGGESTIONS_SQL(coverageRows.sql, partyColumns), [
      ...coverageRows.params,
      referenceDate,
      consultationId,
      activity?.method ?? null,
      activity?.mode ?? null,
      first,
    ]);
    return rows.map((row) => ({
      group: plainForRead(this.em, StakeholderGroup, row, 'g_'),
      organisation: row.o_id ? plainForRead(this.em, Organisation, row, 'o_') : null,
      contact: row.c_id ? plainForRead(this.em, Contact, row, 'c_') : null,
      invitationsThisQuarter: row.invitations_this_quarter as number,
      invitationsLast12Months: row.invitations_last_12_months as number,
      overLimit: row.over_limit as boolean,
      matchesPreferences: row.matches_preferences as boolean,
    }));
  }
}
