import { Migration } from '@mikro-orm/migrations';

/**
 * Case- and accent-insensitive search: one immutable normalising function (unaccent + lower),
 * generated search columns and trigram indexes, so `ILIKE '%term%'` and similarity use an index.
 */
export class Migration20261127093700Search extends Migration {
  override up(): void {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(
      `create or replace function sidos_normalise(value text) returns text language sql immutable parallel safe as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;`,
    );
    this.addSql(
      `alter table "organisation" add column "search_text" text generated always as (sidos_normalise(coalesce("name", '') || ' ' || coalesce("name_sv", '') || ' ' || coalesce("name_en", '') || ' ' || coalesce("business_id", ''))) stored;`,
    );
    this.addSql(`create index "organisation_search_text_trigram_index" on "organisation" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(
      `alter table "contact" add column "search_text" text generated always as (sidos_normalise(coalesce("first_name", '') || ' ' || coalesce("last_name", '') || ' ' || coalesce("email", ''))) stored;`,
    );
    this.addSql(`create index "contact_search_text_trigram_index" on "contact" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(
      `alter table "stakeholder_group" add column "search_text" text generated always as (sidos_normalise(coalesce("name", '') || ' ' || coalesce("description", ''))) stored;`,
    );
    this.addSql(`create index "stakeholder_group_search_text_trigram_index" on "stakeholder_group" using gin ("search_text" gin_trgm_ops);`);
  }

  override down(): void {
    this.addSql(`alter table "stakeholder_group" drop column "search_text";`);
    this.addSql(`alter table "contact" drop column "search_text";`);
    this.addSql(`alter table "organisation" drop column "search_text";`);
    this.addSql(`drop function if exists sidos_normalise(text);`);
  }
}
