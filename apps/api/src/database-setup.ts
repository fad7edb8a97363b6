import { type DynamicModule } from '@nestjs/common';
import { type AppConfig } from '@sidos/config';
import { DatabaseModule, type DatabaseTarget, type EmbeddedDatabase, runMigrations, startEmbeddedDatabase } from '@sidos/database';
import { ENTITIES } from './entities.js';

/**
 * Where every pool of the process connects, and how (DATABASE_URL or the embedded default's, DATABASE_READ_URLS,
 * DATABASE_POOL_MAX, DATABASE_SESSION_OPTIONS): the app, the start-up migration and the CLIs all take it from here.
 */
export interface PreparedDatabase extends DatabaseTarget {
  /** DATABASE_READ_URLS (none on the embedded default). */
  readUrls: string[];
  /** Set when running on the embedded default. */
  embedded?: EmbeddedDatabase;
  appliedMigrations: string[];
}

/** DATABASE_URL, or the embedded default started here; then pending migrations unless MIGRATE_ON_START=false. */
export async function prepareDatabase(config: AppConfig): Promise<PreparedDatabase> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedDatabase(config.embeddedDataDir, {
        lock: {
          onWait: (holder) => console.error(`Waiting for process ${holder} (a Sidos still stopping?) to release ${config.embeddedDataDir}…`),
        },
      });
  const url = config.databaseUrl ?? embedded!.url;
  const poolMax = embedded ? Math.min(config.databasePoolMax, embedded.maxConnections) : config.databasePoolMax;
  try {
    const sessionOptions = config.databaseSessionOptions;
    const appliedMigrations = config.migrateOnStart ? await runMigrations({ url, poolMax: 1, sessionOptions, entities: ENTITIES }) : [];
    return { url, readUrls: embedded ? [] : config.databaseReadUrls, poolMax, sessionOptions, embedded, appliedMigrations };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * The database module of a command-line tool (`npm run report`, `import`, `export`): the prepared target on the
 * primary only, as before DATABASE_READ_URLS: a tool reads what it then writes or reports, never a lagging copy.
 */
export function cliDatabaseModule(database: DatabaseTarget): DynamicModule {
  return DatabaseModule.forRoot({
    url: database.url,
    poolMax: database.poolMax,
    sessionOptions: database.sessionOptions,
    readUrls: [],
    entities: ENTITIES,
  });
}
