/**
 * PostGraphile 4 over the same tables (a child process of the benchmark): schema `public` plus the
 * search function of schema `sidos_bench`, read-only (no default mutations), production settings
 * (no GraphiQL, no query log, no stack traces), a `pg` pool of the same size as the API's.
 */
import Module from 'node:module';
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { Pool } from 'pg';

/**
 * PostGraphile 4 needs graphql 15; the app's graphql 16 sits at the top of node_modules, where helpers
 * of PostGraphile's (graphql-parse-resolve-info) would find it. In this process every `graphql` import
 * resolves to the copy installed under postgraphile/, so one graphql module builds and runs the schema.
 */
function useGraphql15(): void {
  const graphql15 = dirname(require.resolve('graphql/package.json', { paths: [dirname(require.resolve('postgraphile/package.json'))] }));
  const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = moduleWithResolver._resolveFilename;
  moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
    if (request === 'graphql' || request.startsWith('graphql/')) return resolve.call(this, request.replace(/^graphql/, graphql15), ...rest);
    return resolve.call(this, request, ...rest);
  };
}

export async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10), application_name: 'sidos-bench-postgraphile' });
  useGraphql15();
  const { postgraphile } = require('postgraphile') as typeof import('postgraphile');
  const middleware = postgraphile(pool, ['public', 'sidos_bench'], {
    disableDefaultMutations: true,
    graphiql: false,
    enableQueryBatching: false,
    disableQueryLog: true,
    showErrorStack: false,
    setofFunctionsContainNulls: false,
    ignoreRBAC: true,
    ignoreIndexes: false,
    legacyRelations: 'omit',
    retryOnInitFail: false,
    watchPg: false,
  });
  const server = createServer(middleware);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`PostGraphile: http://127.0.0.1:${(server.address() as { port: number }).port}/graphql\n`);
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await new Promise(() => undefined);
}
