/**
 * Lets tests count the SQL statements a request runs (the N+1 check). The ORM's `onQuery`
 * hook reports every statement here; with no listener it costs one array check.
 */
type QueryListener = (sql: string) => void;

const listeners = new Set<QueryListener>();

export function observeQueries(listener: QueryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportQuery(sql: string): string {
  if (listeners.size > 0) for (const listener of listeners) listener(sql);
  return sql;
}
