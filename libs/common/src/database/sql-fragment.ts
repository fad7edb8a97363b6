/** A piece of SQL with its `?` bindings. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** One key of a keyset order (see buildKeysetPage in @sidos/database). */
export interface SortKey {
  /** An ascending SQL expression; descending orders negate a number. */
  sql: string;
  /** Bindings of the expression's `?`s. */
  params?: unknown[];
  type: 'string' | 'number';
}

/** `column in (?, ?, …)` for the well-formed ids; a list with none of them matches nothing. */
export function inIds(column: string, ids: string[], isWellFormed: (id: string) => boolean): SqlFragment {
  const valid = [...new Set(ids.filter(isWellFormed))];
  if (valid.length === 0) return { sql: 'false', params: [] };
  return { sql: `${column} in (${valid.map(() => '?').join(', ')})`, params: valid };
}
