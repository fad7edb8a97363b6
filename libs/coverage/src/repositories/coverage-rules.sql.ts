import { periodCovers, type SqlFragment } from '@sidos/common';
import { EngagementKind, HEARD_KINDS, PREPARATION_PHASE_ORDER } from '@sidos/engagement';

/*
 * The coverage rules as SQL fragments (see docs/coverage.md): which records are in scope, which group a
 * record matches on its activity's date, and how a party's records fold. CoverageRepository builds its
 * statements from them; every other question that counts "heard" the way coverage does (method feedback,
 * invitation suggestions) builds on the same fragments instead of copying them.
 */

export const HEARD_KINDS_SQL = HEARD_KINDS.map((kind) => `'${kind}'`).join(', ');

/** Each phase as one bit, in preparation order (INITIATION = 1, DRAFTING = 2, …). */
export const PHASE_BIT_SQL = (column: string) =>
  `(case ${column} ${PREPARATION_PHASE_ORDER.map((phase, index) => `when '${phase}' then ${1 << index}`).join(' ')} else 0 end)`;

/** A bit set of phases back to the phase names, in preparation order. */
export const PHASE_NAMES_SQL = (bits: string) =>
  `array_remove(array[${PREPARATION_PHASE_ORDER.map((phase, index) => `case when ${bits} & ${1 << index} > 0 then '${phase}' end`).join(', ')}], null)::text[]`;

/**
 * A consultation's coverage generation (see CoverageCacheService): its own counter and the register's,
 * as one text value; both start at 0 (a consultation gets its counter row on its first change).
 */
export const COVERAGE_GENERATION_SQL = (consultationId: string) =>
  `(coalesce((select cg."generation" from "consultation_coverage_generation" cg where cg."consultation_id" = ${consultationId}), 0)::text || '.' ||
    coalesce((select rg."generation" from "register_coverage_generation" rg where rg."id" = 1), 0)::text)`;

/**
 * The engagements in scope (`where` on activity a and consultation c), with their activity's consultation, phase (as a bit) and date.
 * Voided records (voidEngagements) are never in scope: they count nowhere.
 * `organisation_id` is the party the record was made with: for a record that a merge moved to the target, its source (moved_engagement).
 * `tallyKey` is what the column "consultation_id" holds, and so what groupTallyCtes folds by: the activity's consultation unless
 * another key of activity a is given (methodFeedback folds by the activity's phase and method).
 */
export function scopedEngagementCte(where: SqlFragment, joinConsultation: boolean, tallyKey = 'a."consultation_id"'): SqlFragment {
  return {
    sql: `scoped_engagement as (
      select coalesce(me."recorded_organisation_id", e."organisation_id") as "organisation_id", e."contact_id", e."group_id", e."participant_count",
             e."kind" = '${EngagementKind.INVITED}' as "invited", e."kind" in (${HEARD_KINDS_SQL}) as "heard",
             ${tallyKey} as "consultation_id", ${PHASE_BIT_SQL('a."phase"')} as "phase_bit", a."date", e."created_at"
      from "activity" a
      join "engagement" e on e."activity_id" = a."id" and not e."voided"
      left join "moved_engagement" me on me."engagement_id" = e."id"${joinConsultation ? `
      join "consultation" c on c."id" = a."consultation_id"` : ''}
      where ${where.sql}
    )`,
    params: where.params,
  };
}

/** Of scoped records `se` of one party: the phases it was heard in (a bit set) and the first date heard. */
export const HEARD_FOLD_SQL = `coalesce(bit_or(se."phase_bit") filter (where se."heard"), 0) as "phases", min(se."date") filter (where se."heard") as "first_heard_on"`;

/** The fold of one party's scoped records `se`: invited at all? heard at all? and HEARD_FOLD_SQL. */
export const PARTY_FOLD_SQL = `bool_or(se."invited") as "invited", bool_or(se."heard") as "heard", ${HEARD_FOLD_SQL}`;

/** A membership period with both ends open and not inherited in a merge: it matches a party's records whatever their date. */
export const UNDATED = (m: string) => `${m}."since" is null and ${m}."until" is null`;

/**
 * Per consultation and group: `invited` = distinct parties with an INVITED record; `heard` = distinct
 * parties with a heard record plus the people of heard group-only records; the phases heard (a bit set)
 * and the first date heard.
 *
 * A record MATCHES group G when its organisation was a member of G on its activity's date, or its contact
 * was, or it names G (a membership period covers since <= date < until, null ends open). Organisations
 * and contacts are parties (a contact on behalf of an organisation is two parties); a record that names G
 * counts its organisation and contact as parties of G. A record with a group alone has no party: it
 * stands for `participant_count` unidentified people of G. Archived and merged organisations and erased
 * contacts count like any other.
 *
 * Merges change no answer (see OrganisationMergeService): a record counts as the organisation it was
 * recorded with (scoped_engagement), by that organisation's membership periods. A merged organisation's
 * are kept in merged_membership; a period the target gained in a merge (group_organisation.inherited_at)
 * counts for its records made since.
 *
 * Set-based and cheap at scale. The fast path, for the undated memberships (both ends open, not
 * inherited: nearly all of them): each party's records are folded once (invited? heard? phases, first
 * date), then spread over the party's undated groups, so every (group, party) pair is one row and no
 * count(distinct) runs over the expanded rows. Everything else matches record by record (record_match:
 * dated and inherited periods on the activity's date, merged periods, records that name a group) and is
 * folded per (consultation, group, party), so a party counts once per group; a (group, party) pair of the
 * fast path is left out there, as all its records already count.
 */
export function groupTallyCtes(groups?: string): string {
  // Only the groups asked about (their ids from `groups`, a select), when given: big memberships of other groups are never expanded.
  const only = (column: string) => (groups ? ` and ${column} in (${groups})` : '');
  const recordColumns = 'se."consultation_id", se."invited", se."heard", se."phase_bit", se."date"';
  return `organisation_party as (
      select se."consultation_id", se."organisation_id" as "party", ${PARTY_FOLD_SQL}
      from scoped_engagement se where se."organisation_id" is not null
      group by se."consultation_id", se."organisation_id"
    ),
    contact_party as (
      select se."consultation_id", se."contact_id" as "party", ${PARTY_FOLD_SQL}
      from scoped_engagement se where se."contact_id" is not null
      group by se."consultation_id", se."contact_id"
    ),
    record_match as (
      select ${recordColumns}, m."group_id", 1 as "party_kind", se."organisation_id" as "party"
      from scoped_engagement se join "group_organisation" m on m."organisation_id" = se."organisation_id"${only('m."group_id"')}
      where not (${UNDATED('m')} and m."inherited_at" is null) and ${periodCovers('m', 'se."date"')}
        and (m."inherited_at" is null or se."created_at" >= m."inherited_at")
      union all
      select ${recordColumns}, mm."group_id", 1, se."organisation_id"
      from scoped_engagement se join "merged_membership" mm on mm."organisation_id" = se."organisation_id"${only('mm."group_id"')}
      where ${periodCovers('mm', 'se."date"')} and (mm."counts_from" is null or se."created_at" >= mm."counts_from")
      union all
      select ${recordColumns}, m."group_id", 2, se."contact_id"
      from scoped_engagement se join "group_contact" m on m."contact_id" = se."contact_id"${only('m."group_id"')}
      where not (${UNDATED('m')}) and ${periodCovers('m', 'se."date"')}
      union all
      select ${recordColumns}, se."group_id", 1, se."organisation_id"
      from scoped_engagement se where se."group_id" is not null and se."organisation_id" is not null${only('se."group_id"')}
      union all
      select ${recordColumns}, se."group_id", 2, se."contact_id"
      from scoped_engagement se where se."group_id" is not null and se."contact_id" is not null${only('se."group_id"')}
    ),
    group_match as (
      select p."consultation_id", m."group_id", 1 as "party_kind", p."invited", p."heard", p."phases", p."first_heard_on", 0::bigint as "people"
      from organisation_party p join "group_organisation" m on m."organisation_id" = p."party"${only('m."group_id"')}
      where ${UNDATED('m')} and m."inherited_at" is null
      union all
      select p."consultation_id", m."group_id", 2, p."invited", p."heard", p."phases", p."first_heard_on", 0
      from contact_party p join "group_contact" m on m."contact_id" = p."party"${only('m."group_id"')}
      where ${UNDATED('m')}
      union all
      select se."consultation_id", se."group_id", se."party_kind", ${PARTY_FOLD_SQL}, 0
      from record_match se
      where case se."party_kind"
              when 1 then not exists (select 1 from "group_organisation" f where f."group_id" = se."group_id" and f."organisation_id" = se."party" and ${UNDATED('f')} and f."inherited_at" is null offset 0)
              else not exists (select 1 from "group_contact" f where f."group_id" = se."group_id" and f."contact_id" = se."party" and ${UNDATED('f')} offset 0)
            end
      group by se."consultation_id", se."group_id", se."party_kind", se."party"
      union all
      select se."consultation_id", se."group_id", 0, false, bool_or(se."heard"), ${HEARD_FOLD_SQL},
             coalesce(sum(se."participant_count") filter (where se."heard"), 0)
      from scoped_engagement se
      where se."group_id" is not null and se."organisation_id" is null and se."contact_id" is null${only('se."group_id"')}
      group by se."consultation_id", se."group_id"
    ),
    group_tally as (
      select gp."consultation_id", gp."group_id",
             count(*) filter (where gp."party_kind" > 0 and gp."invited") as "invited",
             count(*) filter (where gp."party_kind" > 0 and gp."heard") + coalesce(sum(gp."people"), 0) as "heard",
             bit_or(gp."phases") as "phases", min(gp."first_heard_on") as "first_heard_on"
      from group_match gp
      group by gp."consultation_id", gp."group_id"
    )`;
}

/** The row groups of one consultation: its target groups and every hard-to-reach group, with "coverage_targeted" (binds the consultation). */
const ROW_GROUP_CTE = `row_group as (
           select g.*, t."group_id" is not null as "coverage_targeted"
           from "stakeholder_group" g
           left join "consultation_target_group" t on t."group_id" = g."id" and t."consultation_id" = ?
           where t."group_id" is not null or g."hard_to_reach"
         )`;

/** The tally column that counts a phase's heard folds (coverage_tally, migration-20261201110000-coverage-folds). */
const phaseCountColumn = (phase: string) => `heard_in_${phase.toLowerCase()}`;

/**
 * The coverage rows of one consultation as CTEs: `row_group` (its target groups and every hard-to-reach
 * group, with "coverage_targeted") and `group_tally` (their counts); a row is reached when its tally's
 * heard > 0. consultationCoverage answers them in COVERAGE_ROW_ORDER; invitation suggestions take the rows
 * that are not reached (the gaps) in the same order.
 *
 * The counts are read from the consultation's tallies (coverage_tally), which triggers keep in every
 * writing transaction (docs/coverage.md, "How the folds are kept"): O(groups), whatever the number of
 * records. consultationRowCtesFromRecords computes the same CTEs from the records, by the rules' SQL; the
 * tests compare the two.
 */
export function consultationRowCtes(consultationId: string): SqlFragment {
  const phases = PREPARATION_PHASE_ORDER.map((phase, index) => `(case when t."${phaseCountColumn(phase)}" > 0 then ${1 << index} else 0 end)`).join(' | ');
  return {
    sql: `${ROW_GROUP_CTE},
         group_tally as (
           select t."consultation_id", t."group_id", t."invited", t."heard", ${phases} as "phases", t."first_heard_on"
           from "coverage_tally" t
           where t."consultation_id" = ?
         )`,
    params: [consultationId, consultationId],
  };
}

/**
 * consultationRowCtes computed from scratch: the consultation's records in scope, matched and folded by
 * groupTallyCtes. The reference the kept tallies are checked against (tests, the benchmark's floor check).
 */
export function consultationRowCtesFromRecords(consultationId: string): SqlFragment {
  const scope = scopedEngagementCte({ sql: 'a."consultation_id" = ?', params: [consultationId] }, false);
  return {
    sql: `${scope.sql},
         ${ROW_GROUP_CTE},
         ${groupTallyCtes('select rg."id" from row_group rg')}`,
    params: [...scope.params, consultationId],
  };
}

/** The order of coverage rows (alias rg of row_group): target groups first, then the other hard-to-reach groups; each part by name. */
export const COVERAGE_ROW_ORDER = 'rg."coverage_targeted" desc, lower(rg."name"), rg."id"';

/** A period m of the organisation of record e counts for it on its activity a's date, unless m was inherited in a merge after e was recorded. */
export const ORGANISATION_PERIOD_COUNTS = `${periodCovers('m', 'a."date"')} and (m."inherited_at" is null or m."inherited_at" <= e."created_at")`;

/** A merged organisation's period mm counts for record e (made with that organisation) on a's date, unless mm began to count after e was recorded. */
export const MERGED_PERIOD_COUNTS = `${periodCovers('mm', 'a."date"')} and (mm."counts_from" is null or mm."counts_from" <= e."created_at")`;

/**
 * A heard engagement in scope (never a voided one) matching group g (a member organisation's or a member contact's, on its
 * activity's date, or one naming g). A record matches by the organisation it was recorded with
 * (moved_engagement) and that organisation's periods, merged ones included: see groupTallyCtes.
 */
export function heardMatchProbes(scope: SqlFragment, joinConsultation: boolean): SqlFragment {
  // "offset 0" keeps each probe a per-group subplan that stops at its first hit, instead of an anti-join
  // that would first gather every heard engagement of the window.
  const probe = (from: string, match: string) =>
    `exists (select 1 from ${from} join "activity" a on a."id" = e."activity_id"${joinConsultation ? ' join "consultation" c on c."id" = a."consultation_id"' : ''}
             where ${match} and e."kind" in (${HEARD_KINDS_SQL}) and not e."voided" and ${scope.sql} offset 0)`;
  return {
    sql: `(${probe('"group_organisation" m join "engagement" e on e."organisation_id" = m."organisation_id"', `m."group_id" = g."id" and not exists (select 1 from "moved_engagement" me where me."engagement_id" = e."id") and ${ORGANISATION_PERIOD_COUNTS}`)}
       or ${probe('"moved_engagement" me join "group_organisation" m on m."organisation_id" = me."recorded_organisation_id" join "engagement" e on e."id" = me."engagement_id"', `m."group_id" = g."id" and ${ORGANISATION_PERIOD_COUNTS}`)}
       or ${probe('"merged_membership" mm join "engagement" e on e."organisation_id" = mm."organisation_id"', `mm."group_id" = g."id" and not exists (select 1 from "moved_engagement" me where me."engagement_id" = e."id") and ${MERGED_PERIOD_COUNTS}`)}
       or ${probe('"merged_membership" mm join "moved_engagement" me on me."recorded_organisation_id" = mm."organisation_id" join "engagement" e on e."id" = me."engagement_id"', `mm."group_id" = g."id" and ${MERGED_PERIOD_COUNTS}`)}
       or ${probe('"group_contact" m join "engagement" e on e."contact_id" = m."contact_id"', `m."group_id" = g."id" and ${periodCovers('m', 'a."date"')}`)}
       or ${probe('"engagement" e', 'e."group_id" = g."id"')})`,
    params: [...scope.params, ...scope.params, ...scope.params, ...scope.params, ...scope.params, ...scope.params],
  };
}
