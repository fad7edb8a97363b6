import { Migration } from '@mikro-orm/migrations';

/**
 * Register upkeep (merge): the merge history that keeps coverage answers as they were. The party each
 * moved engagement was recorded with (moved_engagement), the memberships merged organisations held
 * (merged_membership), and the memberships a merge target gained from its sources (inherited_membership,
 * counting for engagements recorded after the merge).
 */
export class Migration20261127110959Upkeep extends Migration {
  override up(): void {
    this.addSql(
      `create table "merged_membership" ("group_id" uuid not null, "organisation_id" uuid not null, "counts_from" timestamptz null, constraint "merged_membership_pkey" primary key ("group_id", "organisation_id"));`,
    );
    this.addSql(`create index "merged_membership_organisation_id_index" on "merged_membership" ("organisation_id");`);

    this.addSql(
      `create table "inherited_membership" ("group_id" uuid not null, "organisation_id" uuid not null, "inherited_at" timestamptz not null, constraint "inherited_membership_pkey" primary key ("group_id", "organisation_id"));`,
    );

    this.addSql(
      `create table "moved_engagement" ("engagement_id" uuid not null, "recorded_organisation_id" uuid not null, "moved_at" timestamptz not null, constraint "moved_engagement_pkey" primary key ("engagement_id"));`,
    );
    this.addSql(`create index "moved_engagement_recorded_organisation_id_index" on "moved_engagement" ("recorded_organisation_id");`);

    this.addSql(
      `alter table "merged_membership" add constraint "merged_membership_group_id_foreign" foreign key ("group_id") references "stakeholder_group" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "merged_membership" add constraint "merged_membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "inherited_membership" add constraint "inherited_membership_group_id_organisation_id_foreign" foreign key ("group_id", "organisation_id") references "group_organisation" ("group_id", "organisation_id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "moved_engagement" add constraint "moved_engagement_engagement_id_foreign" foreign key ("engagement_id") references "engagement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "moved_engagement" add constraint "moved_engagement_recorded_organisation_id_foreign" foreign key ("recorded_organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "merged_membership" cascade;`);

    this.addSql(`drop table if exists "inherited_membership" cascade;`);

    this.addSql(`drop table if exists "moved_engagement" cascade;`);
  }
}
