import { Migration } from '@mikro-orm/migrations';

/**
 * The indexes of the connections of issue 13 (item 2) on large tables, each on the parent column, then an
 * order's keys with the id last, so that one parent's page reads the index (forward for ASC, backward for
 * DESC) and stops:
 * - an organisation's and a contact's engagement history (Organisation.engagements, Contact.engagements): by
 *   record creation; the activity and the voided flag included, so that the history by activity date (the
 *   default) and its total read the index alone and join the small activity table. They replace the
 *   single-column indexes on organisation_id and contact_id (their leading column serves every lookup those did).
 * - a group's members by the start of their membership (organisationMembers, contactMembers: SINCE); the
 *   period's ends included, so that the current members' total reads the index alone.
 * The activities list and the members by name sort their rows (activities: thousands; a group's members: the
 * member's name is in another table). Declared on the entities too.
 */
export class Migration20261201100000ConnectionOrders extends Migration {
  override up(): void {
    this.addSql(
      `create index "engagement_organisation_history_index" on "engagement" ("organisation_id", "created_at", "id") include ("activity_id", "voided");`,
    );
    this.addSql(`create index "engagement_contact_history_index" on "engagement" ("contact_id", "created_at", "id") include ("activity_id", "voided");`);
    this.addSql(`drop index if exists "engagement_organisation_id_index";`);
    this.addSql(`drop index if exists "engagement_contact_id_index";`);
    this.addSql(
      `create index "group_organisation_since_order_index" on "group_organisation" ("group_id", (coalesce("since", '-infinity'::date)), "organisation_id") include ("since", "until");`,
    );
    this.addSql(
      `create index "group_contact_since_order_index" on "group_contact" ("group_id", (coalesce("since", '-infinity'::date)), "contact_id") include ("since", "until");`,
    );
  }

  override down(): void {
    for (const name of [
      'engagement_organisation_history_index',
      'engagement_contact_history_index',
      'group_organisation_since_order_index',
      'group_contact_since_order_index',
    ])
      this.addSql(`drop index if exists "${name}";`);
    this.addSql(`create index "engagement_organisation_id_index" on "engagement" ("organisation_id");`);
    this.addSql(`create index "engagement_contact_id_index" on "engagement" ("contact_id");`);
  }
}
