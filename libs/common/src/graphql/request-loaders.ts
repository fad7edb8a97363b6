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
