import { EntityManager, Kysely } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import { numberPlaceholders, reportQuery } from '@sidos/database';

/** Rows per statement of a set-based write: one jsonb parameter of this many rows. */
export const WRITE_BATCH_SIZE = 1000;

export function batches<T>(items: readonly T[], size = WRITE_BATCH_SIZE): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * Runs one statement in the entity manager's transaction (if any) with its parameters sent apart from
 * the text: the ORM's `execute` inlines parameters as quoted literals, which for an import's megabytes of
 * rows costs more time and memory than the database's own work. Reported to query observers like any statement.
 */
export async function executeSql<T = Record<string, unknown>>(em: EntityManager, sql: string, parameters: readonly unknown[]): Promise<T[]> {
  reportQuery(sql);
  const runner = em.getTransactionContext<Kysely<unknown>>() ?? em.getKysely();
  const result = await runner.executeQuery<T>(CompiledQuery.raw(numberPlaceholders(sql), [...parameters]));
  return result.rows;
}

/**
 * Runs a set-based statement over `rows` in batches: `sql` reads a batch as `jsonb_to_recordset(?::jsonb)`;
 * its parameters are the batch's JSON text alone, or what `parameters` makes of it. Answers the rows
 * the statement returns, of every batch.
 */
export async function executeInBatches<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  rows: readonly unknown[],
  parameters: (batch: string) => unknown[] = (batch) => [batch],
): Promise<T[]> {
  const returned: T[] = [];
  for (const batch of batches(rows)) returned.push(...(await executeSql<T>(em, sql, parameters(JSON.stringify(batch)))));
  return returned;
}

/** Reads rows whose key is one of `values` (`sql` reads them as a jsonb array parameter), in batches. */
export async function selectWhereIn<T>(em: EntityManager, sql: string, values: readonly unknown[], size = 10_000): Promise<T[]> {
  const rows: T[] = [];
  for (const batch of batches([...new Set(values)], size)) rows.push(...(await executeSql<T>(em, sql, [JSON.stringify(batch)])));
  return rows;
}
