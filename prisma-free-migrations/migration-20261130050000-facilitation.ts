import { Migration } from '@mikro-orm/migrations';

/**
 * The facilitator pool and participant feedback (issue 15). Facilitators are staff: their own table, never
 * a contact and never in coverage (so no coverage-generation triggers here). Their name, email and unit
 * are searchable through a generated, normalised column with a trigram index, as the register's names are.
 * A facilitator is on an activity once (unique pair: reassigning changes the role). Feedback responses
 * are anonymous (no contact column); their bigserial id keeps the order they were recorded in, and the
 * covering index answers the summaries of a list of activities from the index alone.
 */
export class Migration20261130050000Facilitation extends Migration {
  override up(): void {
    this.addSql(
      `create table "facilitator" ("id" uuid not null, "name" text not null, "email" text null, "ministry" text not null, "unit" text null, "methods" text[] not null default '{}', "languages" text[] not null default '{}', "trained_on" date null, "active" boolean not null default true, "search_text" text generated always as (sidos_normalise(coalesce("name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("unit", ''))) stored null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "facilitator_ministry_index" on "facilitator" ("ministry");`);
    this.addSql(`create index "facilitator_search_text_trigram_index" on "facilitator" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "facilitator_name_order_index" on "facilitator" (lower("name"), "id");`);
    this.addSql(
      `alter table "facilitator" add constraint "facilitator_methods_check" check ("methods" <@ array['DIALOGUE'::text, 'WORKSHOP'::text, 'WEBINAR'::text, 'HEARING'::text, 'MEETING'::text, 'INTERVIEW'::text, 'SURVEY'::text, 'STATEMENT_REQUEST'::text, 'ONLINE_CONSULTATION'::text, 'OTHER'::text]);`,
    );
    this.addSql(
      `alter table "facilitator" add constraint "facilitator_languages_check" check ("languages" <@ array['FI'::text, 'SV'::text, 'EN'::text, 'SE'::text, 'SMN'::text, 'SMS'::text, 'OTHER'::text]);`,
    );

    this.addSql(
      `create table "facilitator_assignment" ("id" uuid not null, "facilitator_id" uuid not null, "activity_id" uuid not null, "role" text not null default 'SUPPORT', "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "facilitator_assignment_facilitator_id_index" on "facilitator_assignment" ("facilitator_id");`);
    this.addSql(
      `alter table "facilitator_assignment" add constraint "facilitator_assignment_activity_id_facilitator_id_unique" unique ("activity_id", "facilitator_id");`,
    );
    this.addSql(
      `alter table "facilitator_assignment" add constraint "facilitator_assignment_facilitator_id_foreign" foreign key ("facilitator_id") references "facilitator" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "facilitator_assignment" add constraint "facilitator_assignment_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "facilitator_assignment" add constraint "facilitator_assignment_role_check" check ("role" in ('LEAD', 'SUPPORT'));`);

    this.addSql(
      `create table "feedback_response" ("id" bigserial primary key, "activity_id" uuid not null, "rating" smallint not null, "would_take_part_again" boolean null, "comment" text null, "group_id" uuid null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "feedback_response_group_id_index" on "feedback_response" ("group_id");`);
    this.addSql(
      `create index "feedback_response_activity_id_covering_index" on "feedback_response" ("activity_id") include ("rating", "would_take_part_again");`,
    );
    this.addSql(
      `alter table "feedback_response" add constraint "feedback_response_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "feedback_response" add constraint "feedback_response_group_id_foreign" foreign key ("group_id") references "stakeholder_group" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "feedback_response" add constraint "feedback_response_comment_check" check ("comment" is null or char_length("comment") <= 2000);`,
    );
    this.addSql(`alter table "feedback_response" add constraint "feedback_response_rating_check" check ("rating" >= 1 and "rating" <= 5);`);
  }

  override down(): void {
    this.addSql(`drop table if exists "feedback_response";`);
    this.addSql(`drop table if exists "facilitator_assignment";`);
    this.addSql(`drop table if exists "facilitator";`);
  }
}
