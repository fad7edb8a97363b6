import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireDataFolderLock, type DataFolderLockOptions } from './data-folder-lock.js';

/** The embedded default: PostgreSQL compiled to WASM (PGlite), served on a loopback port. */
export interface EmbeddedDatabase {
  url: string;
  /** PGlite runs one backend: the pool must not hold more connections than this. */
  maxConnections: number;
  /** True when this start created the data folder (a new, empty database). */
  created: boolean;
  /** The whole data folder as a tarball, to start another instance from (tests clone a migrated one). */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

const MAX_CONNECTIONS = 4;

/**
 * Starts PGlite with the extensions the migrations need. `dataDir` keeps the data across restarts;
 * `memory://` gives a throwaway database (tests). A data folder is held by one process at a time (see
 * acquireDataFolderLock): a start while another still holds it waits for it, then refuses.
 */
export async function startEmbeddedDatabase(dataDir: string, options: { loadDataDir?: Blob; lock?: DataFolderLockOptions } = {}): Promise<EmbeddedDatabase> {
  const inMemory = dataDir.startsWith('memory://');
  let created = inMemory;
  let location = dataDir;
  let release = (): void => {};
  if (!inMemory) {
    location = resolve(dataDir);
    mkdirSync(dirname(location), { recursive: true });
    release = await acquireDataFolderLock(location, options.lock);
    created = !existsSync(resolve(location, 'PG_VERSION'));
  }
  let opened: PGlite | undefined;
  try {
    opened = await PGlite.create(location, { extensions: { citext, pg_trgm, unaccent }, loadDataDir: options.loadDataDir });
    const server = new PGLiteSocketServer({ db: opened, host: '127.0.0.1', port: 0, maxConnections: MAX_CONNECTIONS });
    await server.start();
    return served(opened, server, created, release);
  } catch (error) {
    await opened?.close().catch(() => undefined);
    release();
    throw error;
  }
}

function served(database: PGlite, server: PGLiteSocketServer, created: boolean, release: () => void): EmbeddedDatabase {
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres@${address}/postgres`,
    maxConnections: MAX_CONNECTIONS,
    created,
    dumpDataDir: () => database.dumpDataDir('none'),
    async stop() {
      await server.stop();
      await database.close();
      release();
    },
  };
}
