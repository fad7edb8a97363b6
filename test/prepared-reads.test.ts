import { DriverException } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { detectNamedStatements, executePrepared, observeQueries, ON_PRIMARY, ON_REPLICA } from '@sidos/database';
import { TestServices } from './support/test-services.js';

/**
 * executePrepared (libs/database/src/prepared-read.ts): a hot read runs as a named prepared statement on a
 * real PostgreSQL, so that the server parses it once per connection and may reuse its plan; unnamed on the
 * embedded PGlite; with its parameters apart from the text, reported to query observers, inside a
 * mutation's transaction on the transaction's connection, and with driver errors as the ORM's exceptions.
 */
describe('executePrepared', () => {
  let app: TestServices;
  // The tests run on PostgreSQL when DATABASE_URL names a server, on the embedded PGlite otherwise.
  const named = Boolean(process.env.DATABASE_URL);

  beforeAll(async () => {
    // Start-up has asked the server already (NamedStatementsProbe): nothing here calls detectNamedStatements first.
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  // The statement finds itself among its connection's prepared statements: it is prepared (Parse) before it runs.
  const SELF = `select "name", "statement", ? as "value" from pg_prepared_statements where "statement" like '%prepared-reads self%'`;

  it('after start-up, runs as a named prepared statement on PostgreSQL (unnamed on PGlite), with its value sent apart', async () => {
    for (const route of [ON_REPLICA, ON_PRIMARY]) {
      const rows = await app.run(() => executePrepared<{ name: string; statement: string; value: string }[]>(app.em(), route, SELF, ["it's a value ?"]));
      if (named) {
        expect(rows).toEqual([
          { name: expect.stringMatching(/^sidos_[0-9a-f]{32}$/), statement: expect.stringContaining('$1 as "value"'), value: "it's a value ?" },
        ]);
      } else {
        expect(rows).toEqual([]);
      }
    }
  });

  it('asks which server it is without any query observer seeing the question', async () => {
    const seen: string[] = [];
    const stop = observeQueries((sql) => seen.push(sql));
    try {
      expect(await detectNamedStatements(app.em())).toBe(named);
    } finally {
      stop();
    }
    expect(seen).toEqual([]);
  });

  it('sends each value with its type as the statement casts it (dates as text, arrays, null)', async () => {
    const sql = `select ?::date as "day", ?::int as "number", ?::uuid[] as "ids", ?::text is null as "missing", now() > ?::timestamptz as "past"`;
    const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    const [prepared] = await app.run(() =>
      executePrepared<Record<string, unknown>[]>(app.em(), ON_REPLICA, sql, ['2026-11-30', 42, ids, null, '2020-01-01T00:00:00Z']),
    );
    expect(prepared).toEqual({ day: '2026-11-30', number: 42, ids, missing: true, past: true });
  });

  it('is reported to query observers with its ? placeholders and values', async () => {
    const seen: { sql: string; params: readonly unknown[] }[] = [];
    const stop = observeQueries((sql, params) => seen.push({ sql, params }));
    try {
      await app.run(() => executePrepared(app.em(), ON_REPLICA, 'select ?::int as "one"', [1]));
    } finally {
      stop();
    }
    expect(seen).toEqual([{ sql: 'select ?::int as "one"', params: [1] }]);
  });

  it("inside a mutation's transaction, reads on the transaction's connection: it sees the transaction's own write", async () => {
    const seen = await app.mutate(async () => {
      const em = app.get(MikroORM).em;
      await em.execute(`create temporary table "prepared_reads_probe" ("id" int) on commit drop`);
      await em.execute(`insert into "prepared_reads_probe" values (7)`);
      return executePrepared<{ id: number }[]>(em, ON_REPLICA, 'select "id" from "prepared_reads_probe" where "id" = ?', [7]);
    });
    expect(seen).toEqual([{ id: 7 }]);
  });

  it("fails with the ORM's exception, not the driver's", async () => {
    await expect(app.run(() => executePrepared(app.em(), ON_REPLICA, 'select ?::int as "not a number"', ['x']))).rejects.toBeInstanceOf(DriverException);
  });
});
