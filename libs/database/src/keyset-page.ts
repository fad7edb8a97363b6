import { type EntityClass } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  type Connection,
  type CursorValueType,
  decodeCursor,
  encodeCursor,
  type KeysetPageQuery,
  OrderDirection,
  type SortKey,
  type SqlFragment,
  toConnection,
} from '@sidos/common';
import { executeOn, type ReadRoute } from './read-route.js';
import { mapForRead } from './row-mapping.js';

export type { KeysetPageQuery };

/*
 * Keyset (cursor) pages, in one place: the statements (buildKeysetPage) and running them
 * (fetchKeysetPage), where the repository method calling it declares (ReadRoute).
 *
 * An order's keys all run one way (ASC or DESC), so that "after a cursor" is one row-value comparison
 * ((k1, k2, id) > (?, ?, ?) ascending, < descending) and a btree index on (k1, k2, id) serves the page in
 * either direction, read forward or backward. A backward page (`last`) reads the order the other way from
 * its end (or its `before` cursor) and is turned back to the list's order.
 */

/** How a cursor value of each key type is bound in SQL. */
const PLACEHOLDER: Record<CursorValueType, string> = {
  string: '?',
  number: '?::float8',
  uuid: '?::uuid',
  bigint: '?::bigint',
  date: '?::date',
  timestamp: '?::timestamptz',
};

/**
 * The exact text of a key's value for its cursor, when the driver's value would not round-trip (a
 * timestamp read as a JavaScript Date loses its microseconds; dates and bigints are read as text too).
 */
const CURSOR_TEXT: Partial<Record<CursorValueType, (sql: string) => string>> = {
  timestamp: (sql) => `to_char(${sql} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  date: (sql) => `(${sql})::text`,
  bigint: (sql) => `(${sql})::text`,
};

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

/** `(k1, k2, …) op (?, ?, …)` over `expressions` (the keys, or their aliases) against a cursor's values. */
function bound(keys: SortKey[], expressions: string[], operator: '<' | '>', values: Array<string | number>): SqlFragment {
  return { sql: `(${expressions.join(', ')}) ${operator} (${keys.map((key) => PLACEHOLDER[key.type]).join(', ')})`, params: values };
}

/**
 * Builds the two statements of one connection page: the page's rows (size + 1 of them, to tell whether
 * more follow in the reading direction), after `after` and before `before` when given, and the total
 * count of the filter.
 */
export function buildKeysetPage(query: KeysetPageQuery): BuiltKeysetPage {
  const { keys, direction, tag } = query.order;
  const { page } = query;
  const conditions = query.where.length > 0 ? query.where : [{ sql: 'true', params: [] }];
  const whereSql = conditions.map((fragment) => `(${fragment.sql})`).join(' and ');
  const whereParams = conditions.flatMap((fragment) => fragment.params);
  const sortParams = keys.flatMap((key) => key.params ?? []);
  const cursorColumns = keys.flatMap((key, index) => {
    const text = CURSOR_TEXT[key.type];
    return text ? [`${text(key.sql)} as "cursor_${index}"`] : [];
  });
  const sortColumns = [...keys.map((key, index) => `${key.sql} as "sort_${index}"`), ...cursorColumns].join(', ');
  const sortAliases = keys.map((_key, index) => `"sort_${index}"`);
  const shape = keys.map((key) => key.type);
  const after = page.after ? decodeCursor(page.after, tag, shape, 'after') : undefined;
  const before = page.before ? decodeCursor(page.before, tag, shape, 'before') : undefined;
  const ascending = direction === OrderDirection.ASC;
  // Rows after a cursor in the list's order, and rows before it.
  const afterOperator = ascending ? '>' : '<';
  const beforeOperator = ascending ? '<' : '>';
  // The way the statement reads: the list's order, or against it for a backward page.
  const readsDescending = ascending === page.backward;
  const orderBy = sortAliases.map((alias) => `${alias} ${readsDescending ? 'desc' : 'asc'}`).join(', ');
  const limit = page.size + 1;

  const bounds = (expressions: string[]): SqlFragment[] => [
    ...(after ? [bound(keys, expressions, afterOperator, after)] : []),
    ...(before ? [bound(keys, expressions, beforeOperator, before)] : []),
  ];
  const keyBounds = bounds(keys.map((key) => key.sql));
  const aliasBounds = bounds(sortAliases);
  const keyBoundParams = keyBounds.flatMap((fragment) => [...sortParams, ...fragment.params]);

  const firstPage = !after && !before && !page.backward && ascending ? keys[0]?.firstPage : undefined;
  return {
    pageWithCount: firstPage?.(query) ?? {
      sql: `with matched as materialized (select ${query.select}, ${sortColumns} from ${query.from} where ${whereSql}) select matched.*, (select count(*) from matched)::int as "page_total_count" from matched${aliasBounds.length > 0 ? ` where ${aliasBounds.map((fragment) => fragment.sql).join(' and ')}` : ''} order by ${orderBy} limit ?`,
      params: [...sortParams, ...whereParams, ...aliasBounds.flatMap((fragment) => fragment.params), limit],
    },
    sortsWholeSet: (keys[0]?.params?.length ?? 0) > 0,
    page: {
      sql: `select ${query.select}, ${sortColumns} from ${query.from} where ${whereSql}${keyBounds.map((fragment) => ` and ${fragment.sql}`).join('')} order by ${orderBy} limit ?`,
      params: [...sortParams, ...whereParams, ...keyBoundParams, limit],
    },
    count: { sql: `select count(*)::int as "count" from ${query.from} where ${whereSql}`, params: whereParams },
    cursorOf: (row) =>
      encodeCursor(
        tag,
        keys.map((_key, index) => (row[`cursor_${index}`] ?? row[`sort_${index}`]) as string | number),
      ),
  };
}

/**
 * Runs a keyset page where `route` says (a list is a read-only question: ON_REPLICA; see ReadRoute) and
 * maps the rows to entities. Orders by an indexed key take two statements
 * (the page, which reads the index in order and stops, and the total); orders by a relevance computed
 * per row sort the whole filtered set anyway, so one statement returns the page with the total (and a
 * second asks for the total only when the page is empty).
 */
export async function fetchKeysetPage<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  pageQuery: KeysetPageQuery,
  route: ReadRoute,
): Promise<Connection<T>> {
  const query = buildKeysetPage(pageQuery);
  const executeRead = <R extends Record<string, unknown>[]>(sql: string, params: readonly unknown[]) => executeOn<R>(em, route, sql, params);
  let rows: Record<string, unknown>[];
  let count: number;
  if (query.sortsWholeSet) {
    rows = await executeRead<Record<string, unknown>[]>(query.pageWithCount.sql, query.pageWithCount.params);
    count = rows.length > 0 ? (rows[0].page_total_count as number) : (await executeRead<{ count: number }[]>(query.count.sql, query.count.params))[0].count;
  } else {
    const [page, [total]] = await Promise.all([
      executeRead<Record<string, unknown>[]>(query.page.sql, query.page.params),
      executeRead<{ count: number }[]>(query.count.sql, query.count.params),
    ]);
    rows = page;
    count = total.count;
  }
  const cursors = new Map<T, string>();
  const entities = rows.map((row) => {
    const mapped = mapForRead(em, entity, row);
    cursors.set(mapped, query.cursorOf(row));
    return mapped;
  });
  return toConnection(entities, pageQuery.page, count, (mapped) => cursors.get(mapped)!);
}
