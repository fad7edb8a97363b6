import { createHash } from 'node:crypto';
import { type EntityManager, type Kysely } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import { type Pool } from 'pg';
import { reportQuery } from './query-observer.js';
import { type ReadRoute } from './read-route.js';

/**
 * How many statement texts may become named prepared statements (each is prepared once per pooled
 * connection that runs it, and PostgreSQL keeps its plan for the connection's life). Texts past the bound
 * still run with their parameters apart, unnamed: planned on every call, as before.
 */
export const NAMED_STATEMENT_LIMIT = 256;

const statementNames = new Map<string, string>();

/** The name of a statement text (stable for the process), or undefined once NAMED_STATEMENT_LIMIT texts have one. */
export function statementNameOf(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < NAMED_STATEMENT_LIMIT) {
    name = `sidos_${createHash('sha1').update(text).digest('hex').slice(0, 32)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * The statements here write their parameters as `?` (as the ORM's `execute` does); PostgreSQL's wire
 * protocol numbers them (`$1`, `$2`, …). A `?` inside a quoted literal or identifier is left alone.
 */
export function numberPlaceholders(sql: string): string {
  let number = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (token) => (token === '?' ? `$${++number}` : token));
}

const numberedTexts = new Map<string, string>();

/** numberPlaceholders of a statement text, kept for the texts that have a statement name (hot reads run the same few texts). */
function numberedText(sql: string): string {
  let text = numberedTexts.get(sql);
  if (text === undefined) {
    text = numberPlaceholders(sql);
    if (numberedTexts.size < NAMED_STATEMENT_LIMIT) numberedTexts.set(sql, text);
  }
  return text;
}

/** Per ORM driver: whether its server keeps named statements apart per connection (see detectNamedStatements). */
const namedStatementServers = new WeakMap<object, boolean>();

/**
 * Asks the primary once which server it is, and allows named statements unless it is the embedded PGlite:
 * its socket server runs every client connection in one shared session, where two connections preparing
 * the same name would collide. Until this answers (or when it fails), statements run unnamed. Straight on
 * the pool, so that no query observer (a test counting a request's statements) ever sees it.
 */
export async function detectNamedStatements(em: EntityManager): Promise<boolean> {
  const pool: Pool = await em.getConnection('write').getNativeClient();
  const {
    rows: [row],
  } = await pool.query<{ version: string }>('select version() as "version"');
  const named = !row.version.includes('PGlite');
  namedStatementServers.set(em.getDriver(), named);
  return named;
}

/**
 * Runs a read with its parameters sent apart from the text, as a named prepared statement where the
 * server allows it (detectNamedStatements): PostgreSQL then parses it once per connection and, after its
 * first few calls, reuses a generic plan when that costs no more than the custom ones, instead of planning
 * the statement on every request as it must when the ORM inlines the values. For the hot reads whose text
 * does not vary with their values (write `= any(?)` with an array, not a list of `?`), whose planning
 * is a large part of their cost (docs/benchmarks.md). Where `route` says, as executeOn: inside a
 * transaction on the transaction's connection (unnamed); otherwise on the primary's or a replica's pool.
 * Reported to query observers as the ORM's statements are (with `?`); driver errors become the ORM's
 * exceptions, as em.execute's do.
 */
export async function executePrepared<T extends Record<string, unknown>[]>(
  em: EntityManager,
  route: ReadRoute,
  sql: string,
  params: readonly unknown[],
): Promise<T> {
  reportQuery(sql, params);
  const text = numberedText(sql);
  try {
    const transaction = em.getTransactionContext<Kysely<unknown>>();
    if (transaction) return (await transaction.executeQuery(CompiledQuery.raw(text, [...params]))).rows as T;
    const pool: Pool = await em.getConnection(route.on === 'primary' ? 'write' : 'read').getNativeClient();
    const name = namedStatementServers.get(em.getDriver()) ? statementNameOf(text) : undefined;
    return (await pool.query({ name, text, values: [...params] })).rows as T;
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}
