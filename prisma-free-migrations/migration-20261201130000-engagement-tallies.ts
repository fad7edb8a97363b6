import { Migration } from '@mikro-orm/migrations';

/*
 * Organisation engagement tallies (issue 14, item 3 (b)): `Organisation.engagementStats` without a date answers
 * from one kept row per organisation, as consultationCoverage answers from its folds, instead of counting the
 * organisation's records and reading each heard record's activity for its date (1.5 ms of PostgreSQL for an
 * organisation with 3,000 records on the scale register). docs/coverage.md ("Engagement statistics") explains it.
 * The counts are those of CoverageRepository.engagementStats, which stays the reference the tests compare with:
 * the records that name the organisation now (a merge's moved records count for the organisation they moved
 * to), voided ones left out; heard = PARTICIPATED or SUBMITTED; the last heard = the latest date of an activity
 * with a heard record.
 */

const TALLY = '"organisation_engagement_tally"';
const HEARD = `('PARTICIPATED', 'SUBMITTED')`;

/** The tally columns as aggregates over records `e` (not voided) and their activities `a`. */
const COUNTS = `count(e."id") filter (where e."kind" = 'INVITED')::int as "invited",
           count(e."id") filter (where e."kind" = 'DECLINED')::int as "declined",
           count(e."id") filter (where e."kind" in ${HEARD})::int as "heard",
           max(a."date") filter (where e."kind" in ${HEARD}) as "last_heard_on"`;

/** The engagement columns the tallies read. */
const ENGAGEMENT_COLUMNS = ['organisation_id', 'kind', 'voided', 'activity_id'];
const changed = (columns: string[]) =>
  `(${columns.map((column) => `n."${column}"`).join(', ')}) is distinct from (${columns.map((column) => `o."${column}"`).join(', ')})`;

/**
 * Locks the tally rows of the organisations (made with zeros when missing; organisations that no longer exist
 * left out) in id order, so that writers of the same organisations queue on them and never deadlock among
 * themselves. A writer locks them after its coverage locks (its triggers fire after the coverage ones, by
 * name), so every writer takes its locks in one order. A statement after the lock sees what the writers
 * before it committed.
 */
const LOCK_FUNCTION = `create function "lock_organisation_engagement_tallies"("organisations" uuid[]) returns void language plpgsql as $$
  begin
    if coalesce(cardinality("organisations"), 0) = 0 then return; end if;
    insert into ${TALLY} as t ("organisation_id", "invited", "declined", "heard", "last_heard_on")
    select distinct o."id", 0, 0, 0, null::date from "organisation" o where o."id" = any("organisations") order by 1
    on conflict ("organisation_id") do update set "invited" = t."invited";
  end
$$;`;

/** Recomputes the organisations' tallies from their records, after locking them. */
const REFRESH_FUNCTION = `create function "refresh_organisation_engagement_tallies"("organisations" uuid[]) returns void language plpgsql as $$
  begin
    if coalesce(cardinality("organisations"), 0) = 0 then return; end if;
    perform "lock_organisation_engagement_tallies"("organisations");
    update ${TALLY} t set "invited" = s."invited", "declined" = s."declined", "heard" = s."heard", "last_heard_on" = s."last_heard_on"
    from (
      select k."id", ${COUNTS}
      from (select distinct unnest("organisations") as "id") k
      left join ("engagement" e join "activity" a on a."id" = e."activity_id") on e."organisation_id" = k."id" and not e."voided"
      group by k."id"
    ) s
    where t."organisation_id" = s."id";
  end
$$;`;

/** Every tally made again from the whole history (after a TRUNCATE, or by hand after a load with triggers off). */
const REBUILD_FUNCTION = `create function "rebuild_organisation_engagement_tallies"() returns void language plpgsql as $$
  begin
    delete from ${TALLY};
    insert into ${TALLY} ("organisation_id", "invited", "declined", "heard", "last_heard_on")
    select e."organisation_id", ${COUNTS}
    from "engagement" e join "activity" a on a."id" = e."activity_id"
    where e."organisation_id" is not null and not e."voided"
    group by e."organisation_id";
  end
$$;`;

/**
 * keep_engagement_tallies: new records add to their organisations' tallies (after locking them, so the sums
 * are exact under concurrent writers); records changed or deleted have the tallies of the organisations they
 * named before and after recomputed.
 */
const KEEP_ENGAGEMENT_FUNCTION = `create function "keep_engagement_tallies"() returns trigger language plpgsql as $$
  begin
    if TG_OP = 'INSERT' then
      perform "lock_organisation_engagement_tallies"(array(select distinct n."organisation_id" from "new_rows" n where n."organisation_id" is not null and not n."voided"));
      update ${TALLY} t
      set "invited" = t."invited" + s."invited", "declined" = t."declined" + s."declined", "heard" = t."heard" + s."heard",
          "last_heard_on" = greatest(t."last_heard_on", s."last_heard_on")
      from (
        select e."organisation_id", ${COUNTS}
        from "new_rows" e join "activity" a on a."id" = e."activity_id"
        where e."organisation_id" is not null and not e."voided"
        group by e."organisation_id"
      ) s
      where t."organisation_id" = s."organisation_id";
    elsif TG_OP = 'DELETE' then
      perform "refresh_organisation_engagement_tallies"(array(select distinct o."organisation_id" from "old_rows" o where o."organisation_id" is not null));
    else
      perform "refresh_organisation_engagement_tallies"(array(
        select distinct x."organisation_id"
        from "new_rows" n join "old_rows" o on o."id" = n."id"
        cross join lateral (values (n."organisation_id"), (o."organisation_id")) x("organisation_id")
        where x."organisation_id" is not null and ${changed(ENGAGEMENT_COLUMNS)}
      ));
    end if;
    return null;
  end
$$;`;

/** keep_activity_tallies: an activity whose date changed has the tallies of its records' organisations recomputed. */
const KEEP_ACTIVITY_FUNCTION = `create function "keep_activity_tallies"() returns trigger language plpgsql as $$
  begin
    perform "refresh_organisation_engagement_tallies"(array(
      select distinct e."organisation_id"
      from "new_rows" n join "old_rows" o on o."id" = n."id"
      join "engagement" e on e."activity_id" = n."id"
      where e."organisation_id" is not null and n."date" is distinct from o."date"
    ));
    return null;
  end
$$;`;

/**
 * One row per organisation with records: its engagementStats of all time, kept by statement-level triggers on
 * engagement (insert, update, delete) and activity (its date changed) in the writing transaction. An activity
 * deleted takes its records with it, whose trigger recomputes; an organisation deleted takes its row (cascade).
 * A TRUNCATE of engagement rebuilds them all.
 */
export class Migration20261201130000EngagementTallies extends Migration {
  override up(): void {
    this.addSql(
      `create table ${TALLY} ("organisation_id" uuid not null, "invited" int not null, "declined" int not null, "heard" int not null, "last_heard_on" date null, constraint "organisation_engagement_tally_pkey" primary key ("organisation_id"));`,
    );
    this.addSql(
      `alter table ${TALLY} add constraint "organisation_engagement_tally_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    for (const sql of [LOCK_FUNCTION, REFRESH_FUNCTION, REBUILD_FUNCTION, KEEP_ENGAGEMENT_FUNCTION, KEEP_ACTIVITY_FUNCTION]) this.addSql(sql);
    this.addSql(`create function "rebuild_organisation_engagement_tallies_after_truncate"() returns trigger language plpgsql as $$
  begin
    perform "rebuild_organisation_engagement_tallies"();
    return null;
  end
$$;`);
    // Named after the coverage triggers ("…_coverage_…" < "…_tally_…"): PostgreSQL fires a table's triggers
    // of one event in name order, so a writer takes the coverage locks first, then the tallies'.
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
      `create trigger "engagement_tally_truncate" after truncate on "engagement" for each statement execute function "rebuild_organisation_engagement_tallies_after_truncate"();`,
    );
    this.addSql(`select "rebuild_organisation_engagement_tallies"();`);
  }

  override down(): void {
    this.addSql(`drop trigger if exists "engagement_tally_truncate" on "engagement";`);
    this.addSql(`drop trigger if exists "activity_tally_update" on "activity";`);
    for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "engagement_tally_${event}" on "engagement";`);
    for (const fn of [
      'rebuild_organisation_engagement_tallies_after_truncate()',
      'keep_activity_tallies()',
      'keep_engagement_tallies()',
      'rebuild_organisation_engagement_tallies()',
      'refresh_organisation_engagement_tallies(uuid[])',
      'lock_organisation_engagement_tallies(uuid[])',
    ])
      this.addSql(`drop function if exists ${fn.replace(/^([a-z_]+)/, '"$1"')};`);
    this.addSql(`drop table if exists ${TALLY} cascade;`);
  }
}
