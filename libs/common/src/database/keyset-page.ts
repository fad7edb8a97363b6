import { decodeCursor, encodeCursor } from '../pagination/cursor.js';

/** A piece of SQL with its `?` bindings. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

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

export interface KeysetPageQuery {
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

export interface BuiltKeysetPage {
  page: SqlFragment;
  count: SqlFragment;
  /**
   * The page and the filter's total in one statement (the total in column "page_total_count" of every
   * row), for orders that must sort the whole filtered set anyway (a relevance computed per row): the
   * filter then runs once, not twice. An empty page carries no total: run `count` then.
   */
  pageWithCount: SqlFragment;
  /** True when the first sort key is computed with bindings (a relevance), so that `pageWithCount` is the cheaper way. */
  sortsWholeSet: boolean;
  /** The cursor of a row of the page query. */
  cursorOf(row: Record<string, unknown>): string;
}

/**
 * Builds the two statements of one connection page: the rows after the cursor (first + 1 of them,
 * to tell whether another page follows) and the total count of the filter.
 */
export function buildKeysetPage(query: KeysetPageQuery): BuiltKeysetPage {
  const conditions = query.where.length > 0 ? query.where : [{ sql: 'true', params: [] }];
  const whereSql = conditions.map((fragment) => `(${fragment.sql})`).join(' and ');
  const whereParams = conditions.flatMap((fragment) => fragment.params);
  const sortParams = query.order.flatMap((key) => key.params ?? []);
  const sortColumns = query.order.map((key, index) => `${key.sql} as "sort_${index}"`).join(', ');
  const pageParams = [...sortParams, ...whereParams];
  let afterSql = '';
  if (query.after) {
    const keys = decodeCursor(
      query.after,
      query.order.map((key) => key.type),
    );
    const placeholders = query.order.map((key) => (key.type === 'number' ? '?::float8' : '?'));
    afterSql = ` and (${query.order.map((key) => key.sql).join(', ')}) > (${placeholders.join(', ')})`;
    pageParams.push(...sortParams, ...keys);
  }
  pageParams.push(query.first + 1);
  const sortAliases = query.order.map((_key, index) => `"sort_${index}"`);
  let combinedAfterSql = '';
  const combinedParams = [...sortParams, ...whereParams];
  if (query.after) {
    const keys = decodeCursor(
      query.after,
      query.order.map((key) => key.type),
    );
    combinedAfterSql = ` where (${sortAliases.join(', ')}) > (${query.order.map((key) => (key.type === 'number' ? '?::float8' : '?')).join(', ')})`;
    combinedParams.push(...keys);
  }
  combinedParams.push(query.first + 1);
  const firstPage = query.after ? undefined : query.order[0]?.firstPage;
  return {
    pageWithCount: firstPage?.(query) ?? {
      sql: `with matched as materialized (select ${query.select}, ${sortColumns} from ${query.from} where ${whereSql}) select matched.*, (select count(*) from matched)::int as "page_total_count" from matched${combinedAfterSql} order by ${sortAliases.join(', ')} limit ?`,
      params: combinedParams,
    },
    sortsWholeSet: (query.order[0]?.params?.length ?? 0) > 0,
    page: {
      sql: `select ${query.select}, ${sortColumns} from ${query.from} where ${whereSql}${afterSql} order by ${query.order.map((_key, index) => `"sort_${index}"`).join(', ')} limit ?`,
      params: pageParams,
    },
    count: { sql: `select count(*)::int as "count" from ${query.from} where ${whereSql}`, params: whereParams },
    cursorOf: (row) => encodeCursor(query.order.map((key, index) => row[`sort_${index}`] as string | number)),
  };
}

/** `column in (?, ?, …)` for the well-formed ids; a list with none of them matches nothing. */
export function inIds(column: string, ids: string[], isWellFormed: (id: string) => boolean): SqlFragment {
  const valid = [...new Set(ids.filter(isWellFormed))];
  if (valid.length === 0) return { sql: 'false', params: [] };
  return { sql: `${column} in (${valid.map(() => '?').join(', ')})`, params: valid };
}
