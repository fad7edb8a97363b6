import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmOptions, type DatabaseConnectionOptions } from './orm-options.js';

/** Applies pending migrations; returns the names of those it applied. */
export async function runMigrations(options: DatabaseConnectionOptions): Promise<string[]> {
  const orm = await MikroORM.init(createOrmOptions({ ...options, poolMax: 1 }));
  try {
    const applied = await orm.migrator.up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}
