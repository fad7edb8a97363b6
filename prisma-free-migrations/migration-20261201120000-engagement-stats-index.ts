import { Migration } from '@mikro-orm/migrations';

/**
 * An organisation's engagementStats (invited, declined, heard, last heard) from its history index alone: the
 * record kind joins the index's included columns, so the counts read no table row (an organisation with 3,000
 * records: 12 ms of reading scattered rows before, 2 ms after, on the scale register). The index keeps its name,
 * its keys and its other uses (the engagement history connection, the coverage folds' per-party reads).
 */
export class Migration20261201120000EngagementStatsIndex extends Migration {
  override up(): void {
    this.addSql(`drop index if exists "engagement_organisation_history_index";`);
    this.addSql(
      `create index "engagement_organisation_history_index" on "engagement" ("organisation_id", "created_at", "id") include ("activity_id", "voided", "kind");`,
    );
  }

  override down(): void {
    this.addSql(`drop index if exists "engagement_organisation_history_index";`);
    this.addSql(
      `create index "engagement_organisation_history_index" on "engagement" ("organisation_id", "created_at", "id") include ("activity_id", "voided");`,
    );
  }
}
