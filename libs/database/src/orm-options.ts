import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { type EntityClass } from '@mikro-orm/core';
import { MIGRATIONS } from '@sidos/migrations';
import { join } from 'node:path';
import { reportQuery } from './query-observer.js';
import { ReleasingPostgreSqlDriver } from './releasing-postgresql-driver.js';
import { SESSION_SETTINGS } from './session-settings.js';

/** Where and how the app's connections go: the validated configuration, carried from `prepareDatabase` to every pool. */
export interface DatabaseTarget {
  url: string;
  /**
   * Read replicas (DATABASE_READ_URLS). Entity reads and everything a mutation does stay on the primary
   * (`preferReadReplicas: false`: read-your-writes and optimistic locking need it); the reads of list and
   * coverage queries ask for a replica explicitly (a repository method declares it: ReadRoute in read-route.ts).
   */
  readUrls?: string[];
  poolMax: number;
  /**
   * The startup `options` of every connection (DATABASE_SESSION_OPTIONS): SESSION_SETTINGS when undefined; an
   * empty string sends none (behind a PgBouncer that refuses them: set them on the server's role instead), and then
   * node-postgres, like libpq, takes PGOPTIONS from the environment if it is set. Required, so that no pool (the app's,
   * the start-up migration's, a CLI's) can leave it out and quietly send the default instead of the configured value.
   */
  sessionOptions: string | undefined;
}

/** A pool's options: the target, and the entities it maps. */
export interface DatabaseConnectionOptions extends DatabaseTarget {
  entities: EntityClass<unknown>[];
  /** Keep the migration snapshot file up to date: only the CLI, which writes migrations, does. */
  writeSnapshot?: boolean;
}

/** Where migrations live; the CLI writes new ones here, the app runs the compiled list in MIGRATIONS. */
export const MIGRATIONS_FOLDER = join(import.meta.dirname, '..', '..', '..', 'prisma-free-migrations');

/** MikroORM options shared by the app, the migrator and the CLI. The schema changes only through migrations. */
export function createOrmOptions({ url, readUrls = [], poolMax, sessionOptions, entities, writeSnapshot = false }: DatabaseConnectionOptions): Options {
  return defineConfig({
    // MikroORM's PostgreSQL driver, but a connection whose ROLLBACK fails goes back to the pool (see the class).
    driver: ReleasingPostgreSqlDriver,
    clientUrl: url,
    replicas: readUrls.map((clientUrl, index) => ({ name: `read-replica-${index + 1}`, clientUrl })),
    preferReadReplicas: false,
    entities,
    pool: { min: 0, max: poolMax, idleTimeoutMillis: 30_000 },
    // node-postgres pool options: connectionTimeoutMillis bounds both a new connection and the wait for a free one;
    // the session options (SESSION_SETTINGS by default) are sent with each connection's startup.
    driverOptions: { connectionTimeoutMillis: 5_000, application_name: 'sidos', ...startupOptions(sessionOptions) },
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
    onQuery: (sql: string, params: readonly unknown[]) => reportQuery(sql, params),
    discovery: { checkDuplicateTableNames: true },
    // Triggers and functions (coverage generations, sidos_normalise) are written by hand in migrations;
    // MikroORM 7 would otherwise plan to drop every one that no entity declares.
    schemaGenerator: { ignoreTriggers: true, ignoreRoutines: true },
  });
}

/** node-postgres's `options`: the configured ones, SESSION_SETTINGS when none are configured, none when empty. */
function startupOptions(sessionOptions: string | undefined): { options?: string } {
  const options = sessionOptions ?? SESSION_SETTINGS;
  return options === '' ? {} : { options };
}
