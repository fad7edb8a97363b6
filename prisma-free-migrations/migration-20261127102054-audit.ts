import { Migration } from '@mikro-orm/migrations';

export class Migration20261127102054Audit extends Migration {
  override up(): void {
    this.addSql(
      `create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null, "actor" text not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'ARCHIVE', 'MERGE', 'ERASE', 'DELETE')) not null, "entity_type" text not null, "entity_id" text not null, "changes" jsonb not null);`,
    );
    this.addSql(`create index "audit_event_entity_index" on "audit_event" ("entity_id", "id" desc);`);
  }

  override down(): void {
    this.addSql(`drop table if exists "audit_event" cascade;`);
  }
}
