import { Migration } from '@mikro-orm/migrations';

/**
 * Activities are changed in place (updateActivity) like the other versioned records, so they keep when they
 * were last changed too (VersionedEntity); an existing activity was last changed when it was created.
 */
export class Migration20261130100000ActivityUpdatedAt extends Migration {
  override up(): void {
    this.addSql(`alter table "activity" add column "updated_at" timestamptz null;`);
    this.addSql(`update "activity" set "updated_at" = "created_at";`);
    this.addSql(`alter table "activity" alter column "updated_at" set not null;`);
  }

  override down(): void {
    this.addSql(`alter table "activity" drop column "updated_at";`);
  }
}
