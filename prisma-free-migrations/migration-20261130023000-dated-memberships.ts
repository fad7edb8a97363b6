import { Migration } from '@mikro-orm/migrations';

/** The register's membership tables and merged_membership: each gets its own id, and the periods. */
const PERIOD_TABLES = ['group_organisation', 'group_contact', 'merged_membership'];

/** The coverage-generation triggers of a register table (as migration-20261127123500-coverage-generation makes them). */
function coverageTriggers(table: string): string[] {
  const fn = 'raise_register_coverage_generation';
  return [
    `create trigger "${table}_coverage_generation_insert" after insert on "${table}" referencing new table as "new_rows" for each statement execute function "${fn}"();`,
    `create trigger "${table}_coverage_generation_update" after update on "${table}" referencing old table as "old_rows" new table as "new_rows" for each statement execute function "${fn}"();`,
    `create trigger "${table}_coverage_generation_delete" after delete on "${table}" referencing old table as "old_rows" for each statement execute function "${fn}"();`,
    `create trigger "${table}_coverage_generation_truncate" after truncate on "${table}" for each statement execute function "${fn}"();`,
  ];
}

/**
 * Contract 1.1, dated group memberships. A membership of an organisation or a contact is a period: the
 * days from `since` up to, not including, `until`, null ends open; a member may have several periods in
 * one group (never overlapping), so each row gets a uuid `id` (default gen_random_uuid(), for writers
 * that name only the old columns) as its primary key. Existing memberships migrate as periods with
 * both ends open: they keep matching every activity, as before.
 *
 * merged_membership keeps the periods a merged organisation held. inherited_membership (a mark on a
 * membership a merge target gained) becomes the column group_organisation.inherited_at of that period.
 */
export class Migration20261130023000DatedMemberships extends Migration {
  override up(): void {
    for (const table of PERIOD_TABLES) {
      this.addSql(
        `alter table "${table}" add column "id" uuid not null default gen_random_uuid(), add column "since" date null, add column "until" date null;`,
      );
    }
    this.addSql(`alter table "group_organisation" add column "inherited_at" timestamptz null;`);
    this.addSql(
      `update "group_organisation" m set "inherited_at" = im."inherited_at" from "inherited_membership" im where im."group_id" = m."group_id" and im."organisation_id" = m."organisation_id";`,
    );
    this.addSql(`drop table "inherited_membership";`);

    for (const table of PERIOD_TABLES) {
      this.addSql(`alter table "${table}" drop constraint "${table}_pkey";`);
      this.addSql(`alter table "${table}" add constraint "${table}_pkey" primary key ("id");`);
      this.addSql(`alter table "${table}" add constraint "${table}_period_check" check ("since" < "until");`);
    }
    this.addSql(`create index "group_organisation_group_id_organisation_id_index" on "group_organisation" ("group_id", "organisation_id");`);
    this.addSql(`create index "group_contact_group_id_contact_id_index" on "group_contact" ("group_id", "contact_id");`);
    this.addSql(`create index "merged_membership_group_id_organisation_id_index" on "merged_membership" ("group_id", "organisation_id");`);
    // The few memberships that coverage matches record by record (dated, or inherited in a merge).
    this.addSql(
      `create index "group_organisation_dated_index" on "group_organisation" ("organisation_id", "group_id") where "since" is not null or "until" is not null or "inherited_at" is not null;`,
    );
    this.addSql(`create index "group_contact_dated_index" on "group_contact" ("contact_id", "group_id") where "since" is not null or "until" is not null;`);
  }

  /** Back to one undated membership per member: a member's periods become one (the merge marks of inherited ones kept). */
  override down(): void {
    this.addSql(
      `create table "inherited_membership" ("group_id" uuid not null, "organisation_id" uuid not null, "inherited_at" timestamptz not null, constraint "inherited_membership_pkey" primary key ("group_id", "organisation_id"));`,
    );
    for (const table of PERIOD_TABLES) {
      const member = table === 'group_contact' ? 'contact_id' : 'organisation_id';
      this.addSql(
        `delete from "${table}" t using "${table}" o where o."group_id" = t."group_id" and o."${member}" = t."${member}" and (o."since", o."id") < (t."since", t."id");`,
      );
    }
    this.addSql(
      `insert into "inherited_membership" ("group_id", "organisation_id", "inherited_at") select "group_id", "organisation_id", "inherited_at" from "group_organisation" where "inherited_at" is not null;`,
    );
    this.addSql(`drop index "group_organisation_dated_index";`);
    this.addSql(`drop index "group_contact_dated_index";`);
    for (const table of PERIOD_TABLES) {
      const member = table === 'group_contact' ? 'contact_id' : 'organisation_id';
      this.addSql(`drop index "${table}_group_id_${member}_index";`);
      this.addSql(`alter table "${table}" drop constraint "${table}_period_check";`);
      this.addSql(`alter table "${table}" drop constraint "${table}_pkey";`);
      this.addSql(`alter table "${table}" drop column "id", drop column "since", drop column "until";`);
      this.addSql(`alter table "${table}" add constraint "${table}_pkey" primary key ("group_id", "${member}");`);
    }
    this.addSql(`alter table "group_organisation" drop column "inherited_at";`);
    this.addSql(
      `alter table "inherited_membership" add constraint "inherited_membership_group_id_organisation_id_foreign" foreign key ("group_id", "organisation_id") references "group_organisation" ("group_id", "organisation_id") on update cascade on delete cascade;`,
    );
    for (const sql of coverageTriggers('inherited_membership')) this.addSql(sql);
  }
}
