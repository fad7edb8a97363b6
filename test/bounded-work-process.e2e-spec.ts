import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Role, signDevelopmentToken } from '@sidos/auth';
import { deployedNodeOptions } from './support/scale/scale-support.ts';
import { distFile, ensureBuild } from '../scripts/ensure-build.js';
import { ALIASED_GROUPS_QUERY, buildNestedRegister, NESTED_GROUPS_QUERY, WORST_NESTED_QUERY } from './support/nested-register.js';
import { TEST_JWT_SECRET, type UntypedJson } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

interface Answer {
  status: number;
  body: { data?: UntypedJson | null; errors?: { message: string; extensions: UntypedJson }[] };
}

/**
 * Issue 12, 1: the built API as the Docker image runs it (its NODE_OPTIONS: a 224 MB heap) over a
 * register of 100 organisations in 10 groups. The cost limit is raised to its maximum, so that the
 * estimate lets the worst nesting through and the response budget, checked during execution, is what
 * holds: each such query fails with QUERY_TOO_COMPLEX, the process stays up, and other requests are answered.
 */
describe('bounded work per request, in the deployed process', () => {
  let database: TestDatabase;
  let child: ChildProcess | undefined;
  let output = '';
  let url: string;
  let viewer: string;

  const post = async (query: string, token = viewer): Promise<Answer> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };

  beforeAll(async () => {
    ensureBuild();
    database = await createTestDatabase();
    child = spawn(process.execPath, [distFile('apps', 'api', 'src', 'main.js')], {
      cwd: join(import.meta.dirname, '..'),
      env: {
        ...process.env,
        NODE_OPTIONS: deployedNodeOptions(),
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        DATABASE_POOL_MAX: String(database.poolMax),
        PORT: '0',
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'warn',
        GRAPHQL_MAX_COST: '10000000',
        RATE_LIMIT_PER_IP: '0',
        RATE_LIMIT_PER_SUBJECT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
    // The URL, as soon as the line that names it has been written (each chunk of output is looked at as it comes).
    url = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const match = /Sidos API: (http:\/\/\S+\/graphql)/.exec(output);
        if (!match) return;
        child!.stdout!.off('data', look);
        resolve(match[1]);
      };
      child!.stdout!.on('data', look);
      void exited.then(() => reject(new Error(`the API exited before listening:\n${output}`)));
    });
    viewer = await signDevelopmentToken(TEST_JWT_SECRET, { sub: 'nested-viewer', roles: [Role.VIEWER] });
    const admin = await signDevelopmentToken(TEST_JWT_SECRET, { sub: 'nested-admin', roles: [Role.ADMIN] });
    await buildNestedRegister(async (document, variables) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data: ResultOf<typeof document>; errors?: unknown };
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    });
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await database?.drop();
  });

  it("stops the review's query, 15 times over, during execution and keeps answering others meanwhile", async () => {
    // Costed before any of these lists was answered (no bound known yet): 316,800, under the raised limit.
    let heavyDone = false;
    const started = Date.now();
    const heavy = post(ALIASED_GROUPS_QUERY).finally(() => (heavyDone = true));
    // Other users' requests while it runs (bounded in number; each waits for its answer).
    const others: Answer[] = [];
    while (!heavyDone && others.length < 1_000) others.push(await post('{ organisations(first: 5) { totalCount nodes { name } } }'));

    const answer = await heavy;
    const peak = /VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${child!.pid}/status`, 'utf8'))?.[1];
    process.stdout.write(
      `bounded work: stopped after ${Date.now() - started} ms, ${others.length} other requests answered meanwhile, peak RSS ${peak ? Math.round(Number(peak) / 1024) : '?'} MB\n`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.data ?? undefined).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'objects', max: 50_000 } });
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      expect(other.status).toBe(200);
      expect(other.body.data!.organisations.totalCount).toBe(100);
    }
    expect(child!.exitCode).toBeNull();
  });

  it("refuses the review's query and the worst nesting the limits allow, and stays up", async () => {
    const nested = print(NESTED_GROUPS_QUERY);
    const answers = await Promise.all([post(nested), post(WORST_NESTED_QUERY), post(WORST_NESTED_QUERY), post(nested)]);
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.data ?? undefined).toBeUndefined();
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(['cost', 'objects']).toContain(answer.body.errors![0].extensions.limit.name);
    }
    // Still the same process, and it answers.
    expect(child!.exitCode).toBeNull();
    expect(child!.signalCode).toBeNull();
    const after = await post('{ stakeholderGroups(first: 10) { totalCount nodes { memberCount } } }');
    expect(after.status).toBe(200);
    expect(after.body.data!.stakeholderGroups.totalCount).toBe(10);
    expect(output).not.toMatch(/heap out of memory/i);
  });
});
