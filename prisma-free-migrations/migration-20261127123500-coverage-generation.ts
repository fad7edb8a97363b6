import { Migration } from '@mikro-orm/migrations';

/** Tables whose changes may change any consultation's coverage: groups, memberships, the merge history. */
const REGISTER_TABLES = ['stakeholder_group', 'group_organisation', 'group_contact', 'moved_engagement', 'merged_membership', 'inherited_membership'];

/** Tables whose changes change the coverage of the consultations of the changed rows. */
const CONSULTATION_TABLES: [table: string, fn: string][] = [
  ['engagement', 'raise_engagement_coverage_generation'],
  ['activity', 'raise_activity_coverage_generation'],
  ['consultation_target_group', 'raise_target_group_coverage_generation'],
];

/** The engagement columns that coverage reads (an update of its notes alone changes no answer). */
const ENGAGEMENT_COLUMNS = ['activity_id', 'kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count', 'created_at'];

/** The activity columns that coverage reads (a new title changes no answer). */
const ACTIVITY_COLUMNS = ['consultation_id', 'phase', 'date'];

/** `(n."a", n."b") is distinct from (o."a", o."b")` for the columns. */
const changed = (columns: string[]) =>
  `(${columns.map((column) => `n."${column}"`).join(', ')}) is distinct from (${columns.map((column) => `o."${column}"`).join(', ')})`;

/**
 * Raises the counters of the consultations that `consultations` (a select of one consultation_id column)
 * names: one statement, in id order, so that concurrent writers lock their counters in the same order. A
 * consultation deleted by the same statement has no counter left to raise. The consultations are gathered
 * first (a materialised CTE): a row that a FOR SHARE lock finds moved is then re-read on its own, not
 * re-checked against the consultation row it joined before the move (which would drop it).
 */
const raiseConsultations = (consultations: string) => `
          with r as materialized (${consultations})
          insert into "consultation_coverage_generation" as g ("consultation_id", "generation")
          select distinct r."consultation_id", 1 from r join "consultation" c on c."id" = r."consultation_id"
          order by 1
          on conflict ("consultation_id") do update set "generation" = g."generation" + 1;`;

/**
 * The consultations of engagements' activities, the activities locked FOR SHARE: an engagement written
 * while another transaction moves its activity to another consultation waits for that move to commit, then
 * raises the consultation the activity now belongs to.
 */
const consultationsOfActivities = (activityIds: string) => `select a."consultation_id" from "activity" a where a."id" in (${activityIds}) for share of a`;

/**
 * Coverage generations (libs/coverage, CoverageCacheService): counters that triggers raise in the writing
 * transaction, so that a coverage answer computed in one snapshot can be reused, by any API instance,
 * for exactly as long as nothing it depends on has changed. Statement-level triggers with transition
 * tables: one counter update per statement that changed what coverage reads (a COPY of a million
 * engagements raises each of their consultations' counters once; a cascade that deletes nothing, or an
 * update of notes or titles, raises nothing).
 *
 * - register_coverage_generation (one row): stakeholder groups, group memberships of organisations and
 *   contacts, the merge history; and any truncate of the tables below.
 * - consultation_coverage_generation (a row per consultation, made on its first change): its engagements
 *   (by their activity), its activities (both consultations when one moves) and its target groups.
 *
 * Triggers do not fire under session_replication_role = replica (logical replication, pg_restore
 * --disable-triggers): restart the API instances after such a load.
 */
export class Migration20261127123500CoverageGeneration extends Migration {
  override up(): void {
    this.addSql(
      `create table "register_coverage_generation" ("id" smallint not null, "generation" bigint not null default 0, constraint "register_coverage_generation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "consultation_coverage_generation" ("consultation_id" uuid not null, "generation" bigint not null default 0, constraint "consultation_coverage_generation_pkey" primary key ("consultation_id"));`,
    );
    this.addSql(
      `alter table "consultation_coverage_generation" add constraint "consultation_coverage_generation_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`insert into "register_coverage_generation" ("id", "generation") values (1, 0);`);

    // One query per transition table: a query naming a table that this event lacks would fail. An upsert, so
    // that a deleted counter row comes back rather than leaving every generation unchanged for ever.
    this.addSql(`create function "raise_register_coverage_generation"() returns trigger language plpgsql as $$
      begin
        if TG_OP in ('INSERT', 'UPDATE') then
          if not exists (select 1 from "new_rows") then return null; end if;
        elsif TG_OP = 'DELETE' then
          if not exists (select 1 from "old_rows") then return null; end if;
        end if;
        insert into "register_coverage_generation" as g ("id", "generation") values (1, 1)
        on conflict ("id") do update set "generation" = g."generation" + 1;
        return null;
      end
    $$;`);

    // For UPDATE, the old and the new rows' consultations in one sorted statement (a move of an activity
    // from A to B and another from B to A must not lock the counters in opposite orders).
    const consultationFunction = (name: string, inserted: string, deleted: string, updated: string) =>
      this.addSql(`create function "${name}"() returns trigger language plpgsql as $$
      begin
        if TG_OP = 'INSERT' then${raiseConsultations(inserted)}
        elsif TG_OP = 'DELETE' then${raiseConsultations(deleted)}
        else${raiseConsultations(updated)}
        end if;
        return null;
      end
    $$;`);
    consultationFunction(
      'raise_engagement_coverage_generation',
      consultationsOfActivities('select "activity_id" from "new_rows"'),
      consultationsOfActivities('select "activity_id" from "old_rows"'),
      consultationsOfActivities(
        `select unnest(array[n."activity_id", o."activity_id"]) from "new_rows" n join "old_rows" o on o."id" = n."id" where ${changed(ENGAGEMENT_COLUMNS)}`,
      ),
    );
    consultationFunction(
      'raise_activity_coverage_generation',
      'select "consultation_id" from "new_rows"',
      'select "consultation_id" from "old_rows"',
      `select unnest(array[n."consultation_id", o."consultation_id"]) as "consultation_id" from "new_rows" n join "old_rows" o on o."id" = n."id" where ${changed(ACTIVITY_COLUMNS)}`,
    );
    consultationFunction(
      'raise_target_group_coverage_generation',
      'select "consultation_id" from "new_rows"',
      'select "consultation_id" from "old_rows"',
      'select "consultation_id" from "new_rows" union all select "consultation_id" from "old_rows"',
    );

    const statementTriggers = (table: string, fn: string) => {
      this.addSql(
        `create trigger "${table}_coverage_generation_insert" after insert on "${table}" referencing new table as "new_rows" for each statement execute function "${fn}"();`,
      );
      this.addSql(
        `create trigger "${table}_coverage_generation_update" after update on "${table}" referencing old table as "old_rows" new table as "new_rows" for each statement execute function "${fn}"();`,
      );
      this.addSql(
        `create trigger "${table}_coverage_generation_delete" after delete on "${table}" referencing old table as "old_rows" for each statement execute function "${fn}"();`,
      );
      this.addSql(
        `create trigger "${table}_coverage_generation_truncate" after truncate on "${table}" for each statement execute function "raise_register_coverage_generation"();`,
      );
    };
    for (const table of REGISTER_TABLES) statementTriggers(table, 'raise_register_coverage_generation');
    for (const [table, fn] of CONSULTATION_TABLES) statementTriggers(table, fn);
  }

  override down(): void {
    for (const table of [...REGISTER_TABLES, ...CONSULTATION_TABLES.map(([name]) => name)]) {
      for (const event of ['insert', 'update', 'delete', 'truncate'])
        this.addSql(`drop trigger if exists "${table}_coverage_generation_${event}" on "${table}";`);
    }
    for (const fn of [
      'raise_engagement_coverage_generation',
      'raise_activity_coverage_generation',
      'raise_target_group_coverage_generation',
      'raise_register_coverage_generation',
    ]) {
      this.addSql(`drop function if exists "${fn}"();`);
    }
    this.addSql(`drop table if exists "consultation_coverage_generation" cascade;`);
    this.addSql(`drop table if exists "register_coverage_generation" cascade;`);
  }
}
