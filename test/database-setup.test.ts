import { Client } from 'pg';
import { loadConfig } from '@sidos/config';
import { MIGRATIONS } from '@sidos/migrations';
import { prepareDatabase } from '../apps/api/src/database-setup.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** What `npm start` does to the database before serving: migrations unless MIGRATE_ON_START=false. */
describe('database setup at start', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  const tables = async (): Promise<string[]> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const result = await client.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public' order by 1");
      return result.rows.map((row) => row.table_name);
    } finally {
      await client.end();
    }
  };

  it('leaves the schema alone with MIGRATE_ON_START=false, and applies every migration once otherwise', async () => {
    const skipped = await prepareDatabase(loadConfig({ DATABASE_URL: database.url, MIGRATE_ON_START: 'false' }));
    expect(skipped.appliedMigrations).toEqual([]);
    expect(await tables()).toEqual([]);

    const applied = await prepareDatabase(loadConfig({ DATABASE_URL: database.url }));
    expect(applied.appliedMigrations).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(await tables()).toEqual(
      expect.arrayContaining(['organisation', 'contact', 'stakeholder_group', 'consultation', 'engagement', 'audit_event', 'mikro_orm_migrations']),
    );

    const again = await prepareDatabase(loadConfig({ DATABASE_URL: database.url }));
    expect(again.appliedMigrations).toEqual([]);
  });
});
