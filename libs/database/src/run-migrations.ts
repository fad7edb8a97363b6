import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmOptions, DatabaseConnectionOptions } from './orm-options';

/** Applies pending migrations; returns the names of those it applied. */
export async function runMigrations(options: DatabaseConnectionOptions): Promise<string[]> {
  const orm = await MikroORM.init(createOrmOptions({ ...options, poolMax: 1 }));
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}
