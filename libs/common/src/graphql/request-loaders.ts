import DataLoader from 'dataloader';
import { type ResponseBudget } from './response-budget.js';

/** The GraphQL context of one request. */
export interface GraphQLRequestContext {
  req: { viewer?: unknown; headers: Record<string, string | string[] | undefined> };
  /** Request-scoped DataLoaders, created on first use. */
  loaders: Map<string, DataLoader<unknown, unknown>>;
  /** The list items this request's answer may still build (the hard cap checked during execution). */
  budget?: ResponseBudget;
}

/** Returns the request's DataLoader for `key`, creating it with `batch` on first use. */
export function requestLoader<K, V>(context: GraphQLRequestContext, key: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    context.loaders.set(key, loader);
  }
  return loader;
}

/**
 * Returns the request's DataLoader of records by id for `key`: `fetch` answers the records of a batch of
 * ids that exist, in any order (one statement); an id without a record loads as null.
 */
export function byIdLoader<V extends { id: string }>(
  context: GraphQLRequestContext,
  key: string,
  fetch: (ids: readonly string[]) => Promise<V[]>,
): DataLoader<string, V | null> {
  return requestLoader(context, key, async (ids: readonly string[]) => {
    const byId = new Map((await fetch(ids)).map((record) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Groups rows by a key, in the order of `keys`, for a DataLoader batch answer. */
export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
