import { Migration } from '@mikro-orm/migrations';

/** Tables whose changes may change any consultation's coverage: groups, memberships, the merge history. */
const REGISTER_TABLES = ['stakeholder_group', 'group_organisation', 'group_contact', 'moved_engagement', 'merged_membership', 'inherited_membership'];

/** Tables whose changes change the coverage of the consultations of the changed rows. */
const CONSULTATION_TABLES: [table: string, fn: string][] = [
  ['engagement', 'raise_engagement_coverage_generation'],
  ['activity', 'raise_consultation_coverage_generation'],
  ['consultation_target_group', 'raise_consultation_coverage_generation'],
];

/**
 * Coverage generations (libs/coverage, CoverageCacheService): counters that triggers raise in the writing
 * transaction, so that a coverage answer computed in one snapshot can be reused, by any API instance,
 * for exactly as long as nothing it depends on has changed. Statement-level triggers with transition
 * tables: one counter update per statement that changed rows (a COPY of a million engagements raises
 * each of their consultations' counters once; a cascade that deletes nothing raises nothing).
 *
 * - register_coverage_generation (one row): stakeholder groups, group memberships of organisations and
 *   contacts, the merge history; and any truncate of the tables below.
 * - consultation_coverage_generation (a row per consultation, made on its first change): its engagements
 *   (by their activity), its activities (both consultations when one moves) and its target groups.
 */
export class Migration20261127123500CoverageGeneration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "register_coverage_generation" ("id" smallint not null, "generation" bigint not null default 0, constraint "register_coverage_generation_pkey" primary key ("id"));`);
    this.addSql(`create table "consultation_coverage_generation" ("consultation_id" uuid not null, "generation" bigint not null default 0, constraint "consultation_coverage_generation_pkey" primary key ("consultation_id"));`);
    this.addSql(`alter table "consultation_coverage_generation" add constraint "consultation_coverage_generation_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "register_coverage_generation" ("id", "generation") values (1, 0);`);

    this.addSql(`create function "raise_register_coverage_generation"() returns trigger language plpgsql as $$
      begin
        -- One query per transition table: a query naming a table that this event lacks would fail.
        if TG_OP in ('INSERT', 'UPDATE') then
          if not exists (select 1 from "new_rows") then return null; end if;
        elsif TG_OP = 'DELETE' then
          if not exists (select 1 from "old_rows") then return null; end if;
        end if;
        update "register_coverage_generation" set "generation" = "generation" + 1 where "id" = 1;
        return null;
      end
    $$;`);

    // The consultations of the changed rows, in id order so that concurrent writers lock their counters in
    // the same order. A consultation deleted by the same statement has no counter left to raise.
    const raiseConsultations = (rows: string) => `
          insert into "consultation_coverage_generation" as g ("consultation_id", "generation")
          select distinct r."consultation_id", 1 from (${rows}) r join "consultation" c on c."id" = r."consultation_id"
          order by 1
          on conflict ("consultation_id") do update set "generation" = g."generation" + 1;`;
    const consultationFunction = (name: string, rowsOf: (transitionTable: string) => string) =>
      this.addSql(`create function "${name}"() returns trigger language plpgsql as $$
      begin
        if TG_OP in ('INSERT', 'UPDATE') then${raiseConsultations(rowsOf('new_rows'))}
        end if;
        if TG_OP in ('UPDATE', 'DELETE') then${raiseConsultations(rowsOf('old_rows'))}
        end if;
        return null;
      end
    $$;`);
    consultationFunction('raise_consultation_coverage_generation', (rows) => `select "consultation_id" from "${rows}"`);
    consultationFunction('raise_engagement_coverage_generation', (rows) => `select a."consultation_id" from "${rows}" e join "activity" a on a."id" = e."activity_id"`);

    const statementTriggers = (table: string, fn: string) => {
      this.addSql(`create trigger "${table}_coverage_generation_insert" after insert on "${table}" referencing new table as "new_rows" for each statement execute function "${fn}"();`);
      this.addSql(`create trigger "${table}_coverage_generation_update" after update on "${table}" referencing old table as "old_rows" new table as "new_rows" for each statement execute function "${fn}"();`);
      this.addSql(`create trigger "${table}_coverage_generation_delete" after delete on "${table}" referencing old table as "old_rows" for each statement execute function "${fn}"();`);
      this.addSql(`create trigger "${table}_coverage_generation_truncate" after truncate on "${table}" for each statement execute function "raise_register_coverage_generation"();`);
    };
    for (const table of REGISTER_TABLES) statementTriggers(table, 'raise_register_coverage_generation');
    for (const [table, fn] of CONSULTATION_TABLES) statementTriggers(table, fn);
  }

  override async down(): Promise<void> {
    for (const table of [...REGISTER_TABLES, ...CONSULTATION_TABLES.map(([name]) => name)]) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "${table}_coverage_generation_${event}" on "${table}";`);
    }
    this.addSql(`drop function if exists "raise_engagement_coverage_generation"();`);
    this.addSql(`drop function if exists "raise_consultation_coverage_generation"();`);
    this.addSql(`drop function if exists "raise_register_coverage_generation"();`);
    this.addSql(`drop table if exists "consultation_coverage_generation" cascade;`);
    this.addSql(`drop table if exists "register_coverage_generation" cascade;`);
  }
}
