/**
 * Lets tests count the SQL statements a request runs (the N+1 check), and read them with their bindings
 * (to EXPLAIN them). The ORM's `onQuery` hook reports every statement here; with no listener it costs one array check.
 */
type QueryListener = (sql: string, params: readonly unknown[]) => void;

const listeners = new Set<QueryListener>();

export function observeQueries(listener: QueryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportQuery(sql: string, params: readonly unknown[] = []): string {
  if (listeners.size > 0) for (const listener of listeners) listener(sql, params);
  return sql;
}
