/**
 * PostGraphile 5 over the same tables (a child process of the benchmark): schema `public` plus the
 * search function of schema `sidos_bench`, read-only (the create, update and delete mutations left out),
 * production settings (Amber preset, no Ruru/GraphiQL, no watch mode, no explain), a `pg` pool of the
 * same size as the API's, served by grafserv on Node's own HTTP server.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

export async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10), application_name: 'sidos-bench-postgraphile' });
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    disablePlugins: ['PgMutationCreatePlugin', 'PgMutationUpdateDeletePlugin', 'PgMutationPayloadEdgePlugin'],
    pgServices: [makePgService({ pool, schemas: ['public', 'sidos_bench'] })],
    grafserv: { graphiql: false, watch: false, maxRequestLength: 100_000 },
    grafast: { explain: false },
  };
  const instance = postgraphile(preset);
  const serv = instance.createServ(grafserv);
  const server = createServer();
  server.keepAliveTimeout = 60_000;
  await serv.addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`PostGraphile: http://127.0.0.1:${(server.address() as { port: number }).port}/graphql\n`);
  const stop = (): void => {
    server.close(() => {
      void Promise.resolve(instance.release())
        .then(() => pool.end())
        .then(() => process.exit(0));
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await new Promise(() => undefined);
}
