import { Migration } from '@mikro-orm/migrations';

/**
 * The indexes of the lists' orders (issue 13, item 2), each on an order's keys with the id last, so that
 * the first page of an order reads the index (forward for ASC, backward for DESC) and stops, instead of
 * sorting the table: organisations and contacts by created and updated; consultations by start date (an
 * undated one starts on 'infinity', as the order's key says); the audit trail by time. The small tables
 * (groups, facilitators) and the other consultation orders sort their few rows. Declared on the entities too.
 */
export class Migration20261130114000ListOrders extends Migration {
  override up(): void {
    this.addSql(`create index "organisation_created_order_index" on "organisation" ("created_at", "id");`);
    this.addSql(`create index "organisation_updated_order_index" on "organisation" ("updated_at", "id");`);
    this.addSql(`create index "contact_created_order_index" on "contact" ("created_at", "id");`);
    this.addSql(`create index "contact_updated_order_index" on "contact" ("updated_at", "id");`);
    this.addSql(`create index "consultation_starts_on_order_index" on "consultation" ((coalesce("starts_on", 'infinity'::date)), "id");`);
    this.addSql(`create index "audit_event_at_order_index" on "audit_event" ("at", "id");`);
  }

  override down(): void {
    for (const name of [
      'organisation_created_order_index',
      'organisation_updated_order_index',
      'contact_created_order_index',
      'contact_updated_order_index',
      'consultation_starts_on_order_index',
      'audit_event_at_order_index',
    ])
      this.addSql(`drop index if exists "${name}";`);
  }
}
