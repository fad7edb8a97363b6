/** What these checks need of a test app (TestApp or TestServices): plain SQL on the test's database. */
export interface SqlReader {
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
}

/** Every table of the application (public schema, without the migrator's own). */
export async function applicationTables(app: SqlReader): Promise<string[]> {
  const rows = await app.sql<{ table_name: string }>(
    `select table_name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'
     order by table_name`,
  );
  return rows.map((row) => row.table_name);
}

/** One hash of the contents of every table: equal before and after means nothing was written. */
export async function databaseFingerprint(app: SqlReader): Promise<Record<string, string>> {
  const fingerprint: Record<string, string> = {};
  for (const table of await applicationTables(app)) {
    const [row] = await app.sql<{ hash: string }>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from "${table}" t`);
    fingerprint[table] = row.hash;
  }
  return fingerprint;
}

/**
 * Where `value` occurs (case-insensitively) in any text, varchar, json(b) or array column of any table:
 * "table.column: N rows" for each column that holds it.
 */
export async function columnsHolding(app: SqlReader, value: string): Promise<string[]> {
  const columns = await app.sql<{ table_name: string; column_name: string }>(
    `select c.table_name, c.column_name
     from information_schema.columns c
     join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
     where c.table_schema = 'public'
       and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb') or c.data_type = 'ARRAY')
     order by c.table_name, c.column_name`,
  );
  const pattern = `%${value.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await app.sql<{ count: string }>(`select count(*) as count from "${table}" where "${column}"::text ilike ?`, [pattern]);
    if (Number(row.count) > 0) found.push(`${table}.${column}: ${row.count} rows`);
  }
  return found;
}

/**
 * Waits until the server backend `pid` waits for a lock (an event, not a time): asks pg_stat_activity again as
 * soon as it has answered, at most `tries` times, and fails if the backend never waits.
 */
export async function waitUntilWaitingForLock(app: SqlReader, pid: number, tries = 2_000): Promise<void> {
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const [row] = await app.sql<{ waiting: boolean }>(`select wait_event_type = 'Lock' as "waiting" from pg_stat_activity where pid = ?`, [pid]);
    if (row?.waiting) return;
  }
  throw new Error(`backend ${pid} did not wait for a lock in ${tries} looks at pg_stat_activity`);
}
