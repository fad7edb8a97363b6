import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations, startEmbeddedDatabase } from '@sidos/database';
import { ENTITIES } from '../../apps/api/src/entities.js';

export interface TestDatabase {
  url: string;
  /** The pool size the database allows (PGlite runs one backend). */
  poolMax: number;
  embedded: boolean;
  /** True when the database starts with every migration applied (a clone of the migrated template). */
  migrated: boolean;
  drop(): Promise<void>;
}

const MIGRATIONS_FOLDER = join(import.meta.dirname, '..', '..', 'prisma-free-migrations');

/**
 * A name for the current migrations: a hash of their source. A template made from other migrations (another
 * branch, an older commit) has another name, so a test never starts from a schema that is not this one's.
 */
export function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_FOLDER)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(MIGRATIONS_FOLDER, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * A fresh database for one test file: a new database on the server of DATABASE_URL (or of `serverUrl`,
 * another server the test started), or, without either, a throwaway embedded PostgreSQL (PGlite) in memory. With `migrated`, it is a clone of a
 * template that has every migration applied, made once per set of migrations and reused by every test
 * file (on a server `CREATE DATABASE … TEMPLATE`, embedded a copy of the template's data folder): the
 * migrations run once per run instead of once per file. Without it the database is empty (the tests of
 * migrations and start-up themselves).
 */
export async function createTestDatabase(options: { migrated?: boolean; serverUrl?: string } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? false;
  const serverUrl = options.serverUrl ?? process.env.DATABASE_URL;
  if (!serverUrl) return createEmbeddedDatabase(migrated);
  const name = `sidos_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (migrated) {
      const template = await ensureServerTemplate(admin, serverUrl);
      await admin.query(`create database "${name}" template "${template}"`);
    } else {
      await admin.query(`create database "${name}"`);
    }
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(serverUrl, name),
    poolMax: 5,
    embedded: false,
    migrated,
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

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The migrated template on the server, made by the first test file that needs it. Test files run in
 * parallel workers: an advisory lock makes one of them build it while the others wait; the template is
 * created under a temporary name and renamed when complete, so a half-made one is never cloned.
 */
async function ensureServerTemplate(admin: Client, serverUrl: string): Promise<string> {
  const template = `sidos_template_${migrationsFingerprint()}`;
  const exists = async () => ((await admin.query('select 1 from pg_database where datname = $1', [template])).rowCount ?? 0) > 0;
  if (await exists()) return template;
  await admin.query("select pg_advisory_lock(hashtext('sidos test template'))");
  try {
    if (await exists()) return template;
    const building = `${template}_building_${randomBytes(4).toString('hex')}`;
    await admin.query(`create database "${building}"`);
    try {
      await runMigrations({ url: databaseUrl(serverUrl, building), poolMax: 1, sessionOptions: undefined, entities: ENTITIES });
      await admin.query(`alter database "${building}" rename to "${template}"`);
    } catch (error) {
      await admin.query(`drop database if exists "${building}" with (force)`);
      throw error;
    }
    return template;
  } finally {
    await admin.query("select pg_advisory_unlock(hashtext('sidos test template'))");
  }
}

/**
 * Embedded: PGlite's slow part is creating a data folder (initdb), not the migrations; a migrated folder
 * is kept as a tarball in the temporary folder, named by the migrations' fingerprint, and each test file
 * starts from a copy of it. It is written under a temporary name and renamed, so readers never see half.
 */
async function createEmbeddedDatabase(migrated: boolean): Promise<TestDatabase> {
  if (!migrated) {
    const embedded = await startEmbeddedDatabase('memory://');
    return { url: embedded.url, poolMax: embedded.maxConnections, embedded: true, migrated, drop: () => embedded.stop() };
  }
  const tarball = join(tmpdir(), `sidos-test-template-${migrationsFingerprint()}.tar`);
  if (!existsSync(tarball)) {
    const template = await startEmbeddedDatabase('memory://');
    try {
      await runMigrations({ url: template.url, poolMax: 1, sessionOptions: undefined, entities: ENTITIES });
      const partial = `${tarball}.${process.pid}.${randomBytes(4).toString('hex')}`;
      writeFileSync(partial, Buffer.from(await (await template.dumpDataDir()).arrayBuffer()));
      renameSync(partial, tarball);
    } finally {
      await template.stop();
    }
  }
  const embedded = await startEmbeddedDatabase('memory://', { loadDataDir: new Blob([readFileSync(tarball)]) });
  return { url: embedded.url, poolMax: embedded.maxConnections, embedded: true, migrated, drop: () => embedded.stop() };
}
