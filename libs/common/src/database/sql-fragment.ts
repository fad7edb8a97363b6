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
  /**
   * For a first key computed per row: a statement that gives the first page as `pageWithCount` does
   * (same rows, order and columns) without sorting the whole filtered set (see topRelevanceFirstPage).
   */
  firstPage?: (query: KeysetPageQuery) => SqlFragment;
}

/** One keyset page's query (built and run by buildKeysetPage and fetchKeysetPage in @sidos/database). */ export interface KeysetPageQuery {
  /** Selected columns, e.g. `o.*`. */
  select: string;
  /** FROM clause with joins, e.g. `"organisation" o`. */
  from: string;
  where: SqlFragment[];
  /** The sort keys, the last one unique (the id). */
  order: SortKey[];
  first: number;
  after?: string | null;
}

/** `column in (?, ?, …)` for the well-formed ids; a list with none of them matches nothing. */
export function inIds(column: string, ids: string[], isWellFormed: (id: string) => boolean): SqlFragment {
  const valid = [...new Set(ids.filter(isWellFormed))];
  if (valid.length === 0) return { sql: 'false', params: [] };
  return { sql: `${column} in (${valid.map(() => '?').join(', ')})`, params: valid };
}
