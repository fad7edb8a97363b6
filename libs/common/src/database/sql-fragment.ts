import { type CursorValueType, type ListOrder, type OrderDirection, type PageRequest } from '../pagination/index.js';

/** A piece of SQL with its `?` bindings. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * One key of a keyset order (see buildKeysetPage in @sidos/database): an SQL expression, compared and
 * ordered as it is written, so that an index on the same expression serves the order in either
 * direction. Never null (a nullable column is coalesced, e.g. to 'infinity').
 */
export interface SortKey {
  sql: string;
  /** Bindings of the expression's `?`s. */
  params?: unknown[];
  /** What the expression holds: how its cursor value is read, checked and bound (see CursorValueType). */
  type: CursorValueType;
  /**
   * For a first key computed per row: a statement that gives the first page as `pageWithCount` does
   * (same rows, order and columns) without sorting the whole filtered set (see topRelevanceFirstPage).
   * Used for the first page of a forward, ascending read only.
   */
  firstPage?: (query: KeysetPageQuery) => SqlFragment;
}

/** A list's order as a keyset: its keys (the last one unique, the id), which way they all run, and its tag. */
export interface KeysetOrder {
  /** Names the order in its cursors ("organisations.NAME.ASC"): a cursor is valid only for the order it was made with. */
  tag: string;
  keys: SortKey[];
  direction: OrderDirection;
}

/**
 * The keyset order of a list's `orderBy`: the field's keys (`fields[field]`), then the `id` key, all in the
 * order's direction; tagged `<list>.<field>.<direction>`, so the default order written as an orderBy is the same order.
 */
export function keysetOrder<F extends string>(list: string, fields: Record<F, SortKey[]>, id: SortKey, order: ListOrder<F>): KeysetOrder {
  return { tag: `${list}.${order.field}.${order.direction}`, keys: [...fields[order.field], id], direction: order.direction };
}

/** One keyset page's query (built and run by buildKeysetPage and fetchKeysetPage in @sidos/database). */
export interface KeysetPageQuery {
  /** Selected columns, e.g. `o.*`. */
  select: string;
  /** FROM clause with joins, e.g. `"organisation" o`. */
  from: string;
  where: SqlFragment[];
  order: KeysetOrder;
  page: PageRequest;
}

/** `column in (?, ?, …)` for the well-formed ids; a list with none of them matches nothing. */
export function inIds(column: string, ids: string[], isWellFormed: (id: string) => boolean): SqlFragment {
  const valid = [...new Set(ids.filter(isWellFormed))];
  if (valid.length === 0) return { sql: 'false', params: [] };
  return { sql: `${column} in (${valid.map(() => '?').join(', ')})`, params: valid };
}
