import { Migration } from '@mikro-orm/migrations';

/**
 * Swedish and English names of stakeholder groups and policy areas (optional, as organisations have), and
 * groups' search text with them: the generated column is made again (PostgreSQL cannot change a generated
 * expression in place), and its trigram index with it.
 */
export class Migration20261130090000LocalisedNames extends Migration {
  override up(): void {
    this.addSql(`alter table "stakeholder_group" add column "name_sv" text null, add column "name_en" text null;`);
    this.addSql(`alter table "policy_area" add column "name_sv" text null, add column "name_en" text null;`);
    this.addSql(`alter table "stakeholder_group" drop column "search_text";`);
    this.addSql(
      `alter table "stakeholder_group" add column "search_text" text generated always as (sidos_normalise(coalesce("name", '') || ' ' || coalesce("name_sv", '') || ' ' || coalesce("name_en", '') || ' ' || coalesce("description", ''))) stored;`,
    );
    this.addSql(`create index "stakeholder_group_search_text_trigram_index" on "stakeholder_group" using gin ("search_text" gin_trgm_ops);`);
  }

  override down(): void {
    this.addSql(`alter table "stakeholder_group" drop column "search_text";`);
    this.addSql(
      `alter table "stakeholder_group" add column "search_text" text generated always as (sidos_normalise(coalesce("name", '') || ' ' || coalesce("description", ''))) stored;`,
    );
    this.addSql(`create index "stakeholder_group_search_text_trigram_index" on "stakeholder_group" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`alter table "policy_area" drop column "name_sv", drop column "name_en";`);
    this.addSql(`alter table "stakeholder_group" drop column "name_sv", drop column "name_en";`);
  }
}
