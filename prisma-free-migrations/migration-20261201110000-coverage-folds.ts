import { Migration } from '@mikro-orm/migrations';

/*
 * Coverage folds (issue 14, item 2): consultationCoverage answers from per-(consultation, group) tallies that
 * triggers keep up to date in the writing transaction, so that an answer costs O(groups), not O(records).
 * docs/coverage.md ("How the folds are kept") explains the design; the rules themselves are those of
 * docs/coverage.md, written here a second time in SQL that folds one party at a time. The from-scratch SQL of
 * libs/coverage (coverage-rules.sql.ts) stays as the reference that tests compare these folds with.
 */

/** The preparation phases in order; bit 1 << index of a fold's `phases`. */
const PHASES = ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION'];

/** The tally column counting the folds heard in a phase: heard_in_initiation, … */
const PHASE_COUNT_COLUMNS = PHASES.map((phase) => `heard_in_${phase.toLowerCase()}`);

const HEARD = `('PARTICIPATED', 'SUBMITTED')`;
const PHASE_BIT = `(case a."phase" ${PHASES.map((phase, index) => `when '${phase}' then ${1 << index}`).join(' ')} else 0 end)`;

/** A membership period `m` covers the record's activity date (null ends open), as periodCovers of @sidos/common. */
const covers = (m: string) => `(${m}."since" is null or ${m}."since" <= r."date") and (${m}."until" is null or r."date" < ${m}."until")`;

/** The columns of a record that its fold reads. */
const RECORD_COLUMNS = `e."group_id" as "named_group_id", e."kind", e."participant_count", e."created_at", a."date", ${PHASE_BIT} as "phase_bit"`;

/**
 * How a statement picks the records to fold:
 * - 'all': every record (a rebuild);
 * - 'consultations': every record of the consultations of CTE fold_consultation (a big change: planned with
 *   the tables' statistics, hash joins over the consultations' records);
 * - 'keys': the records of each (consultation, party_kind, party) of CTE fold_key (a write's few parties).
 */
type FoldScope = 'all' | 'consultations' | 'keys';

/** A record's parties (e a record, me its moved_engagement row): the organisation it was made with, its contact, a group-only record's group. */
const RECORD_PARTIES = `cross join lateral (values (1::smallint, coalesce(me."recorded_organisation_id", e."organisation_id")), (2::smallint, e."contact_id"),
                                 (0::smallint, case when e."organisation_id" is null and e."contact_id" is null then e."group_id" end)) v("party_kind", "party")`;

/**
 * party_record: the records (not voided) of each party to fold, with its consultation. A party is
 * (party_kind, party): 1 an organisation — the one a record was made with, so a record a merge moved counts
 * for its source (moved_engagement) — 2 a contact, 0 the people of a group-only record (party = the group).
 */
function partyRecordCte(scope: FoldScope): string {
  if (scope !== 'keys')
    return `party_record as (
      select a."consultation_id", v."party_kind", v."party", ${RECORD_COLUMNS}
      from "engagement" e
      join "activity" a on a."id" = e."activity_id"
      left join "moved_engagement" me on me."engagement_id" = e."id"
      ${RECORD_PARTIES}
      where not e."voided" and v."party" is not null${scope === 'consultations' ? ' and a."consultation_id" in (select fc."consultation_id" from fold_consultation fc)' : ''}
    )`;
  // A party's records in the consultations asked: the ids of the party's records in those consultations'
  // activities (a few each) from the party's history index alone (engagement_organisation_history_index,
  // engagement_contact_history_index: activity_id and voided included), then only those records read — so
  // that a federation with thousands of records elsewhere costs one index range, not thousands of rows; a
  // group's group-only records by activity through engagement_group_only_index. Lateral subqueries the
  // planner cannot turn around, whatever it estimates of the keys.
  const recordsOf = (column: string) => `cross join lateral (
        select x."id" from "engagement" x
        where x."${column}" = p."party" and not x."voided"
          and x."activity_id" in (select ka."id" from "activity" ka where ka."consultation_id" = any(p."consultations"))
        offset 0
      ) r
      join "engagement" e on e."id" = r."id"
      join "activity" a on a."id" = e."activity_id"`;
  return `key_party as materialized (
      select k."party_kind", k."party", array_agg(k."consultation_id") as "consultations" from fold_key k group by k."party_kind", k."party"
    ),
    party_record as (
      select a."consultation_id", 1::smallint as "party_kind", p."party", ${RECORD_COLUMNS}
      from key_party p
      ${recordsOf('organisation_id')}
      where p."party_kind" = 1 and not exists (select 1 from "moved_engagement" me where me."engagement_id" = e."id")
      union all
      select a."consultation_id", 1::smallint, p."party", ${RECORD_COLUMNS}
      from key_party p
      join "moved_engagement" me on me."recorded_organisation_id" = p."party"
      join "engagement" e on e."id" = me."engagement_id" and not e."voided"
      join "activity" a on a."id" = e."activity_id"
      where p."party_kind" = 1 and a."consultation_id" = any(p."consultations")
      union all
      select a."consultation_id", 2::smallint, p."party", ${RECORD_COLUMNS}
      from key_party p
      ${recordsOf('contact_id')}
      where p."party_kind" = 2
      union all
      select a."consultation_id", 0::smallint, p."party", ${RECORD_COLUMNS}
      from key_party p
      join "activity" a on a."consultation_id" = any(p."consultations")
      cross join lateral (
        select e.* from "engagement" e
        where e."group_id" = p."party" and e."activity_id" = a."id" and e."organisation_id" is null and e."contact_id" is null and not e."voided"
        offset 0
      ) e
      where p."party_kind" = 0
    )`;
}

/**
 * fresh_fold: per (consultation, group, party), the fold of the party's records that match the group: an
 * organisation's by its periods covering the activity's date (a period inherited in a merge only for records
 * made since; a merged organisation's kept periods likewise from counts_from), a contact's by its periods,
 * and any record by the group it names (a group-only record: its own group). invited (identified parties
 * only), heard, the phases heard (bits) and the first date heard, and the people of heard group-only
 * records. Folds that count nothing (neither invited nor heard) are not kept.
 */
function freshFoldCtes(scope: FoldScope): string {
  return `${partyRecordCte(scope)},
    party_match as (
      select r.*, m."group_id" from party_record r join "group_organisation" m on m."organisation_id" = r."party"
      where r."party_kind" = 1 and ${covers('m')} and (m."inherited_at" is null or r."created_at" >= m."inherited_at")
      union all
      select r.*, mm."group_id" from party_record r join "merged_membership" mm on mm."organisation_id" = r."party"
      where r."party_kind" = 1 and ${covers('mm')} and (mm."counts_from" is null or r."created_at" >= mm."counts_from")
      union all
      select r.*, m."group_id" from party_record r join "group_contact" m on m."contact_id" = r."party"
      where r."party_kind" = 2 and ${covers('m')}
      union all
      select r.*, r."named_group_id" from party_record r where r."named_group_id" is not null
    ),
    fresh_fold as (
      select pm."consultation_id", pm."group_id", pm."party_kind", pm."party",
             pm."party_kind" > 0 and bool_or(pm."kind" = 'INVITED') as "invited",
             bool_or(pm."kind" in ${HEARD}) as "heard",
             coalesce(bit_or(pm."phase_bit") filter (where pm."kind" in ${HEARD}), 0)::smallint as "phases",
             min(pm."date") filter (where pm."kind" in ${HEARD}) as "first_heard_on",
             (case when pm."party_kind" = 0 then coalesce(sum(pm."participant_count") filter (where pm."kind" in ${HEARD}), 0) else 0 end)::bigint as "people"
      from party_match pm
      join "stakeholder_group" g on g."id" = pm."group_id"
      group by pm."consultation_id", pm."group_id", pm."party_kind", pm."party"
      having bool_or(pm."kind" in ${HEARD}) or (pm."party_kind" > 0 and bool_or(pm."kind" = 'INVITED'))
    )`;
}

const FOLD_VALUES = ['invited', 'heard', 'phases', 'first_heard_on', 'people'];
const FOLD_COLUMNS = ['consultation_id', 'group_id', 'party_kind', 'party', ...FOLD_VALUES];
const quoted = (columns: string[], alias = '') => columns.map((column) => `${alias}"${column}"`).join(', ');

/** What a fold adds to its group's tally (`f` a fold, or null columns for none): invited, heard, each phase. */
const tallyTerms = (f: (column: string) => string) => ({
  invited: `(case when ${f('party_kind')} > 0 and coalesce(${f('invited')}, false) then 1 else 0 end)`,
  heard: `(case when ${f('party_kind')} > 0 and coalesce(${f('heard')}, false) then 1 else 0 end + coalesce(${f('people')}, 0))`,
  phase: (index: number) => `(case when coalesce(${f('phases')}, 0) & ${1 << index} > 0 then 1 else 0 end)`,
});

const TALLY_COLUMNS = ['consultation_id', 'group_id', 'invited', 'heard', ...PHASE_COUNT_COLUMNS, 'first_heard_on'];

/** The keys of the refresh: fold_key ('keys', from the arrays) or fold_consultation ('consultations', from $1). */
const REFRESH_SCOPE_CTES: Record<Exclude<FoldScope, 'all'>, string> = {
  keys: `fold_key as materialized (
      select distinct k."consultation_id", k."party_kind", k."party"
      from unnest("consultations", "kinds", "parties") as k("consultation_id", "party_kind", "party")
      where k."party" is not null and exists (select 1 from "consultation" c where c."id" = k."consultation_id")
    )`,
  consultations: `fold_consultation as materialized (
      select c."id" as "consultation_id" from "consultation" c where c."id" = any($1)
    )`,
};

/** The kept folds that the scope's fresh folds replace. */
const STALE_FOLD: Record<Exclude<FoldScope, 'all'>, string> = {
  keys: `select f.* from "coverage_fold" f
      join fold_key k on f."consultation_id" = k."consultation_id" and f."party_kind" = k."party_kind" and f."party" = k."party"`,
  consultations: `select f.* from "coverage_fold" f where f."consultation_id" in (select fc."consultation_id" from fold_consultation fc)`,
};

/**
 * One statement: the scope's folds computed again from their records, compared with the kept ones, and only
 * the differences written — folds deleted, inserted or updated, and their groups' tallies moved by the
 * difference; answers (into lost_consultations, lost_groups) the tallies whose first date heard may have
 * gone (a fold's date gone or moved later). Keys of consultations that no longer exist are skipped; so are
 * tallies of groups deleted by the statement under way (their rows go by cascade).
 */
const refreshStatement = (scope: Exclude<FoldScope, 'all'>) => `with ${REFRESH_SCOPE_CTES[scope]},
    ${freshFoldCtes(scope)},
    stale_fold as (
      ${STALE_FOLD[scope]}
    ),
    fold_change as (
      select coalesce(n."consultation_id", o."consultation_id") as "consultation_id", coalesce(n."group_id", o."group_id") as "group_id",
             coalesce(n."party_kind", o."party_kind") as "party_kind", coalesce(n."party", o."party") as "party", n."party" is not null as "kept",
             ${FOLD_VALUES.map((column) => `n."${column}"`).join(', ')},
             ${FOLD_VALUES.map((column) => `o."${column}" as "old_${column}"`).join(', ')}
      from stale_fold o
      full join fresh_fold n on n."consultation_id" = o."consultation_id" and n."group_id" = o."group_id" and n."party_kind" = o."party_kind" and n."party" = o."party"
      where (${quoted(FOLD_VALUES, 'o.')}) is distinct from (${quoted(FOLD_VALUES, 'n.')})
    ),
    removed as (
      delete from "coverage_fold" f using fold_change c
      where not c."kept" and f."consultation_id" = c."consultation_id" and f."party_kind" = c."party_kind" and f."party" = c."party" and f."group_id" = c."group_id"
    ),
    written as (
      insert into "coverage_fold" (${quoted(FOLD_COLUMNS)})
      select ${quoted(FOLD_COLUMNS, 'c.')} from fold_change c where c."kept"
      on conflict ("consultation_id", "party_kind", "party", "group_id") do update set ${FOLD_VALUES.map((column) => `"${column}" = excluded."${column}"`).join(', ')}
    ),
    tally_change as (
      select c."consultation_id", c."group_id",
             sum(${tallyTerms((column) => `c."${column}"`).invited} - ${tallyTerms((column) => (column === 'party_kind' ? 'c."party_kind"' : `c."old_${column}"`)).invited}) as "invited",
             sum(${tallyTerms((column) => `c."${column}"`).heard} - ${tallyTerms((column) => (column === 'party_kind' ? 'c."party_kind"' : `c."old_${column}"`)).heard}) as "heard",
             ${PHASE_COUNT_COLUMNS.map(
               (column, index) =>
                 `sum(${tallyTerms((name) => `c."${name}"`).phase(index)} - ${tallyTerms((name) => `c."old_${name}"`).phase(index)}) as "${column}"`,
             ).join(',\n             ')},
             min(c."first_heard_on") as "first_heard_on",
             bool_or(c."old_first_heard_on" is not null and (c."first_heard_on" is null or c."first_heard_on" > c."old_first_heard_on")) as "first_heard_lost"
      from fold_change c
      where exists (select 1 from "stakeholder_group" g where g."id" = c."group_id")
      group by c."consultation_id", c."group_id"
    ),
    tallied as (
      insert into "coverage_tally" as t (${quoted(TALLY_COLUMNS)})
      select ${quoted(TALLY_COLUMNS, 'd.')} from tally_change d order by d."consultation_id", d."group_id"
      on conflict ("consultation_id", "group_id") do update set
        ${['invited', 'heard', ...PHASE_COUNT_COLUMNS].map((column) => `"${column}" = t."${column}" + excluded."${column}"`).join(', ')},
        "first_heard_on" = least(t."first_heard_on", excluded."first_heard_on")
    )
    select coalesce(array_agg(d."consultation_id"), '{}'), coalesce(array_agg(d."group_id"), '{}')
    from tally_change d where d."first_heard_lost"`;

/**
 * Above this many keys, at least 50 a consultation on average, a refresh folds their consultations whole
 * (refreshStatement('consultations')): a COPY, an activity of thousands of records redated. Keys spread thin
 * over many consultations (a big organisation's or many members' memberships) stay keyed: a few probes each.
 * The setting sidos.coverage_keyed_refresh_limit overrides the limit (the tests fold whole consultations with 0).
 */
const KEYED_REFRESH_LIMIT = `coalesce(nullif(current_setting('sidos.coverage_keyed_refresh_limit', true), '')::int, 2000)`;

/**
 * refresh_coverage_folds(consultations, kinds, parties): the folds of the (consultation, party_kind, party)
 * keys made again (refreshStatement): a write's few keys by their parties' records; many keys (a COPY, an
 * activity of thousands of records moved or redated) by folding their consultations whole, in a statement
 * planned for them (EXECUTE). Then the tallies whose first date heard may have gone read it again from the
 * folds (an index probe). The caller holds the lock of each key's consultation (see the keep_… functions).
 */
const REFRESH_FUNCTION = `create function "refresh_coverage_folds"("consultations" uuid[], "kinds" smallint[], "parties" uuid[]) returns void language plpgsql as $$
  declare
    "lost_consultations" uuid[];
    "lost_groups" uuid[];
    "whole" uuid[];
  begin
    if coalesce(cardinality("parties"), 0) = 0 then return; end if;
    if cardinality("parties") > ${KEYED_REFRESH_LIMIT} then
      "whole" := (select array_agg(distinct c) from unnest("consultations") c);
    end if;
    if cardinality("whole") > 0 and (cardinality("parties") >= 50 * cardinality("whole") or ${KEYED_REFRESH_LIMIT} = 0) then
      execute '${refreshStatement('consultations').replace(/'/g, "''")}'
      into "lost_consultations", "lost_groups"
      using "whole";
    else
      ${refreshStatement('keys')}
      into "lost_consultations", "lost_groups";
    end if;

    if cardinality("lost_consultations") > 0 then
      update "coverage_tally" t
      set "first_heard_on" = (select min(f."first_heard_on") from "coverage_fold" f where f."group_id" = t."group_id" and f."consultation_id" = t."consultation_id")
      from unnest("lost_consultations", "lost_groups") as l("consultation_id", "group_id")
      where t."consultation_id" = l."consultation_id" and t."group_id" = l."group_id";
    end if;
  end
$$;`;

/**
 * rebuild_coverage_folds(): every fold and tally computed again from the whole history (the migration's
 * back-fill; after a TRUNCATE of a table they read; by hand after a load with triggers off).
 */
const REBUILD_FUNCTION = `create function "rebuild_coverage_folds"() returns void language plpgsql as $$
  begin
    delete from "coverage_tally";
    delete from "coverage_fold";
    insert into "coverage_fold" (${quoted(FOLD_COLUMNS)})
    with ${freshFoldCtes('all')}
    select ${quoted(FOLD_COLUMNS)} from fresh_fold;
    insert into "coverage_tally" (${quoted(TALLY_COLUMNS)})
    select f."consultation_id", f."group_id",
           sum(${tallyTerms((column) => `f."${column}"`).invited}), sum(${tallyTerms((column) => `f."${column}"`).heard}),
           ${PHASE_COUNT_COLUMNS.map((_column, index) => `sum(${tallyTerms((column) => `f."${column}"`).phase(index)})`).join(', ')},
           min(f."first_heard_on")
    from "coverage_fold" f
    group by f."consultation_id", f."group_id";
  end
$$;`;

/**
 * Locks the consultations' coverage generation rows (made when missing), in id order, without raising them:
 * what every writer of a consultation's folds holds while it refreshes them.
 */
const LOCK_FUNCTION = `create function "lock_coverage_consultations"("consultations" uuid[]) returns void language plpgsql as $$
  begin
    if coalesce(cardinality("consultations"), 0) = 0 then return; end if;
    insert into "consultation_coverage_generation" as g ("consultation_id", "generation")
    select distinct c."id", 0 from "consultation" c where c."id" = any("consultations") order by 1
    on conflict ("consultation_id") do update set "generation" = g."generation";
  end
$$;`;

/**
 * A share lock of the register's coverage generation row (made when missing): writers of engagements and
 * activities take it before their consultations' locks, so that a membership or merge (which raises that row,
 * and so waits for them, and they for it) is never folded concurrently with records of the same party.
 */
const SHARE_REGISTER_FUNCTION = `create function "share_register_coverage_generation"() returns void language plpgsql as $$
  begin
    perform 1 from "register_coverage_generation" where "id" = 1 for share;
    if not found then
      insert into "register_coverage_generation" ("id", "generation") values (1, 0) on conflict do nothing;
      perform 1 from "register_coverage_generation" where "id" = 1 for share;
    end if;
  end
$$;`;

/** The register counter raised, as raise_register_coverage_generation does (an upsert). */
const RAISE_REGISTER = `insert into "register_coverage_generation" as g ("id", "generation") values (1, 1)
        on conflict ("id") do update set "generation" = g."generation" + 1;`;

/** The consultations of `consultations` (a select) raised in id order, as the coverage-generation migration does. */
const raiseConsultations = (consultations: string) => `with r as materialized (${consultations})
        insert into "consultation_coverage_generation" as g ("consultation_id", "generation")
        select distinct r."consultation_id", 1 from r join "consultation" c on c."id" = r."consultation_id"
        order by 1
        on conflict ("consultation_id") do update set "generation" = g."generation" + 1;`;

const consultationsOfActivities = (activityIds: string) => `select a."consultation_id" from "activity" a where a."id" in (${activityIds}) for share of a`;

/** `(n."a", n."b") is distinct from (o."a", o."b")`. */
const changed = (columns: string[]) => `(${quoted(columns, 'n.')}) is distinct from (${quoted(columns, 'o.')})`;

/** The engagement columns that coverage reads (as the voided-engagements migration lists them). */
const ENGAGEMENT_COLUMNS = ['activity_id', 'kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count', 'created_at', 'voided'];
const ACTIVITY_COLUMNS = ['consultation_id', 'phase', 'date'];

/** The parties of engagement rows `r` (with moved_engagement `me` joined): its recorded and current organisation, its contact, a group-only record's group. */
const ROW_PARTIES = `cross join lateral (values (1::smallint, me."recorded_organisation_id"), (1::smallint, r."organisation_id"), (2::smallint, r."contact_id"),
                                 (0::smallint, case when r."organisation_id" is null and r."contact_id" is null then r."group_id" end)) v("party_kind", "party")`;

/** Keys of the engagement rows of `rows` (a table of engagement rows) whose activity exists: its consultation and parties. */
const engagementKeys = (rows: string) => `select a."consultation_id", v."party_kind", v."party"
      from ${rows} r
      join "activity" a on a."id" = r."activity_id"
      left join "moved_engagement" me on me."engagement_id" = r."id"
      ${ROW_PARTIES}
      where v."party" is not null`;

/**
 * Keys of deleted engagement rows whose activity is gone too (a deleted activity or consultation): the
 * consultations where their parties have folds (the only ones the records can have counted in).
 */
const orphanKeys = (rows: string) => `select f."consultation_id", f."party_kind", f."party"
      from ${rows} r
      left join "moved_engagement" me on me."engagement_id" = r."id"
      ${ROW_PARTIES}
      join "coverage_fold" f on f."party" = v."party" and f."party_kind" = v."party_kind"
      where v."party" is not null and not exists (select 1 from "activity" a where a."id" = r."activity_id")`;

/** Refreshes the folds of the keys that `keys` (a select of consultation, party_kind, party) yields. */
const refreshKeys = (
  keys: string,
) => `select coalesce(array_agg(k."consultation_id"), '{}'), coalesce(array_agg(k."party_kind"), '{}'), coalesce(array_agg(k."party"), '{}')
        into "key_consultations", "key_kinds", "key_parties"
        from (select distinct * from (${keys}) u) k("consultation_id", "party_kind", "party");
        perform "refresh_coverage_folds"("key_consultations", "key_kinds", "key_parties");`;

/** A record with an identified party (an organisation or a contact): its folds depend on memberships. */
const IDENTIFIED = `("organisation_id" is not null or "contact_id" is not null)`;

/**
 * keep_engagement_coverage: raises the consultations' counters (as raise_engagement_coverage_generation did)
 * and refreshes the folds of the records' parties in their consultations. Locks: the register row shared
 * (only for records of identified parties: a group-only record's fold depends on no membership, so writes of
 * those never wait for, nor hold up, membership changes), then the consultations' counters in id order (the
 * raise), then the records' folds.
 */
const KEEP_ENGAGEMENT_FUNCTION = `create function "keep_engagement_coverage"() returns trigger language plpgsql as $$
  declare
    "key_consultations" uuid[];
    "key_kinds" smallint[];
    "key_parties" uuid[];
  begin
    if TG_OP = 'INSERT' then
      if not exists (select 1 from "new_rows") then return null; end if;
      if exists (select 1 from "new_rows" where ${IDENTIFIED}) then perform "share_register_coverage_generation"(); end if;
      ${raiseConsultations(consultationsOfActivities('select "activity_id" from "new_rows"'))}
      ${refreshKeys(engagementKeys('"new_rows"'))}
    elsif TG_OP = 'DELETE' then
      if not exists (select 1 from "old_rows") then return null; end if;
      if exists (select 1 from "old_rows" where ${IDENTIFIED}) then perform "share_register_coverage_generation"(); end if;
      ${raiseConsultations(consultationsOfActivities('select "activity_id" from "old_rows"'))}
      select coalesce(array_agg(distinct o."consultation_id"), '{}') into "key_consultations" from (${orphanKeys('"old_rows"')}) o;
      perform "lock_coverage_consultations"("key_consultations");
      ${refreshKeys(`${engagementKeys('"old_rows"')} union all ${orphanKeys('"old_rows"')}`)}
    else
      if not exists (select 1 from "new_rows" n join "old_rows" o on o."id" = n."id" where ${changed(ENGAGEMENT_COLUMNS)}) then return null; end if;
      if exists (select 1 from "new_rows" where ${IDENTIFIED}) or exists (select 1 from "old_rows" where ${IDENTIFIED}) then
        perform "share_register_coverage_generation"();
      end if;
      ${raiseConsultations(
        consultationsOfActivities(
          `select unnest(array[n."activity_id", o."activity_id"]) from "new_rows" n join "old_rows" o on o."id" = n."id" where ${changed(ENGAGEMENT_COLUMNS)}`,
        ),
      )}
      ${refreshKeys(
        `${engagementKeys(`(select n.* from "new_rows" n join "old_rows" o on o."id" = n."id" where ${changed(ENGAGEMENT_COLUMNS)})`)}
        union all ${engagementKeys(`(select o.* from "new_rows" n join "old_rows" o on o."id" = n."id" where ${changed(ENGAGEMENT_COLUMNS)})`)}`,
      )}
    end if;
    return null;
  end
$$;`;

/**
 * keep_activity_coverage: raises the consultations' counters (as raise_activity_coverage_generation did); an
 * activity whose consultation, phase or date changed has the folds of its records' parties refreshed in the
 * consultation it left and the one it is in. (An activity deleted takes its engagements with it: their own
 * trigger refreshes those; a new activity has none.)
 */
const KEEP_ACTIVITY_FUNCTION = `create function "keep_activity_coverage"() returns trigger language plpgsql as $$
  declare
    "key_consultations" uuid[];
    "key_kinds" smallint[];
    "key_parties" uuid[];
  begin
    if TG_OP = 'INSERT' then
      ${raiseConsultations('select "consultation_id" from "new_rows"')}
    elsif TG_OP = 'DELETE' then
      -- Its engagements' trigger (their cascade) takes the register's share lock: first, as it must come first.
      perform "share_register_coverage_generation"();
      ${raiseConsultations('select "consultation_id" from "old_rows"')}
    else
      if not exists (select 1 from "new_rows" n join "old_rows" o on o."id" = n."id" where ${changed(ACTIVITY_COLUMNS)}) then return null; end if;
      perform "share_register_coverage_generation"();
      ${raiseConsultations(
        `select unnest(array[n."consultation_id", o."consultation_id"]) as "consultation_id" from "new_rows" n join "old_rows" o on o."id" = n."id" where ${changed(ACTIVITY_COLUMNS)}`,
      )}
      ${refreshKeys(`select x."consultation_id", v."party_kind", v."party"
      from "new_rows" n
      join "old_rows" o on o."id" = n."id"
      cross join lateral (values (n."consultation_id"), (o."consultation_id")) x("consultation_id")
      join "engagement" r on r."activity_id" = n."id"
      left join "moved_engagement" me on me."engagement_id" = r."id"
      ${ROW_PARTIES}
      where v."party" is not null and ${changed(ACTIVITY_COLUMNS)}`)}
    end if;
    return null;
  end
$$;`;

/** The register tables whose rows decide which groups a party's records match, each with its party (kind, column) and the columns coverage reads. */
const PARTY_TABLES: { table: string; kind: number; party: string; columns: string[] }[] = [
  { table: 'group_organisation', kind: 1, party: 'organisation_id', columns: ['group_id', 'organisation_id', 'since', 'until', 'inherited_at'] },
  { table: 'group_contact', kind: 2, party: 'contact_id', columns: ['group_id', 'contact_id', 'since', 'until'] },
  { table: 'merged_membership', kind: 1, party: 'organisation_id', columns: ['group_id', 'organisation_id', 'since', 'until', 'counts_from'] },
  { table: 'moved_engagement', kind: 1, party: 'recorded_organisation_id', columns: ['engagement_id', 'recorded_organisation_id'] },
];

/**
 * Keys of parties (a select of party_kind, party): every consultation where the party has records (by
 * organisation, moved or not, or by contact) or kept folds.
 */
const partyKeys = (parties: string) => `with p as materialized (${parties})
      select a."consultation_id", p."party_kind", p."party" from p join "engagement" e on e."organisation_id" = p."party" join "activity" a on a."id" = e."activity_id" where p."party_kind" = 1
      union
      select a."consultation_id", p."party_kind", p."party" from p join "moved_engagement" me on me."recorded_organisation_id" = p."party" join "engagement" e on e."id" = me."engagement_id" join "activity" a on a."id" = e."activity_id" where p."party_kind" = 1
      union
      select a."consultation_id", p."party_kind", p."party" from p join "engagement" e on e."contact_id" = p."party" join "activity" a on a."id" = e."activity_id" where p."party_kind" = 2
      union
      select f."consultation_id", f."party_kind", f."party" from p join "coverage_fold" f on f."party" = p."party" and f."party_kind" = p."party_kind"`;

/** The parties a changed row of a PARTY_TABLES table touches (`row` n or o); a moved engagement's current organisation too. */
const rowParties = ({ table, kind, party }: (typeof PARTY_TABLES)[number], row: string) =>
  table === 'moved_engagement'
    ? `select ${kind}::smallint as "party_kind", ${row}."${party}" as "party" from ${row === 'n' ? '"new_rows"' : '"old_rows"'} ${row}
       union all select 1::smallint, e."organisation_id" from ${row === 'n' ? '"new_rows"' : '"old_rows"'} ${row} join "engagement" e on e."id" = ${row}."engagement_id" where e."organisation_id" is not null`
    : `select ${kind}::smallint as "party_kind", ${row}."${party}" as "party" from ${row === 'n' ? '"new_rows"' : '"old_rows"'} ${row}`;

/**
 * keep_<table>_coverage: raises the register counter (as raise_register_coverage_generation did), then locks
 * the consultations where the changed rows' parties have records or folds (in id order) and refreshes those
 * folds. The register row's lock comes first, as for every writer of folds.
 */
const keepPartyTableFunction = (spec: (typeof PARTY_TABLES)[number]) => {
  const updatedParties = `select * from (${rowParties(spec, 'n')} union all ${rowParties(spec, 'o')}) u
      where exists (select 1 from "new_rows" n join "old_rows" o on ${spec.table === 'moved_engagement' ? 'o."engagement_id" = n."engagement_id"' : 'o."id" = n."id"'} where ${changed(spec.columns)})`;
  const refresh = (
    parties: string,
  ) => `select coalesce(array_agg(k."consultation_id"), '{}'), coalesce(array_agg(k."party_kind"), '{}'), coalesce(array_agg(k."party"), '{}')
        into "key_consultations", "key_kinds", "key_parties"
        from (${partyKeys(`select distinct * from (${parties}) q where q."party" is not null`)}) k;
      perform "lock_coverage_consultations"("key_consultations");
      perform "refresh_coverage_folds"("key_consultations", "key_kinds", "key_parties");`;
  return `create function "keep_${spec.table}_coverage"() returns trigger language plpgsql as $$
  declare
    "key_consultations" uuid[];
    "key_kinds" smallint[];
    "key_parties" uuid[];
  begin
    if TG_OP = 'INSERT' then
      if not exists (select 1 from "new_rows") then return null; end if;
      ${RAISE_REGISTER}
      ${refresh(rowParties(spec, 'n'))}
    elsif TG_OP = 'DELETE' then
      if not exists (select 1 from "old_rows") then return null; end if;
      ${RAISE_REGISTER}
      ${refresh(rowParties(spec, 'o'))}
    else
      if not exists (select 1 from "new_rows") then return null; end if;
      ${RAISE_REGISTER}
      ${refresh(updatedParties)}
    end if;
    return null;
  end
$$;`;
};

/** The tables whose TRUNCATE rebuilds every fold. */
const TRUNCATED_TABLES = ['engagement', 'activity', 'consultation', 'stakeholder_group', ...PARTY_TABLES.map((spec) => spec.table)];

const rowTriggers = (table: string, fn: string, prefix: string) => [
  `create trigger "${table}_${prefix}_insert" after insert on "${table}" referencing new table as "new_rows" for each statement execute function "${fn}"();`,
  `create trigger "${table}_${prefix}_update" after update on "${table}" referencing old table as "old_rows" new table as "new_rows" for each statement execute function "${fn}"();`,
  `create trigger "${table}_${prefix}_delete" after delete on "${table}" referencing old table as "old_rows" for each statement execute function "${fn}"();`,
];

/** The generation triggers that the keep_… triggers replace (the same counters, raised by the new functions). */
const REPLACED: [table: string, fn: string][] = [
  ['engagement', 'raise_engagement_coverage_generation'],
  ['activity', 'raise_activity_coverage_generation'],
  ...PARTY_TABLES.map((spec): [string, string] => [spec.table, 'raise_register_coverage_generation']),
];

/**
 * Coverage folds, kept by triggers in the writing transaction:
 *
 * - coverage_fold: per (consultation, group, party) the fold of the party's records that match the group
 *   (invited?, heard?, phases heard, first date heard; for a group's group-only records, party_kind 0, the
 *   people heard), kept only when it counts (invited or heard);
 * - coverage_tally: per (consultation, group) the sums of its folds (invited parties, heard parties plus
 *   people, folds heard in each phase) and their first date heard: a consultationCoverage row.
 *
 * Statement-level triggers on engagement, activity, group_organisation, group_contact, merged_membership and
 * moved_engagement (replacing their coverage-generation triggers, whose counters the new functions still
 * raise) refresh the folds of the parties a statement touches: recomputed from the party's records, never
 * incremented, so voiding, deleting, a period or an activity date changed and merges are all the same case.
 * Writers lock in one order: the register counter (raised by register writers, shared by the others), then
 * the consultations' counters in id order, then the folds. A TRUNCATE of any of those tables rebuilds them all.
 */
export class Migration20261201110000CoverageFolds extends Migration {
  override up(): void {
    this.addSql(
      `create table "coverage_fold" ("consultation_id" uuid not null, "party_kind" smallint not null, "party" uuid not null, "group_id" uuid not null, "invited" boolean not null, "heard" boolean not null, "phases" smallint not null, "first_heard_on" date null, "people" bigint not null, constraint "coverage_fold_pkey" primary key ("consultation_id", "party_kind", "party", "group_id"));`,
    );
    this.addSql(`create index "coverage_fold_party_index" on "coverage_fold" ("party");`);
    this.addSql(
      `create index "coverage_fold_group_id_consultation_id_first_heard_on_index" on "coverage_fold" ("group_id", "consultation_id", "first_heard_on");`,
    );
    this.addSql(
      `create table "coverage_tally" ("consultation_id" uuid not null, "group_id" uuid not null, "invited" int not null, "heard" bigint not null, ${PHASE_COUNT_COLUMNS.map((column) => `"${column}" int not null`).join(', ')}, "first_heard_on" date null, constraint "coverage_tally_pkey" primary key ("consultation_id", "group_id"));`,
    );
    this.addSql(`create index "coverage_tally_group_id_index" on "coverage_tally" ("group_id");`);
    for (const table of ['coverage_fold', 'coverage_tally']) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`,
      );
      this.addSql(
        `alter table "${table}" add constraint "${table}_group_id_foreign" foreign key ("group_id") references "stakeholder_group" ("id") on update cascade on delete cascade;`,
      );
    }

    // A group's group-only records by activity, as the folds read them (an organisation's and a contact's
    // through their history indexes, migration-20261201100000-connection-orders).
    this.addSql(
      `create index "engagement_group_only_index" on "engagement" ("group_id", "activity_id") where "organisation_id" is null and "contact_id" is null;`,
    );

    for (const sql of [REFRESH_FUNCTION, REBUILD_FUNCTION, LOCK_FUNCTION, SHARE_REGISTER_FUNCTION, KEEP_ENGAGEMENT_FUNCTION, KEEP_ACTIVITY_FUNCTION])
      this.addSql(sql);
    for (const spec of PARTY_TABLES) this.addSql(keepPartyTableFunction(spec));
    this.addSql(`create function "rebuild_coverage_folds_after_truncate"() returns trigger language plpgsql as $$
  begin
    perform "rebuild_coverage_folds"();
    return null;
  end
$$;`);

    for (const [table] of REPLACED) {
      for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger "${table}_coverage_generation_${event}" on "${table}";`);
    }
    for (const sql of [
      ...rowTriggers('engagement', 'keep_engagement_coverage', 'coverage'),
      ...rowTriggers('activity', 'keep_activity_coverage', 'coverage'),
      ...PARTY_TABLES.flatMap((spec) => rowTriggers(spec.table, `keep_${spec.table}_coverage`, 'coverage')),
    ])
      this.addSql(sql);
    for (const table of TRUNCATED_TABLES)
      this.addSql(
        `create trigger "${table}_coverage_fold_truncate" after truncate on "${table}" for each statement execute function "rebuild_coverage_folds_after_truncate"();`,
      );

    this.addSql(`select "rebuild_coverage_folds"();`);
  }

  override down(): void {
    for (const table of TRUNCATED_TABLES) this.addSql(`drop trigger if exists "${table}_coverage_fold_truncate" on "${table}";`);
    for (const [table, fn] of REPLACED) {
      for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "${table}_coverage_${event}" on "${table}";`);
      this.addSql(
        `create trigger "${table}_coverage_generation_insert" after insert on "${table}" referencing new table as "new_rows" for each statement execute function "${fn}"();`,
      );
      this.addSql(
        `create trigger "${table}_coverage_generation_update" after update on "${table}" referencing old table as "old_rows" new table as "new_rows" for each statement execute function "${fn}"();`,
      );
      this.addSql(
        `create trigger "${table}_coverage_generation_delete" after delete on "${table}" referencing old table as "old_rows" for each statement execute function "${fn}"();`,
      );
    }
    for (const fn of [
      'rebuild_coverage_folds_after_truncate()',
      ...PARTY_TABLES.map((spec) => `keep_${spec.table}_coverage()`),
      'keep_activity_coverage()',
      'keep_engagement_coverage()',
      'share_register_coverage_generation()',
      'lock_coverage_consultations(uuid[])',
      'rebuild_coverage_folds()',
      'refresh_coverage_folds(uuid[], smallint[], uuid[])',
    ])
      this.addSql(`drop function if exists ${fn.replace(/^([a-z_]+)/, '"$1"')};`);
    this.addSql(`drop table if exists "coverage_tally" cascade;`);
    this.addSql(`drop table if exists "coverage_fold" cascade;`);
    this.addSql(`drop index if exists "engagement_group_only_index";`);
  }
}
