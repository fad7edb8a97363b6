import { defineConfig, Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { EntityClass } from '@mikro-orm/core';
import { MIGRATIONS } from '@sidos/migrations';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { reportQuery } from './query-observer';

export interface DatabaseConnectionOptions {
  url: string;
  /**
   * Read replicas (DATABASE_READ_URLS). Entity reads and everything a mutation does stay on the primary
   * (`preferReadReplicas: false`: read-your-writes and optimistic locking need it); the reads of list and
   * coverage queries ask for a replica explicitly (`executeRead` in fetch-keyset-page.ts).
   */
  readUrls?: string[];
  poolMax: number;
  entities: EntityClass<unknown>[];
  /** Keep the migration snapshot file up to date: only the CLI, which writes migrations, does. */
  writeSnapshot?: boolean;
}

const databaseLogger = new Logger('Database');

/** Where migrations live; the CLI writes new ones here, the app runs the compiled list in MIGRATIONS. */
export const MIGRATIONS_FOLDER = join(__dirname, '..', '..', '..', 'prisma-free-migrations');

/** MikroORM options shared by the app, the migrator and the CLI. The schema changes only through migrations. */
export function createOrmOptions({ url, readUrls = [], poolMax, entities, writeSnapshot = false }: DatabaseConnectionOptions): Options {
  return defineConfig({
    clientUrl: url,
    replicas: readUrls.map((clientUrl, index) => ({ name: `read-replica-${index + 1}`, clientUrl })),
    preferReadReplicas: false,
    entities,
    pool: { min: 0, max: poolMax, idleTimeoutMillis: 30_000, acquireTimeoutMillis: 5_000 },
    driverOptions: {
      connection: { connectionTimeoutMillis: 5_000, application_name: 'sidos' },
      // knex would print connection warnings on the console; they go to the app's log instead.
      log: { warn: (message: string) => databaseLogger.warn(message), error: (message: string) => databaseLogger.error(message), deprecate: () => undefined, debug: () => undefined },
    },
    extensions: [Migrator],
    migrations: {
      path: MIGRATIONS_FOLDER,
      pathTs: MIGRATIONS_FOLDER,
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      silent: true,
      transactional: true,
      allOrNothing: true,
      snapshot: writeSnapshot,
      snapshotName: '.snapshot-sidos',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `migration-${timestamp}${name ? `-${name}` : ''}`,
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ignoreUndefinedInQuery: true,
    debug: false,
    onQuery: (sql: string) => reportQuery(sql),
    discovery: { checkDuplicateTableNames: true },
  });
}
