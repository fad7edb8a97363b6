/**
 * What the benchmark (bench/) and the tests share besides the scale register and the scenarios: applying the
 * migrations to a database, the deployed API's Node options, and posting GraphQL or JSON.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root. */
export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Builds the API when dist/ is older than the sources (scripts/ensure-build.js), then applies migrations to `url`. */
export function applyMigrations(url: string): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'migrate.js')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('applying the migrations failed (see above)');
}

/** The NODE_OPTIONS that the Docker image runs the API with (its `ENV … NODE_OPTIONS=…` line). */
export function deployedNodeOptions(dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')): string {
  const match = /^ENV\b.*\bNODE_OPTIONS=(?:"([^"]*)"|(\S+))/m.exec(dockerfile);
  if (!match) throw new Error('the Dockerfile sets no NODE_OPTIONS');
  return match[1] ?? match[2];
}

/** POSTs a GraphQL document and answers the parsed body; throws on HTTP or GraphQL errors. */
export async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || body.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 2000)}`);
  return body.data as T;
}

/** POSTs JSON to a plain endpoint (the SQL floor). */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 2000)}`);
  return (await response.json()) as T;
}
