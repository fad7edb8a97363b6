import { Migration } from '@mikro-orm/migrations';

/**
 * Stakeholder groups whose membership reveals special-category data (GDPR Art. 9): their contact members
 * are for EDITOR and ADMIN only. The demo register's groups based on health (disabilities) and ethnic
 * origin (the Sámi, the Roma, immigrants and language minorities) are marked where the demo was seeded.
 */
export class Migration20261130041000SpecialCategoryGroups extends Migration {
  override up(): void {
    this.addSql(`alter table "stakeholder_group" add column "special_category" boolean not null default false;`);
    this.addSql(
      `update "stakeholder_group" set "special_category" = true
       where "name" in ('People with disabilities', 'The Sámi', 'Roma', 'Immigrants and language minorities');`,
    );
  }

  override down(): void {
    this.addSql(`alter table "stakeholder_group" drop column "special_category";`);
  }
}
