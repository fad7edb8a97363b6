import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '@sidos/database';

export interface TestDatabase {
  url: string;
  /** The pool size the database allows (PGlite runs one backend). */
  poolMax: number;
  embedded: boolean;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new database on the server of DATABASE_URL (or of
 * `serverUrl`, another server the test started), or, without either, a throwaway embedded PostgreSQL
 * (PGlite) in memory.
 */
export async function createTestDatabase(serverUrl: string | undefined = process.env.DATABASE_URL): Promise<TestDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase('memory://');
    return { url: embedded.url, poolMax: embedded.maxConnections, embedded: true, drop: () => embedded.stop() };
  }
  const name = `sidos_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    poolMax: 5,
    embedded: false,
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
