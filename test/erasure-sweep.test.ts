import { ContactService, UpdateContactInput } from '@sidos/register';
import { ContactPrivacyService, ErasureVacuumService, OrganisationMergeService } from '@sidos/upkeep';
import { TestServices } from './support/test-services.js';
import {
  addMembers,
  asInput,
  createActivityWith,
  createConsultation,
  createContact,
  createGroup,
  createOrganisation,
  createPolicyArea,
  setPreferences,
  viewer,
} from './support/service-factories.js';

/** The person, as the register holds them. */
const PERSON = { firstName: 'Ville', lastName: 'Valtonen', email: 'ville.valtonen@example.fi', phone: '+358 50 765 4321' };

/** The person written as people write: other orders, other spaces and punctuation, other letter cases, other phone forms. */
const SPELLINGS = [
  'Ville Valtonen',
  'Ville\u00a0Valtonen', // no-break space
  'Ville\u2003Valtonen', // em space
  'Ville\nValtonen',
  'Valtonen, Ville',
  'Valtonen Ville',
  'VALTONEN\u202fVILLE', // narrow no-break space
  'ville–valtonen', // en dash
  'VILLE.VALTONEN@EXAMPLE.FI',
  'Ville.Valtonen@Example.fi',
  '050 765 4321',
  '0507654321',
  '+358 50 765 4321',
  '+358-50-7654321',
  '+358 (0)50 765 43 21',
  '00358 50 7654321',
];

/** What must not remain anywhere after the erasure, as PostgreSQL regular expressions over a column's text (json as its text). */
const FORBIDDEN = [
  'ville[^a-z0-9]*valtonen',
  'valtonen[^a-z0-9]*ville',
  'ville\\.valtonen@example\\.fi',
  '5[^0-9]{0,3}0[^0-9]{0,3}7[^0-9]{0,3}6[^0-9]{0,3}5[^0-9]{0,3}4[^0-9]{0,3}3[^0-9]{0,3}2[^0-9]{0,3}1',
];

interface CatalogColumn {
  table: string;
  column: string;
  kind: string;
}

/**
 * Erasure sweeps every free text: the person written into every free-text column of every table (found in
 * the catalog here too, so a table another feature adds is covered), in many spellings, is found nowhere
 * after the erasure, scanning every text, varchar, json, jsonb and array column of every table; and the
 * tables it changed are vacuumed after its transaction commits. Service tier.
 */
describe('erasure sweeps every free text', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  /** eraseContact: the contact as it answers it. */
  const erase = async (id: string) => {
    const { firstName, lastName, email, phone, erased } = await app.mutate(() => app.get(ContactPrivacyService).erase(viewer(), id));
    return { id, firstName, lastName, email, phone, erased };
  };
  afterAll(async () => {
    await app?.stop();
  });

  /** Every text-like column of every base table (the scan's scope: nothing left out). */
  const everyTextColumn = () =>
    app.sql<CatalogColumn>(
      `select c.table_name as "table", c.column_name as "column", c.data_type as "kind"
       from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
       where c.table_schema = current_schema()
         and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb') or c.data_type = 'ARRAY')
       order by 1, 2`,
    );

  /**
   * The columns a person's words can be written into: text-like, not generated, not an identifier (`id`,
   * `…_id`), not limited by a CHECK to a list of values (enums), not the migrator's table.
   */
  const writableColumns = () =>
    app.sql<CatalogColumn>(
      `select c.table_name as "table", c.column_name as "column", c.data_type as "kind"
       from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
       where c.table_schema = current_schema() and c.table_name <> 'mikro_orm_migrations' and c.is_generated = 'NEVER'
         and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb') or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))
         and c.column_name <> 'id' and c.column_name not like '%\\_id'
         and not exists (
           select 1 from information_schema.constraint_column_usage u
           join information_schema.check_constraints k on k.constraint_schema = u.constraint_schema and k.constraint_name = u.constraint_name
           where u.table_schema = c.table_schema and u.table_name = c.table_name and u.column_name = c.column_name
             and k.check_clause ~* '(= any \\(array\\[|<@ array\\[)')
       order by 1, 2`,
    );

  /**
   * Inserts one row into a table the services' setup left empty (a table another feature added): every column
   * that needs a value gets a plain one of its type (an enum-like column the first value its CHECK allows),
   * and every foreign key an existing row of the table it refers to (filled first the same way if empty).
   */
  async function insertRow(table: string, depth = 0): Promise<void> {
    const columns = await app.sql<{ column: string; type: string; nullable: boolean; defaulted: boolean; derived: boolean }>(
      `select column_name as "column", data_type as "type", is_nullable = 'YES' as "nullable", column_default is not null as "defaulted",
              (is_generated <> 'NEVER' or is_identity = 'YES') as "derived"
       from information_schema.columns where table_schema = current_schema() and table_name = ? order by ordinal_position`,
      [table],
    );
    const foreignKeys = await app.sql<{ column: string; referenced: string; referencedColumn: string }>(
      `select a.attname as "column", rt.relname as "referenced", ra.attname as "referencedColumn"
       from pg_constraint k
       join pg_class t on t.oid = k.conrelid join pg_class rt on rt.oid = k.confrelid
       join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
       join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[1]
       where k.contype = 'f' and t.relname = ? and t.relnamespace = current_schema()::regnamespace`,
      [table],
    );
    const allowed = await app.sql<{ column: string; definition: string }>(
      `select a.attname as "column", pg_get_constraintdef(k.oid) as "definition"
       from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
       where k.contype = 'c' and cardinality(k.conkey) = 1 and t.relname = ? and t.relnamespace = current_schema()::regnamespace`,
      [table],
    );
    const names: string[] = [];
    const values: string[] = [];
    for (const { column, type, nullable, defaulted, derived } of columns) {
      if (derived) continue;
      const foreignKey = foreignKeys.find((key) => key.column === column);
      if (foreignKey) {
        const [{ count }] = await app.sql<{ count: number }>(`select count(*)::int as "count" from "${foreignKey.referenced}"`);
        if (count === 0 && depth < 3) await insertRow(foreignKey.referenced, depth + 1);
        names.push(column);
        values.push(`(select "${foreignKey.referencedColumn}" from "${foreignKey.referenced}" limit 1)`);
        continue;
      }
      if (nullable || defaulted) continue;
      const listed = allowed.find((check) => check.column === column)?.definition.match(/'([^']*)'/)?.[1];
      names.push(column);
      values.push(listed !== undefined ? `'${listed}'` : plainValueOf(type));
    }
    await app.sql(`insert into "${table}" (${names.map((name) => `"${name}"`).join(', ')}) values (${values.join(', ')})`);
  }

  /** "table.column: N rows" for each column holding something FORBIDDEN. */
  async function forbiddenHoldings(): Promise<string[]> {
    const found: string[] = [];
    for (const { table, column } of await everyTextColumn()) {
      const [row] = await app.sql<{ count: number }>(
        `select count(*)::int as "count" from "${table}" where ${FORBIDDEN.map(() => `"${column}"::text ~* ?`).join(' or ')}`,
        FORBIDDEN,
      );
      if (row.count > 0) found.push(`${table}.${column}: ${row.count} rows`);
    }
    return found;
  }

  it('writes the person into every free-text column in many spellings and finds none after the erasure, and vacuums the tables it changed', async () => {
    // A table as another feature would add it, unknown to the erasure's code: found in the catalog, swept all the same
    // (its row made by insertRow below). Every kind of free-text column: text, varchar, text[], json, jsonb.
    await app.sql(`create table "later_feature_comment" (
      "id" uuid primary key default gen_random_uuid(),
      "activity_id" uuid not null references "activity" ("id"),
      "kind" text not null check ("kind" in ('PRAISE', 'COMPLAINT')),
      "rating" integer not null check ("rating" between 1 and 5),
      "comment" text not null, "author" varchar(1000), "tags" text[], "extra" json, "details" jsonb)`);

    // One of everything through the services, so that every table holds rows (and audit events record the mentions).
    const area = await createPolicyArea(app, { name: 'Sote: Ville Valtonen asked for it' });
    const organisation = await createOrganisation(app, { notes: 'Ask Valtonen, Ville (050 765 4321)', policyAreaIds: [area.id] });
    const other = await createOrganisation(app);
    const person = await createContact(app, { ...PERSON, title: 'Secretary', affiliations: [{ organisationId: organisation.id, role: 'Secretary' }] });
    const colleague = await createContact(app, { firstName: 'Ville', lastName: 'Nieminen', affiliations: [{ organisationId: other.id, role: 'Chair' }] });
    const group = await createGroup(app, { reachNotes: 'Through Ville\u00a0Valtonen', description: 'Valtonen alone is someone else' });
    await addMembers(app, group.id, { contactIds: [person.id, colleague.id], organisationIds: [organisation.id] });
    const consultation = await createConsultation(app, { description: 'Prepared with VILLE.VALTONEN@EXAMPLE.FI', targetGroupIds: [group.id] });
    await createActivityWith(app, consultation.id, { title: 'Meeting with Valtonen Ville' }, [
      { kind: 'PARTICIPATED', contactId: person.id, organisationId: organisation.id, notes: 'Ville Valtonen spoke' },
      { kind: 'PARTICIPATED', contactId: colleague.id, notes: 'Ville (not Valtonen) called +358-50-7654321' },
    ]);
    // The practice's records too (preferences have exactly one party: a row the catalog alone cannot make).
    await setPreferences(app, { organisationId: other.id }, { notes: 'Invite through Ville Valtonen', accessibilityNeeds: 'None' });
    await setPreferences(app, { contactId: person.id }, { accessibilityNeeds: 'Ville Valtonen needs a step-free venue' });
    const mergedSource = await createOrganisation(app);
    await app.mutate(() => app.get(OrganisationMergeService).merge(viewer(), organisation.id, [mergedSource.id]));

    // Every writable column of every table, in every row but the person's own record, gets every spelling.
    const columns = await writableColumns();
    const byTable = new Map<string, CatalogColumn[]>();
    for (const column of columns) byTable.set(column.table, [...(byTable.get(column.table) ?? []), column]);
    let cell = 0;
    const text = () => `#${(cell += 1)} about ${SPELLINGS.join(' / ')}; Ville, and Valtonen alone, stay.`;
    const written: string[] = [];
    for (const table of byTable.keys()) {
      const [{ count }] = await app.sql<{ count: number }>(`select count(*)::int as "count" from "${table}"`);
      if (count === 0) await insertRow(table);
    }
    for (const [table, tableColumns] of byTable) {
      const rows = await app.sql<{ ctid: string }>(`select ctid::text as "ctid" from "${table}" ${table === 'contact' ? 'where id <> ?' : ''}`, [
        ...(table === 'contact' ? [person.id] : []),
      ]);
      expect({ table, rows: rows.length > 0 }).toEqual({ table, rows: true });
      for (const { ctid } of rows) {
        const values = tableColumns.map((column) => valueFor(column.kind, text()));
        await app.sql(
          `update "${table}" set ${tableColumns.map((column) => `"${column.column}" = ?::${castOf(column.kind)}`).join(', ')} where ctid = ?::tid`,
          [...values, ctid],
        );
      }
      written.push(...tableColumns.map((column) => `${table}.${column.column}`));
    }
    expect(written).toEqual(expect.arrayContaining(['organisation.notes', 'stakeholder_group.reach_notes', 'consultation.description', 'activity.title']));
    expect(written).toEqual(expect.arrayContaining(['engagement.notes', 'audit_event.changes', 'contact.title', 'affiliation.role']));
    expect(written.filter((column) => column.startsWith('later_feature_comment.'))).toEqual([
      'later_feature_comment.author',
      'later_feature_comment.comment',
      'later_feature_comment.details',
      'later_feature_comment.extra',
      'later_feature_comment.tags',
    ]);
    expect((await forbiddenHoldings()).length).toBeGreaterThanOrEqual(written.length);

    const vacuumed = async () =>
      new Map(
        (await app.sql<{ table: string; count: number }>(`select relname as "table", vacuum_count::int as "count" from pg_stat_user_tables`)).map((row) => [
          row.table,
          row.count,
        ]),
      );
    const vacuumsBefore = await vacuumed();

    const erased = await erase(person.id);
    await app.get(ErasureVacuumService).idle();

    expect(erased).toEqual({ id: person.id, firstName: 'Erased', lastName: 'Erased', email: null, phone: null, erased: true });
    expect(await forbiddenHoldings()).toEqual([]);
    // A first or a last name alone is not the person: it stays, in every cell it was written to.
    const [kept] = await app.sql<{ description: string }>('select description from stakeholder_group where id = ?', [group.id]);
    expect(kept.description).toMatch(/^#\d+ about (\[erased\] \/ )+\[erased\]; Ville, and Valtonen alone, stay\.$/);
    const [colleagueNow] = await app.sql<{ first_name: string; last_name: string }>('select first_name, last_name from contact where id = ?', [colleague.id]);
    expect(colleagueNow.first_name).toMatch(/Ville, and Valtonen alone, stay\.$/);
    // The audit events are still JSON documents of the same shape.
    const [{ broken }] = await app.sql<{ broken: number }>(`select count(*)::int as "broken" from audit_event where jsonb_typeof(changes) <> 'array'`);
    expect(broken).toBe(0);

    // Vacuumed after the commit: the person's table, the tables swept, those of the rows deleted.
    const vacuumsAfter = await vacuumed();
    for (const table of [...byTable.keys(), 'affiliation'])
      expect({ table, vacuumed: (vacuumsAfter.get(table) ?? 0) > (vacuumsBefore.get(table) ?? 0) }).toEqual({ table, vacuumed: true });
  });

  it('finds the person written only in a form other than the register holds (former values from the audit trail, national phone form)', async () => {
    const contact = await createContact(app, { firstName: 'Aino', lastName: 'Ahonen', email: 'aino.ahonen@example.fi', phone: '040 123 4567' });
    const input = await asInput(UpdateContactInput, { lastName: 'Berg', phone: null }, 'input');
    const renamed = await app.mutate(() => app.get(ContactService).update(viewer(), contact.id, contact.version, input));
    expect(renamed.version).toBe(2);
    const organisation = await createOrganisation(app, { notes: 'Former: AHONEN,\u00a0AINO; +358 40 1234567; Aino Berg; Berg Aino' });

    await erase(contact.id);

    const [row] = await app.sql<{ notes: string }>('select notes from organisation where id = ?', [organisation.id]);
    expect(row.notes).toBe('Former: [erased]; [erased]; [erased]; [erased]');
  });
});

/** A value of a column's type holding `text`: the text itself, an array of it, or a JSON document of audit-event shape. */
function valueFor(kind: string, text: string): string {
  if (kind === 'ARRAY') return `{${JSON.stringify(text)}}`;
  if (kind === 'json' || kind === 'jsonb') return JSON.stringify([{ field: 'notes', from: JSON.stringify(text), to: text, nested: { list: [text] } }]);
  return text;
}

/** A plain SQL value of a column type, for a column that needs one. */
function plainValueOf(type: string): string {
  if (type === 'uuid') return 'gen_random_uuid()';
  if (['smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision'].includes(type)) return '1';
  if (type === 'boolean') return 'false';
  if (type === 'date') return 'current_date';
  if (type.startsWith('timestamp')) return 'now()';
  if (type === 'json' || type === 'jsonb') return `'[]'`;
  if (type === 'ARRAY') return `'{}'`;
  return `'x'`;
}

const castOf = (kind: string) => (kind === 'ARRAY' ? 'text[]' : kind === 'json' || kind === 'jsonb' ? kind : 'text');
