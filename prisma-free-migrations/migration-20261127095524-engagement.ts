import { Migration } from '@mikro-orm/migrations';

/**
 * Consultations (owned by a ministry, with policy areas and target groups), their activities, and the
 * engagement history: one party's part in one activity. Checks keep every engagement naming a party
 * (a group alone needs participant_count >= 1); indexes cover every foreign key and the columns the
 * coverage reads filter on (activity dates, engagement kinds, consultation ministry and status).
 */
export class Migration20261127095524Engagement extends Migration {
  override up(): void {
    this.addSql(
      `create table "consultation" ("id" uuid not null, "title" text not null, "description" text null, "ministry" text not null, "status" text check ("status" in ('PLANNED', 'ONGOING', 'CLOSED')) not null default 'PLANNED', "current_phase" text check ("current_phase" in ('INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION')) not null default 'INITIATION', "starts_on" date null, "ends_on" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "consultation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "consultation_ministry_index" on "consultation" ("ministry");`);
    this.addSql(`create index "consultation_status_index" on "consultation" ("status");`);
    this.addSql(`create index "consultation_title_order_index" on "consultation" (lower("title"), "id");`);

    this.addSql(
      `create table "activity" ("id" uuid not null, "consultation_id" uuid not null, "title" text not null, "method" text check ("method" in ('DIALOGUE', 'WORKSHOP', 'WEBINAR', 'HEARING', 'MEETING', 'INTERVIEW', 'SURVEY', 'STATEMENT_REQUEST', 'ONLINE_CONSULTATION', 'OTHER')) not null, "mode" text check ("mode" in ('IN_PERSON', 'VIRTUAL', 'HYBRID', 'WRITTEN')) not null, "phase" text check ("phase" in ('INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION')) not null, "date" date not null, "participant_count" int null, "version" int not null default 1, "created_at" timestamptz not null, constraint "activity_pkey" primary key ("id"), constraint activity_participant_count_check check ("participant_count" is null or "participant_count" >= 0));`,
    );
    this.addSql(`create index "activity_date_index" on "activity" ("date");`);
    this.addSql(`create index "activity_consultation_id_date_index" on "activity" ("consultation_id", "date");`);

    this.addSql(
      `create table "consultation_policy_area" ("consultation_id" uuid not null, "policy_area_id" uuid not null, constraint "consultation_policy_area_pkey" primary key ("consultation_id", "policy_area_id"));`,
    );
    this.addSql(`create index "consultation_policy_area_policy_area_id_index" on "consultation_policy_area" ("policy_area_id");`);

    this.addSql(
      `create table "engagement" ("id" uuid not null, "activity_id" uuid not null, "kind" text check ("kind" in ('INVITED', 'DECLINED', 'PARTICIPATED', 'SUBMITTED')) not null, "organisation_id" uuid null, "contact_id" uuid null, "group_id" uuid null, "participant_count" int null, "notes" text null, "created_at" timestamptz not null, constraint "engagement_pkey" primary key ("id"), constraint engagement_participant_count_check check ("participant_count" is null or "participant_count" >= 0), constraint engagement_party_check check ("organisation_id" is not null or "contact_id" is not null or ("group_id" is not null and "participant_count" >= 1)));`,
    );
    this.addSql(`create index "engagement_activity_id_index" on "engagement" ("activity_id");`);
    this.addSql(`create index "engagement_kind_index" on "engagement" ("kind");`);
    this.addSql(`create index "engagement_organisation_id_index" on "engagement" ("organisation_id");`);
    this.addSql(`create index "engagement_contact_id_index" on "engagement" ("contact_id");`);
    this.addSql(`create index "engagement_group_id_index" on "engagement" ("group_id");`);

    this.addSql(
      `create table "consultation_target_group" ("consultation_id" uuid not null, "group_id" uuid not null, constraint "consultation_target_group_pkey" primary key ("consultation_id", "group_id"));`,
    );
    this.addSql(`create index "consultation_target_group_group_id_index" on "consultation_target_group" ("group_id");`);

    this.addSql(
      `alter table "activity" add constraint "activity_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "consultation_policy_area" add constraint "consultation_policy_area_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "consultation_policy_area" add constraint "consultation_policy_area_policy_area_id_foreign" foreign key ("policy_area_id") references "policy_area" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "engagement" add constraint "engagement_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "engagement" add constraint "engagement_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "engagement" add constraint "engagement_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "engagement" add constraint "engagement_group_id_foreign" foreign key ("group_id") references "stakeholder_group" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "consultation_target_group" add constraint "consultation_target_group_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "consultation_target_group" add constraint "consultation_target_group_group_id_foreign" foreign key ("group_id") references "stakeholder_group" ("id") on update cascade on delete cascade;`,
    );
  }

  override down(): void {
    this.addSql(`alter table "activity" drop constraint "activity_consultation_id_foreign";`);

    this.addSql(`alter table "consultation_policy_area" drop constraint "consultation_policy_area_consultation_id_foreign";`);

    this.addSql(`alter table "consultation_target_group" drop constraint "consultation_target_group_consultation_id_foreign";`);

    this.addSql(`alter table "engagement" drop constraint "engagement_activity_id_foreign";`);

    this.addSql(`drop table if exists "consultation" cascade;`);

    this.addSql(`drop table if exists "activity" cascade;`);

    this.addSql(`drop table if exists "consultation_policy_area" cascade;`);

    this.addSql(`drop table if exists "engagement" cascade;`);

    this.addSql(`drop table if exists "consultation_target_group" cascade;`);
  }
}
