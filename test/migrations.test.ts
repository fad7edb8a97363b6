import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmOptions } from '@sidos/database';
import { MIGRATIONS } from '@sidos/migrations';
import { ENTITIES } from '../apps/api/src/entities.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** The schema changes only through migrations: every file is listed, and they build what the entities describe. */
describe('migrations', () => {
  let database: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(createOrmOptions({ url: database.url, poolMax: 1, sessionOptions: undefined, entities: ENTITIES }));
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  it('lists every migration file of prisma-free-migrations/ in order', () => {
    const files = readdirSync(join(import.meta.dirname, '..', 'prisma-free-migrations'))
      .filter((file) => /^migration-\d{14}.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(MIGRATIONS.map((migration) => migration.name)).toEqual(files);
  });

  it('applies to an empty database, then leaves nothing for the entities to change', async () => {
    const applied = await orm.migrator.up();
    expect(applied.map((migration) => migration.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(await orm.migrator.getPending()).toEqual([]);
    const update = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(update.trim()).toBe('');
  });

  it('indexes every foreign key column', async () => {
    const unindexed = await orm.em.fork().execute<{ table_name: string; column_name: string }[]>(`
      select c.conrelid::regclass::text as table_name, a.attname as column_name
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and array_length(c.conkey, 1) = 1
        and not exists (
          select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1]
        )
      order by 1, 2`);
    expect(unindexed).toEqual([]);
  });
});
