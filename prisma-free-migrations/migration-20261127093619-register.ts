import { Migration } from '@mikro-orm/migrations';

export class Migration20261127093619Register extends Migration {
  override up(): void {
    this.addSql(
      `create table "contact" ("id" uuid not null, "first_name" text not null, "last_name" text not null, "email" text null, "phone" text null, "title" text null, "languages" text[] not null default '{}', "lawful_basis" text check ("lawful_basis" in ('PUBLIC_TASK', 'LEGITIMATE_INTEREST', 'CONSENT')) not null, "consent_at" timestamptz null, "erased" boolean not null default false, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "contact_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contact_email_index" on "contact" (lower("email"));`);
    this.addSql(`create index "contact_name_order_index" on "contact" (lower("last_name"), lower("first_name"), "id");`);

    this.addSql(
      `create table "organisation" ("id" uuid not null, "name" text not null, "name_sv" text null, "name_en" text null, "business_id" text null, "type" text check ("type" in ('ASSOCIATION', 'FOUNDATION', 'COMPANY', 'EMPLOYER_ORGANISATION', 'TRADE_UNION', 'MUNICIPALITY', 'WELLBEING_SERVICES_COUNTY', 'GOVERNMENT_AGENCY', 'RESEARCH_ORGANISATION', 'EDUCATION_PROVIDER', 'RELIGIOUS_COMMUNITY', 'INFORMAL_GROUP', 'OTHER')) not null, "languages" text[] not null default '{}', "municipality" text null, "website" text null, "email" text null, "notes" text null, "archived" boolean not null default false, "merged_into_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "organisation_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organisation" add constraint "organisation_business_id_unique" unique ("business_id");`);
    this.addSql(`create index "organisation_type_index" on "organisation" ("type");`);
    this.addSql(`create index "organisation_archived_index" on "organisation" ("archived");`);
    this.addSql(`create index "organisation_merged_into_id_index" on "organisation" ("merged_into_id");`);
    this.addSql(`create index "organisation_name_order_index" on "organisation" (lower("name"), "id");`);

    this.addSql(
      `create table "affiliation" ("id" uuid not null, "organisation_id" uuid not null, "contact_id" uuid not null, "role" text null, "primary" boolean not null default false, "since" date null, "until" date null, "created_at" timestamptz not null, constraint "affiliation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "affiliation_organisation_id_index" on "affiliation" ("organisation_id");`);
    this.addSql(`create index "affiliation_contact_id_index" on "affiliation" ("contact_id");`);

    this.addSql(
      `create table "policy_area" ("id" uuid not null, "code" text not null, "name" text not null, "created_at" timestamptz not null, constraint "policy_area_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "policy_area" add constraint "policy_area_code_unique" unique ("code");`);

    this.addSql(
      `create table "organisation_policy_area" ("organisation_id" uuid not null, "policy_area_id" uuid not null, constraint "organisation_policy_area_pkey" primary key ("organisation_id", "policy_area_id"));`,
    );
    this.addSql(`create index "organisation_policy_area_policy_area_id_index" on "organisation_policy_area" ("policy_area_id");`);

    this.addSql(
      `create table "stakeholder_group" ("id" uuid not null, "name" text not null, "description" text null, "hard_to_reach" boolean not null default false, "reach_notes" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "stakeholder_group_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "stakeholder_group_hard_to_reach_index" on "stakeholder_group" ("hard_to_reach");`);
    this.addSql(`create index "stakeholder_group_name_order_index" on "stakeholder_group" (lower("name"), "id");`);

    this.addSql(
      `create table "group_organisation" ("group_id" uuid not null, "organisation_id" uuid not null, "created_at" timestamptz not null, constraint "group_organisation_pkey" primary key ("group_id", "organisation_id"));`,
    );
    this.addSql(`create index "group_organisation_organisation_id_index" on "group_organisation" ("organisation_id");`);

    this.addSql(
      `create table "group_contact" ("group_id" uuid not null, "contact_id" uuid not null, "created_at" timestamptz not null, constraint "group_contact_pkey" primary key ("group_id", "contact_id"));`,
    );
    this.addSql(`create index "group_contact_contact_id_index" on "group_contact" ("contact_id");`);

    this.addSql(
      `alter table "organisation" add constraint "organisation_merged_into_id_foreign" foreign key ("merged_into_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "affiliation" add constraint "affiliation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "affiliation" add constraint "affiliation_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organisation_policy_area" add constraint "organisation_policy_area_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organisation_policy_area" add constraint "organisation_policy_area_policy_area_id_foreign" foreign key ("policy_area_id") references "policy_area" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "group_organisation" add constraint "group_organisation_group_id_foreign" foreign key ("group_id") references "stakeholder_group" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "group_organisation" add constraint "group_organisation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "group_contact" add constraint "group_contact_group_id_foreign" foreign key ("group_id") references "stakeholder_group" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "group_contact" add constraint "group_contact_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete cascade;`,
    );
  }
}
