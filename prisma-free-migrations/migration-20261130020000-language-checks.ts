import { Migration } from '@mikro-orm/migrations';

/** MikroORM 7 checks enum arrays in the database too: a language outside the list cannot be stored by any writer. */
export class Migration20261130020000LanguageChecks extends Migration {
  override up(): void {
    this.addSql(
      `alter table "contact" add constraint "contact_languages_check" check ("languages" <@ array['FI'::text, 'SV'::text, 'EN'::text, 'SE'::text, 'SMN'::text, 'SMS'::text, 'OTHER'::text]);`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_languages_check" check ("languages" <@ array['FI'::text, 'SV'::text, 'EN'::text, 'SE'::text, 'SMN'::text, 'SMS'::text, 'OTHER'::text]);`,
    );
  }

  override down(): void {
    this.addSql(`alter table "contact" drop constraint if exists "contact_languages_check";`);
    this.addSql(`alter table "organisation" drop constraint if exists "organisation_languages_check";`);
  }
}
