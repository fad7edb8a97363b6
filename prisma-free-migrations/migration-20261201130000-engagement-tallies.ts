import { Migration } from '@mikro-orm/migrations';

/*
 * Organisation engagement tallies (issue 14, item 3 (b)): `Organisation.engagementStats` without a date answers
 * from the organisation's kept tallies, one row per consultation it has records in, instead of counting its
 * records and reading each heard record's activity for its date (1.5 ms of PostgreSQL for an organisation with
 * 3,000 records on the scale register). docs/coverage.md ("Engagement statistics of all time") explains it.
 * The counts are those of CoverageRepository.engagementStatsFromRecords, the reference the tests compare with:
 * the records that name the organisation now (a merge's moved records count for the organisation they moved
 * to), voided ones left out; heard = PARTICIPATED or SUBMITTED; the last heard = the latest date of an activity
 * with a heard record.
 *
 * Why per consultation: every statement that changes what a tally counts (a record written, voided, deleted or
 * moved; an activity redated or moved) already holds, from its coverage trigger, the lock of each consultation
 * it touches (lock_coverage_consultations, migration-20261201110000-coverage-folds), until it commits. A tally of
 * (organisation, consultation) is written only under its consultation's lock, so writers of one consultation
 * queue there as they do for the folds, writers of different consultations never wait for each other here, and
 * a recount made after the lock sees every committed record of the consultation. The tally triggers fire after
 * the coverage ones (PostgreSQL fires a table's triggers of one event in name order: "…_coverage_…" before
 * "…_tally_…"), so the lock is always held when they run.
 */

const TALLY = '"organisation_engagement_tally"';

/** The index that engagementStats reads (as the entity declares it). */
const SUMS_INDEX = `create index "organisation_engagement_tally_sums_index" on ${TALLY} ("organisation_id") include ("invited", "declined", "heard", "last_heard_on")`;
const HEARD = `('PARTICIPATED', 'SUBMITTED')`;

/** The tally columns as aggregates over records `e` (not voided) and their activities `a`. */
const COUNTS = `count(e."id") filter (where e."kind" = 'INVITED')::int as "invited",
           count(e."id") filter (where e."kind" = 'DECLINED')::int as "declined",
           count(e."id") filter (where e."kind" in ${HEARD})::int as "heard",
           max(a."date") filter (where e."kind" in ${HEARD}) as "last_heard_on"`;

const COLUMNS = `"organisation_id", "consultation_id", "invited", "declined", "heard", "last_heard_on"`;

/** The engagement columns the tallies read. */
const ENGAGEMENT_COLUMNS = ['organisation_id', 'kind', 'voided', 'activity_id'];
const changed = (columns: string[]) =>
  `(${columns.map((column) => `n."${column}"`).join(', ')}) is distinct from (${columns.map((column) => `o."${column}"`).join(', ')})`;

/**
 * Recounts the tallies of the (organisation, consultation) keys from their records: the organisation's records
 * through its history index (activity, kind and voided included), those of the consultation's activities kept.
 * Keys whose organisation or consultation no longer exists (deleted in this transaction) are left to the
 * cascade that deletes their rows.
 */
const REFRESH_FUNCTION = `create function "refresh_organisation_engagement_tallies"("organisations" uuid[], "consultations" uuid[]) returns void language plpgsql as $$
  begin
    if coalesce(cardinality("organisations"), 0) = 0 then return; end if;
    insert into ${TALLY} as t (${COLUMNS})
    select k."organisation_id", k."consultation_id", ${COUNTS}
    from (select distinct u."organisation_id", u."consultation_id" from unnest("organisations", "consultations") u("organisation_id", "consultation_id")) k
    join "organisation" o on o."id" = k."organisation_id"
    join "consultation" c on c."id" = k."consultation_id"
    left join ("engagement" e join "activity" a on a."id" = e."activity_id")
      on e."organisation_id" = k."organisation_id" and a."consultation_id" = k."consultation_id" and not e."voided"
    group by k."organisation_id", k."consultation_id"
    order by 1, 2
    on conflict ("organisation_id", "consultation_id") do update
      set "invited" = excluded."invited", "declined" = excluded."declined", "heard" = excluded."heard", "last_heard_on" = excluded."last_heard_on";
  end
$$;`;

/** Every tally made again from the whole history (after a TRUNCATE, or by hand after a load with triggers off). */
const REBUILD_FUNCTION = `create function "rebuild_organisation_engagement_tallies"() returns void language plpgsql as $$
  begin
    delete from ${TALLY};
    insert into ${TALLY} (${COLUMNS})
    select e."organisation_id", a."consultation_id", ${COUNTS}
    from "engagement" e join "activity" a on a."id" = e."activity_id"
    where e."organisation_id" is not null and not e."voided"
    group by e."organisation_id", a."consultation_id";
  end
$$;`;

/** A recount of the keys selected by `keys` (a select of organisation_id, consultation_id). */
const refreshKeys = (keys: string) => `select coalesce(array_agg(k."organisation_id"), '{}'), coalesce(array_agg(k."consultation_id"), '{}')
        into "key_organisations", "key_consultations"
        from (${keys}) k where k."organisation_id" is not null and k."consultation_id" is not null;
      perform "refresh_organisation_engagement_tallies"("key_organisations", "key_consultations");`;

/**
 * keep_engagement_tallies: new records add to their (organisation, consultation) tallies; records changed or
 * deleted have the tallies they counted in before and after recounted.
 */
const KEEP_ENGAGEMENT_FUNCTION = `create function "keep_engagement_tallies"() returns trigger language plpgsql as $$
  declare
    "key_organisations" uuid[];
    "key_consultations" uuid[];
  begin
    if TG_OP = 'INSERT' then
      insert into ${TALLY} as t (${COLUMNS})
      select e."organisation_id", a."consultation_id", ${COUNTS}
      from "new_rows" e join "activity" a on a."id" = e."activity_id"
      where e."organisation_id" is not null and not e."voided"
      group by e."organisation_id", a."consultation_id"
      order by 1, 2
      on conflict ("organisation_id", "consultation_id") do update
        set "invited" = t."invited" + excluded."invited", "declined" = t."declined" + excluded."declined", "heard" = t."heard" + excluded."heard",
            "last_heard_on" = greatest(t."last_heard_on", excluded."last_heard_on");
    elsif TG_OP = 'DELETE' then
      ${refreshKeys(`select o."organisation_id", a."consultation_id" from "old_rows" o join "activity" a on a."id" = o."activity_id"`)}
    else
      ${refreshKeys(`select x."organisation_id", a."consultation_id"
        from "new_rows" n join "old_rows" o on o."id" = n."id"
        cross join lateral (values (n."organisation_id", n."activity_id"), (o."organisation_id", o."activity_id")) x("organisation_id", "activity_id")
        join "activity" a on a."id" = x."activity_id"
        where ${changed(ENGAGEMENT_COLUMNS)}`)}
    end if;
    return null;
  end
$$;`;

/**
 * keep_activity_tallies: an activity redated or moved to another consultation has its records' tallies
 * recounted, in both consultations. An activity deleted took its records with it before this runs (their
 * trigger could not tell their consultation): every tally of its consultation is recounted.
 */
const KEEP_ACTIVITY_FUNCTION = `create function "keep_activity_tallies"() returns trigger language plpgsql as $$
  declare
    "key_organisations" uuid[];
    "key_consultations" uuid[];
  begin
    if TG_OP = 'DELETE' then
      ${refreshKeys(`select t."organisation_id", t."consultation_id" from ${TALLY} t where t."consultation_id" in (select o."consultation_id" from "old_rows" o)`)}
    else
      ${refreshKeys(`select e."organisation_id", x."consultation_id"
        from "new_rows" n join "old_rows" o on o."id" = n."id"
        cross join lateral (values (n."consultation_id"), (o."consultation_id")) x("consultation_id")
        join "engagement" e on e."activity_id" = n."id"
        where (n."date", n."consultation_id") is distinct from (o."date", o."consultation_id")`)}
    end if;
    return null;
  end
$$;`;

/**
 * Per (organisation, consultation) with records: the counts of engagementStats of all time, which the
 * organisation's rows add up to, kept by statement-level triggers on engagement (insert, update, delete) and
 * activity (its date or consultation changed, or deleted with its records) in the writing transaction. An
 * organisation or consultation deleted takes its rows (cascade). A TRUNCATE of engagement rebuilds them all.
 */
export class Migration20261201130000EngagementTallies extends Migration {
  override up(): void {
    this.addSql(
      `create table ${TALLY} ("organisation_id" uuid not null, "consultation_id" uuid not null, "invited" int not null, "declined" int not null, "heard" int not null, "last_heard_on" date null, constraint "organisation_engagement_tally_pkey" primary key ("organisation_id", "consultation_id"));`,
    );
    this.addSql(`create index "organisation_engagement_tally_consultation_id_index" on ${TALLY} ("consultation_id");`);
    // An organisation's sums from the index alone (760 rows of the most engaged organisation: 1.1 ms reading
    // them from the table, 0.26 ms from this index, on the scale register).
    this.addSql(`${SUMS_INDEX};`);
    for (const [column, table] of [
      ['organisation_id', 'organisation'],
      ['consultation_id', 'consultation'],
    ])
      this.addSql(
        `alter table ${TALLY} add constraint "organisation_engagement_tally_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete cascade;`,
      );
    for (const sql of [REFRESH_FUNCTION, REBUILD_FUNCTION, KEEP_ENGAGEMENT_FUNCTION, KEEP_ACTIVITY_FUNCTION]) this.addSql(sql);
    this.addSql(`create function "rebuild_organisation_engagement_tallies_after_truncate"() returns trigger language plpgsql as $$
  begin
    perform "rebuild_organisation_engagement_tallies"();
    return null;
  end
$$;`);
    // Named after the coverage triggers ("…_coverage_…" < "…_tally_…"): they run after them, under the
    // consultations' locks that the coverage triggers take.
    for (const [event, transition] of [
      ['insert', 'new table as "new_rows"'],
      ['update', 'old table as "old_rows" new table as "new_rows"'],
      ['delete', 'old table as "old_rows"'],
    ])
      this.addSql(
        `create trigger "engagement_tally_${event}" after ${event} on "engagement" referencing ${transition} for each statement execute function "keep_engagement_tallies"();`,
      );
    this.addSql(
      `create trigger "activity_tally_update" after update on "activity" referencing old table as "old_rows" new table as "new_rows" for each statement execute function "keep_activity_tallies"();`,
    );
    this.addSql(
      `create trigger "activity_tally_delete" after delete on "activity" referencing old table as "old_rows" for each statement execute function "keep_activity_tallies"();`,
    );
    this.addSql(
      `create trigger "engagement_tally_truncate" after truncate on "engagement" for each statement execute function "rebuild_organisation_engagement_tallies_after_truncate"();`,
    );
    this.addSql(`select "rebuild_organisation_engagement_tallies"();`);
  }

  override down(): void {
    this.addSql(`drop trigger if exists "engagement_tally_truncate" on "engagement";`);
    this.addSql(`drop trigger if exists "activity_tally_delete" on "activity";`);
    this.addSql(`drop trigger if exists "activity_tally_update" on "activity";`);
    for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "engagement_tally_${event}" on "engagement";`);
    for (const fn of [
      'rebuild_organisation_engagement_tallies_after_truncate()',
      'keep_activity_tallies()',
      'keep_engagement_tallies()',
      'rebuild_organisation_engagement_tallies()',
      'refresh_organisation_engagement_tallies(uuid[], uuid[])',
    ])
      this.addSql(`drop function if exists ${fn.replace(/^([a-z_]+)/, '"$1"')};`);
    this.addSql(`drop table if exists ${TALLY} cascade;`);
  }
}
