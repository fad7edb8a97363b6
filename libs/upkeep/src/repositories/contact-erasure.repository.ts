import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** The migrator's own table: a record of the schema, never personal data. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/**
 * Every column of every table that can hold free text, read from the catalog at each erasure, so that the
 * tables and columns features add later are swept with no code change: text, varchar, char, json, jsonb
 * and arrays of text, of every base table of the schema. Left out, because they must not be touched or
 * cannot hold a person's words:
 * - the migrator's table (MIGRATIONS_TABLE);
 * - generated columns (e.g. `search_text`): PostgreSQL recomputes them from the swept columns;
 * - identifier columns (`id`, `…_id`: uuids as text, business IDs, audit events' entity ids): codes, not prose;
 * - enum-like columns, those a one-column CHECK constraint limits to a list of values (MikroORM's @Enum, e.g.
 *   `kind`, `lawful_basis`, `languages`): rewriting one would break the constraint, and none can hold a name.
 * `versioned`: the table has an integer `version` (optimistic locking), bumped on a swept row so that an
 * editor holding the old text cannot write it back.
 */
export const FREE_TEXT_COLUMNS_SQL = `
select c.table_name as "table", c.column_name as "column",
       case when c.data_type = 'ARRAY' then 'array' when c.data_type in ('json', 'jsonb') then c.data_type else 'text' end as "kind",
       exists (select 1 from information_schema.columns v
               where v.table_schema = c.table_schema and v.table_name = c.table_name and v.column_name = 'version' and v.data_type = 'integer') as "versioned"
from information_schema.columns c
join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
where c.table_schema = current_schema()
  and c.table_name <> '${MIGRATIONS_TABLE}'
  and c.is_generated = 'NEVER'
  and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
       or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar', '_bpchar')))
  and c.column_name <> 'id' and c.column_name not like '%\\_id'
  and not exists (
    select 1 from pg_constraint k
    join pg_class r on r.oid = k.conrelid
    join pg_namespace n on n.oid = r.relnamespace
    join pg_attribute a on a.attrelid = r.oid and a.attnum = k.conkey[1]
    where k.contype = 'c' and cardinality(k.conkey) = 1 and n.nspname = c.table_schema and r.relname = c.table_name
      and a.attname = c.column_name and pg_get_constraintdef(k.oid) ~* '(= any \\(array\\[|<@ array\\[)')
order by c.table_name, c.column_name`;

/** A free-text column, as FREE_TEXT_COLUMNS_SQL finds it. */
export interface FreeTextColumn {
  table: string;
  column: string;
  kind: 'text' | 'array' | 'json' | 'jsonb';
  versioned: boolean;
}

/** The names, emails and phones the contact's own audit events recorded (as JSON text), for the sweep to look for too. */
export const RECORDED_PERSONAL_VALUES_SQL = `
select change.value->>'field' as "field", side.value as "value"
from "audit_event" ae
cross join jsonb_array_elements(ae."changes") change
cross join lateral (values (change.value->>'from'), (change.value->>'to')) side("value")
where ae."entity_type" = 'Contact' and ae."entity_id" = ?
  and change.value->>'field' in ('firstName', 'lastName', 'email', 'phone') and side.value is not null`;

/** The notes of the contact's own engagements go (they are about the person); the engagements stay. */
export const CLEAR_OWN_ENGAGEMENT_NOTES_SQL = `update "engagement" set "notes" = null where "contact_id" = ? and "notes" is not null`;

/** In the audit events `where` selects (appended), the old and new values of the fields listed (a JSON array) become null. */
const SCRUB_AUDIT_FIELDS_SQL = `
update "audit_event" set "changes" = (
  select coalesce(jsonb_agg(case when change.value->>'field' in (select jsonb_array_elements_text(?::jsonb))
                                 then jsonb_build_object('field', change.value->'field', 'from', null, 'to', null)
                                 else change.value end order by change.ordinality), '[]'::jsonb)
  from jsonb_array_elements("changes") with ordinality change
)
where `;

/** The contact's own audit events. */
export const SCRUB_CONTACT_AUDIT_FIELDS_SQL = `${SCRUB_AUDIT_FIELDS_SQL}"entity_type" = 'Contact' and "entity_id" = ?`;

/** The audit events of the contact's own engagements. */
export const SCRUB_OWN_ENGAGEMENT_AUDIT_FIELDS_SQL = `${SCRUB_AUDIT_FIELDS_SQL}"entity_type" = 'Engagement' and "entity_id" in (select "id"::text from "engagement" where "contact_id" = ?)`;

/**
 * The rows that go with the person on erasure, each a statement with the contact's id as its one parameter.
 * A feature whose table holds rows that are personal data of a contact and must go (not just be swept of
 * mentions) adds its statement here, e.g. `delete from "contact_preferences" where "contact_id" = ?`; the
 * erasure runs them all in its transaction and vacuums their tables afterwards.
 */
export const PERSONAL_ROWS_DELETED_ON_ERASURE: readonly { table: string; sql: string }[] = [
  // Affiliations say where the person works, and with what role.
  { table: 'affiliation', sql: 'delete from "affiliation" where "contact_id" = ?' },
];

/** A name from the catalog as an SQL identifier. */
const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The new value of a swept column: its text with every mention replaced, the same value when it has none. */
function sweptValue({ column, kind }: FreeTextColumn): string {
  const name = identifier(column);
  switch (kind) {
    case 'text':
      return `case when ${name} ~* p."pattern" then regexp_replace(${name}, p."pattern", p."replacement", 'gi') else ${name} end`;
    case 'array':
      return `case when array_to_string(${name}, ' ') ~* p."pattern"
                   then array(select regexp_replace(element, p."pattern", p."replacement", 'gi') from unnest(${name}) with ordinality as items(element, position) order by position)
                   else ${name} end`;
    case 'jsonb':
      return `case when ${name}::text ~* p."pattern" then sidos_regexp_replace_jsonb(${name}, p."pattern", p."replacement") else ${name} end`;
    case 'json':
      return `case when ${name}::text ~* p."pattern" then sidos_regexp_replace_jsonb(${name}::jsonb, p."pattern", p."replacement")::json else ${name} end`;
  }
}

/** Whether a column holds a mention (json as its text: a cheap first look before the exact rewrite). */
function holdsMention({ column, kind }: FreeTextColumn): string {
  const name = identifier(column);
  return kind === 'array' ? `array_to_string(${name}, ' ') ~* p."pattern"` : `${name}::text ~* p."pattern"`;
}

/**
 * The sweep of one table: every row with a mention in any of `columns` gets each mention replaced, in one
 * statement (one pass over the table); answers the number of rows changed. Parameters: the pattern, the replacement.
 */
export function sweepTableSql(table: string, columns: readonly FreeTextColumn[]): string {
  const assignments = columns.map((column) => `${identifier(column.column)} = ${sweptValue(column)}`);
  if (columns.some((column) => column.versioned)) assignments.push(`"version" = t."version" + 1`);
  return `
with p as (select ?::text as "pattern", ?::text as "replacement"),
swept as (
  update ${identifier(table)} t set ${assignments.join(',\n    ')}
  from p
  where ${columns.map(holdsMention).join(' or ')}
  returning 1
)
select count(*)::int as "count" from swept`;
}

/** Reclaims the space of dead rows (the erased values' old versions) of one table; outside any transaction. */
export const vacuumTableSql = (table: string) => `vacuum ${identifier(table)}`;

/** Every SQL statement of an erasure: what ContactPrivacyService decides, this runs, in the caller's transaction. */
@Injectable()
export class ContactErasureRepository {
  constructor(private readonly em: EntityManager) {}

  async recordedPersonalValues(contactId: string): Promise<{ field: 'firstName' | 'lastName' | 'email' | 'phone'; value: string }[]> {
    return this.em.execute(RECORDED_PERSONAL_VALUES_SQL, [contactId]);
  }

  async clearOwnEngagementNotes(contactId: string): Promise<void> {
    await this.em.execute(CLEAR_OWN_ENGAGEMENT_NOTES_SQL, [contactId]);
  }

  async scrubContactAuditFields(contactId: string, fields: readonly string[]): Promise<void> {
    await this.em.execute(SCRUB_CONTACT_AUDIT_FIELDS_SQL, [JSON.stringify(fields), contactId]);
  }

  async scrubOwnEngagementAuditFields(contactId: string, fields: readonly string[]): Promise<void> {
    await this.em.execute(SCRUB_OWN_ENGAGEMENT_AUDIT_FIELDS_SQL, [JSON.stringify(fields), contactId]);
  }

  /** Runs PERSONAL_ROWS_DELETED_ON_ERASURE; answers the tables they delete from. */
  async deletePersonalRows(contactId: string): Promise<string[]> {
    for (const { sql } of PERSONAL_ROWS_DELETED_ON_ERASURE) await this.em.execute(sql, [contactId]);
    return PERSONAL_ROWS_DELETED_ON_ERASURE.map(({ table }) => table);
  }

  async freeTextColumns(): Promise<FreeTextColumn[]> {
    return this.em.execute<FreeTextColumn[]>(FREE_TEXT_COLUMNS_SQL);
  }

  /** Replaces every match of `pattern` in every free-text column of every table; answers the tables it changed. */
  async sweepFreeText(pattern: string, replacement: string): Promise<string[]> {
    const byTable = new Map<string, FreeTextColumn[]>();
    for (const column of await this.freeTextColumns()) byTable.set(column.table, [...(byTable.get(column.table) ?? []), column]);
    const changed: string[] = [];
    for (const [table, columns] of byTable) {
      const [{ count }] = await this.em.execute<{ count: number }[]>(sweepTableSql(table, columns), [pattern, replacement]);
      if (count > 0) changed.push(table);
    }
    return changed;
  }

  /**
   * VACUUM of each table, one after another, on a pool connection of its own: never inside a transaction
   * (PostgreSQL refuses it there), so called after the erasure's transaction has committed. Maintenance,
   * not a write: it changes no row.
   */
  async vacuum(tables: readonly string[]): Promise<void> {
    const connection = this.em.getConnection();
    for (const table of tables) await connection.execute(vacuumTableSql(table));
  }
}
