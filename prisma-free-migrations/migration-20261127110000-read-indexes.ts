import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes the scale benchmark called for (docs/benchmarks.md): a covering index of engagements by
 * activity, so that the coverage of a consultation reads its records (kind and parties) from the index
 * alone, without visiting the table. Declared on the Engagement entity as well.
 */
export class Migration20261127110000ReadIndexes extends Migration {
  override up(): void {
    this.addSql(
      `create index "engagement_activity_id_covering_index" on "engagement" ("activity_id") include ("kind", "organisation_id", "contact_id", "group_id", "participant_count");`,
    );
  }

  override down(): void {
    this.addSql(`drop index if exists "engagement_activity_id_covering_index";`);
  }
}
