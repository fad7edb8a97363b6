/**
 * The raw SQL floor as an HTTP server (a child process of the benchmark): POST /search, /organisation,
 * /coverage, /unheard with JSON parameters; each runs ONE hand-written statement (FLOOR_SQL) through a
 * `pg` pool and sends the JSON that PostgreSQL built. It measures what the database needs for each
 * answer plus the cost of HTTP on loopback, with no GraphQL and no ORM.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { FLOOR_FACILITATION_STATEMENTS } from '../test/support/scale/facilitation-scenarios.ts';
import { FLOOR_INVITATIONS_SQL } from '../test/support/scale/invitation-scenario.ts';
import { FLOOR_SEARCH_NAMES_SQL, FLOOR_SQL, likeLiteral } from '../test/support/scale/scenarios.ts';

/** The JSON parameters of a floor request (each endpoint reads its own). */
interface FloorParameters {
  term?: string;
  id?: string;
  from?: string;
  to?: string;
  date?: string;
}

function readBody(request: IncomingMessage): Promise<FloorParameters> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      try {
        resolve(body === '' ? {} : (JSON.parse(body) as FloorParameters));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    request.on('error', reject);
  });
}

export async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10), application_name: 'sidos-bench-floor' });
  const statements: Record<string, (body: FloorParameters) => { sql: string; params: unknown[] }> = {
    '/search': (body) => ({ sql: FLOOR_SQL.search, params: [body.term, likeLiteral(body.term ?? '')] }),
    '/search-names': (body) => ({ sql: FLOOR_SEARCH_NAMES_SQL, params: [body.term, likeLiteral(body.term ?? '')] }),
    '/organisation': (body) => ({ sql: FLOOR_SQL.organisation, params: [body.id] }),
    '/coverage': (body) => ({ sql: FLOOR_SQL.coverage, params: [body.id] }),
    '/unheard': (body) => ({ sql: FLOOR_SQL.unheard, params: [body.from, body.to] }),
    ...FLOOR_FACILITATION_STATEMENTS,
    '/invitations': (body) => ({ sql: FLOOR_INVITATIONS_SQL, params: [body.id, body.date] }),
  };
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      const statement = statements[request.url ?? ''];
      if (!statement || request.method !== 'POST') {
        response.writeHead(404).end();
        return;
      }
      const { sql, params } = statement(await readBody(request));
      const result = await pool.query<{ body: string }>({ text: sql, values: params });
      response.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${result.rows[0].body}}`);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : String(error));
    }
  };
  const server = createServer((request, response) => void answer(request, response));
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`Floor: http://127.0.0.1:${(server.address() as { port: number }).port}\n`);
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await new Promise(() => undefined);
}
