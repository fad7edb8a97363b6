import { ChildProcess, spawn } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { TEST_JWT_SECRET } from './support/test-app.js';
import { Role, signDevelopmentToken } from '@sidos/auth';
import { distFile, ensureBuild } from '../scripts/ensure-build.js';

/** Resolves when `count` requests of this process's fetch have been sent whole (undici's diagnostics channel). */
function requestsSent(count: number): Promise<void> {
  return new Promise((resolve) => {
    let sent = 0;
    const onSent = () => {
      sent += 1;
      if (sent < count) return;
      unsubscribe('undici:request:bodySent', onSent);
      resolve();
    };
    subscribe('undici:request:bodySent', onSent);
  });
}

/** `npm start`'s process: SIGTERM lets in-flight requests finish, then the process exits 0. */
describe('graceful shutdown on SIGTERM', () => {
  let database: TestDatabase;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    ensureBuild();
    database = await createTestDatabase();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await database?.drop();
  });

  it('finishes the requests it has accepted and exits 0', async () => {
    child = spawn(process.execPath, [distFile('apps', 'api', 'src', 'main.js')], {
      cwd: join(import.meta.dirname, '..'),
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: database.url,
        PORT: '0',
        JWT_SECRET: TEST_JWT_SECRET,
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        SHUTDOWN_DRAIN_SECONDS: '5',
        DATABASE_POOL_MAX: String(database.poolMax),
        RATE_LIMIT_PER_IP: '0',
        RATE_LIMIT_PER_SUBJECT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    // The URL, as soon as the line that names it has been written (each chunk of output is looked at as it comes).
    const url = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const match = /Sidos API: (http:\/\/\S+\/graphql)/.exec(output);
        if (!match) return;
        child!.stdout!.off('data', look);
        resolve(match[1]);
      };
      child!.stdout!.on('data', look);
      void exited.then(() => reject(new Error(`the API exited before listening:\n${output}`)));
    });

    const token = await signDevelopmentToken(TEST_JWT_SECRET, { sub: 'shutdown-test', roles: [Role.VIEWER] });
    const query = '{ organisations(first: 100) { totalCount nodes { name groups { name memberCount } affiliations { role contact { lastName } } } } }';
    const sent = requestsSent(20);
    const inFlight = Array.from({ length: 20 }, () =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) }).then(
        async (response) => ({
          status: response.status,
          body: (await response.json()) as { data?: { organisations?: { totalCount: number } }; errors?: unknown },
        }),
      ),
    );
    // SIGTERM once all twenty requests are on their way (sent whole), not after a guessed time.
    await sent;
    child.kill('SIGTERM');
    // Asks until the process has taken the signal (each answer comes back at once; bounded in count).
    let health = await fetch(url.replace('/graphql', '/health'));
    for (let attempt = 0; attempt < 200 && health.status === 200; attempt += 1) health = await fetch(url.replace('/graphql', '/health'));
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'draining' });

    const responses = await Promise.all(inFlight);
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    for (const response of responses) {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.organisations!.totalCount).toBeGreaterThanOrEqual(30);
    }
    expect(await exited).toBe(0);
    child = undefined;
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});
