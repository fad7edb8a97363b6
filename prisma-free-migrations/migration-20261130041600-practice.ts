import { Migration } from '@mikro-orm/migrations';

/**
 * The engagement practice (contract sidos-practice.graphql, issue 16): what stakeholders wish for their
 * cooperation (engagement_preferences, one row per organisation or contact, with the policy areas it
 * wishes to be asked about) and what they said and what the ministry did with it (input_theme, with the
 * heard records that raised each theme).
 */
export class Migration20261130041600Practice extends Migration {
  override up(): void {
    this.addSql(
      `create table "input_theme" ("id" uuid not null, "consultation_id" uuid not null, "title" text not null, "summary" text null, "response" text not null default 'UNDER_CONSIDERATION', "response_text" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "input_theme_consultation_title_index" on "input_theme" ("consultation_id", lower("title"), "id");`);
    this.addSql(
      `create table "engagement_preferences" ("id" uuid not null, "organisation_id" uuid null, "contact_id" uuid null, "methods" text[] not null default '{}', "modes" text[] not null default '{}', "languages" text[] not null default '{}', "accessibility_needs" text null, "max_invitations_per_quarter" int null, "notes" text null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "engagement_preferences" add constraint "engagement_preferences_organisation_id_unique" unique ("organisation_id");`);
    this.addSql(`alter table "engagement_preferences" add constraint "engagement_preferences_contact_id_unique" unique ("contact_id");`);
    this.addSql(
      `create table "engagement_preferences_policy_area" ("preferences_id" uuid not null, "policy_area_id" uuid not null, primary key ("preferences_id", "policy_area_id"));`,
    );
    this.addSql(`create index "engagement_preferences_policy_area_policy_area_id_index" on "engagement_preferences_policy_area" ("policy_area_id");`);
    this.addSql(`create table "input_theme_engagement" ("theme_id" uuid not null, "engagement_id" uuid not null, primary key ("theme_id", "engagement_id"));`);
    this.addSql(`create index "input_theme_engagement_engagement_id_index" on "input_theme_engagement" ("engagement_id");`);
    this.addSql(
      `alter table "input_theme" add constraint "input_theme_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "input_theme" add constraint "input_theme_response_check" check ("response" in ('UNDER_CONSIDERATION', 'ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED'));`,
    );
    this.addSql(
      `alter table "engagement_preferences" add constraint "engagement_preferences_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "engagement_preferences" add constraint "engagement_preferences_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "engagement_preferences" add constraint "engagement_preferences_limit_check" check ("max_invitations_per_quarter" is null or "max_invitations_per_quarter" >= 1 and "max_invitations_per_quarter" <= 52);`,
    );
    this.addSql(
      `alter table "engagement_preferences" add constraint "engagement_preferences_party_check" check (("organisation_id" is null) <> ("contact_id" is null));`,
    );
    this.addSql(
      `alter table "engagement_preferences" add constraint "engagement_preferences_methods_check" check ("methods" <@ array['DIALOGUE'::text, 'WORKSHOP'::text, 'WEBINAR'::text, 'HEARING'::text, 'MEETING'::text, 'INTERVIEW'::text, 'SURVEY'::text, 'STATEMENT_REQUEST'::text, 'ONLINE_CONSULTATION'::text, 'OTHER'::text]);`,
    );
    this.addSql(
      `alter table "engagement_preferences" add constraint "engagement_preferences_modes_check" check ("modes" <@ array['IN_PERSON'::text, 'VIRTUAL'::text, 'HYBRID'::text, 'WRITTEN'::text]);`,
    );
    this.addSql(
      `alter table "engagement_preferences" add constraint "engagement_preferences_languages_check" check ("languages" <@ array['FI'::text, 'SV'::text, 'EN'::text, 'SE'::text, 'SMN'::text, 'SMS'::text, 'OTHER'::text]);`,
    );
    this.addSql(
      `alter table "engagement_preferences_policy_area" add constraint "engagement_preferences_policy_area_preferences_id_foreign" foreign key ("preferences_id") references "engagement_preferences" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "engagement_preferences_policy_area" add constraint "engagement_preferences_policy_area_policy_area_id_foreign" foreign key ("policy_area_id") references "policy_area" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "input_theme_engagement" add constraint "input_theme_engagement_theme_id_foreign" foreign key ("theme_id") references "input_theme" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "input_theme_engagement" add constraint "input_theme_engagement_engagement_id_foreign" foreign key ("engagement_id") references "engagement" ("id") on update cascade on delete cascade;`,
    );
  }

  override down(): void {
    this.addSql('drop table if exists "input_theme_engagement" cascade;');
    this.addSql('drop table if exists "input_theme" cascade;');
    this.addSql('drop table if exists "engagement_preferences_policy_area" cascade;');
    this.addSql('drop table if exists "engagement_preferences" cascade;');
  }
}
