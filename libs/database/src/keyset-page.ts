import { type EntityClass } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  type Connection,
  type CursorValueType,
  decodeCursor,
  encodeCursor,
  type KeysetOrder,
  type KeysetPageQuery,
  OrderDirection,
  type PageRequest,
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
 * The pieces of one keyset page's statement, for the statements built here and for those a repository
 * assembles around a computed list (the duplicate pairs, the retention review): the columns that carry each
 * row's sort keys and cursor values, the bounds of the page's cursors, the reading order and the limit.
 */
export interface KeysetPageParts {
  /** `<key> as "sort_0", …` and the exact cursor text of the keys that need it (`… as "cursor_0"`). */
  sortColumns: string;
  /** Bindings of `sortColumns` (the keys' own, e.g. a relevance's search term). */
  sortParams: unknown[];
  /** The aliases `"sort_0"`, `"sort_1"`, … of the keys. */
  sortAliases: string[];
  /** The aliases of every column of `sortColumns` (the sort keys', then the cursor texts'): what a statement built around the page must carry to its rows. */
  columnAliases: string[];
  /** The key values of the `after` and `before` cursors, when given (decoded and checked). */
  after?: Array<string | number>;
  before?: Array<string | number>;
  /** The cursors' bounds over the keys' expressions (their bindings included: those of the keys, then the cursor's values). */
  keyBounds: SqlFragment[];
  /** The cursors' bounds over other expressions of the keys (e.g. their aliases, or a prefixed alias), with the cursor's values only. */
  boundsOver: (expressions: string[]) => SqlFragment[];
  /** `"sort_0" asc, …` over `expressions` (the aliases by default): the way the statement reads, against the list's order for a backward page. */
  orderBy: (expressions?: string[]) => string;
  /** The rows to read: the page's size and one more, to tell whether more follow in the reading direction. */
  limit: number;
  /** True when a cursor bounds the page. */
  bounded: boolean;
  /** The cursor of a row that carries the sort columns. */
  cursorOf: (row: Record<string, unknown>) => string;
}

/** The pieces of a page of `order` (see KeysetPageParts); a cursor of another list or order is BAD_USER_INPUT on its argument. */
export function keysetPageParts(order: KeysetOrder, page: PageRequest): KeysetPageParts {
  const { keys, direction, tag } = order;
  const sortParams = keys.flatMap((key) => key.params ?? []);
  const cursorKeys = keys.flatMap((key, index) => {
    const text = CURSOR_TEXT[key.type];
    return text ? [{ sql: text(key.sql), alias: `"cursor_${index}"` }] : [];
  });
  const sortAliases = keys.map((_key, index) => `"sort_${index}"`);
  const sortColumns = [...keys.map((key, index) => `${key.sql} as ${sortAliases[index]}`), ...cursorKeys.map((key) => `${key.sql} as ${key.alias}`)].join(', ');
  const shape = keys.map((key) => key.type);
  const after = page.after ? decodeCursor(page.after, tag, shape, 'after') : undefined;
  const before = page.before ? decodeCursor(page.before, tag, shape, 'before') : undefined;
  const ascending = direction === OrderDirection.ASC;
  // Rows after a cursor in the list's order, and rows before it.
  const afterOperator = ascending ? '>' : '<';
  const beforeOperator = ascending ? '<' : '>';
  // The way the statement reads: the list's order, or against it for a backward page.
  const readsDescending = ascending === page.backward;
  const boundsOver = (expressions: string[]): SqlFragment[] => [
    ...(after ? [bound(keys, expressions, afterOperator, after)] : []),
    ...(before ? [bound(keys, expressions, beforeOperator, before)] : []),
  ];
  return {
    sortColumns,
    sortParams,
    sortAliases,
    columnAliases: [...sortAliases, ...cursorKeys.map((key) => key.alias)],
    after,
    before,
    keyBounds: boundsOver(keys.map((key) => key.sql)).map((fragment) => ({ sql: fragment.sql, params: [...sortParams, ...fragment.params] })),
    boundsOver,
    orderBy: (expressions = sortAliases) => expressions.map((expression) => `${expression} ${readsDescending ? 'desc' : 'asc'}`).join(', '),
    limit: page.size + 1,
    bounded: Boolean(after ?? before),
    cursorOf: (row) =>
      encodeCursor(
        tag,
        keys.map((_key, index) => (row[`cursor_${index}`] ?? row[`sort_${index}`]) as string | number),
      ),
  };
}

/** The WHERE of a page's filter: its conditions joined with `and` (`true` without any), and their bindings. */
function whereOf(where: SqlFragment[]): SqlFragment {
  const conditions = where.length > 0 ? where : [{ sql: 'true', params: [] }];
  return { sql: conditions.map((fragment) => `(${fragment.sql})`).join(' and '), params: conditions.flatMap((fragment) => fragment.params) };
}

/**
 * Builds the two statements of one connection page: the page's rows (size + 1 of them, to tell whether
 * more follow in the reading direction), after `after` and before `before` when given, and the total
 * count of the filter.
 */
export function buildKeysetPage(query: KeysetPageQuery): BuiltKeysetPage {
  const { keys, direction } = query.order;
  const { page } = query;
  const parts = keysetPageParts(query.order, page);
  const { sql: whereSql, params: whereParams } = whereOf(query.where);
  const aliasBounds = parts.boundsOver(parts.sortAliases);
  const ascending = direction === OrderDirection.ASC;

  const firstPage = !parts.bounded && !page.backward && ascending ? keys[0]?.firstPage : undefined;
  return {
    pageWithCount: firstPage?.(query) ?? {
      sql: `with matched as materialized (select ${query.select}, ${parts.sortColumns} from ${query.from} where ${whereSql}) select matched.*, (select count(*) from matched)::int as "page_total_count" from matched${aliasBounds.length > 0 ? ` where ${aliasBounds.map((fragment) => fragment.sql).join(' and ')}` : ''} order by ${parts.orderBy()} limit ?`,
      params: [...parts.sortParams, ...whereParams, ...aliasBounds.flatMap((fragment) => fragment.params), parts.limit],
    },
    sortsWholeSet: (keys[0]?.params?.length ?? 0) > 0,
    page: {
      sql: `select ${query.select}, ${parts.sortColumns} from ${query.from} where ${whereSql}${parts.keyBounds.map((fragment) => ` and ${fragment.sql}`).join('')} order by ${parts.orderBy()} limit ?`,
      params: [...parts.sortParams, ...whereParams, ...parts.keyBounds.flatMap((fragment) => fragment.params), parts.limit],
    },
    count: { sql: `select count(*)::int as "count" from ${query.from} where ${whereSql}`, params: whereParams },
    cursorOf: parts.cursorOf,
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

/**
 * The same keyset page of the rows of many parents (the engagements of each organisation of a list page,
 * the members of each group): the query of one parent's rows, its parents, and how a row belongs to its parent.
 */
export interface KeysetPagesOfParentsQuery {
  /** The parents' ids (uuids), each given once. */
  parentIds: readonly string[];
  /** The condition that a row of `from` belongs to the parent `parent."id"`, e.g. `e."organisation_id" = parent."id"` (no bindings). */
  ofParent: string;
  /** FROM clause of one parent's rows, with the joins that the keys and the filter read, e.g. `"engagement" e join "activity" a on …`. */
  from: string;
  where: SqlFragment[];
  order: KeysetOrder;
  page: PageRequest;
  /** The id of a row of `from`, e.g. `e."id"`: the page picks the ids by the keys, then reads only the page's rows. */
  id: string;
  /** The table whose rows the ids name (`"engagement"`): each row of the page is read from it whole, by its "id". */
  rowTable: string;
  /** FROM clause of the totals when `from` joins tables for the keys only (e.g. `"engagement" e`); `from` by default. */
  countFrom?: string;
}

/**
 * One statement for the pages of every parent: the parents' ids unnested, and for each, laterally, the
 * filter's total and the page's ids with their keys (size + 1 of them, read as buildKeysetPage reads, so that
 * an index on the parent column and the keys serves each parent's page in either direction and stops, and an
 * index that also holds what the filter and the joins read answers it without the table); then the page's
 * rows only, by id. Each row carries "page_parent_id" and "page_total_count"; a parent without rows answers
 * one row whose page columns are null. Rows come by parent, each parent's in reading order.
 */
export function buildKeysetPagesOfParents(query: KeysetPagesOfParentsQuery): {
  sql: string;
  params: unknown[];
  cursorOf: (row: Record<string, unknown>) => string;
} {
  const parts = keysetPageParts(query.order, query.page);
  const { sql: whereSql, params: whereParams } = whereOf(query.where);
  const parents = query.parentIds.map(() => '?').join(', ');
  const pageOrder = parts.orderBy(parts.sortAliases.map((alias) => `page.${alias}`));
  return {
    sql:
      `select parent."id" as "page_parent_id", counted."count" as "page_total_count", page.*, page_row.* ` +
      `from unnest(array[${parents}]::uuid[]) with ordinality as parent("id", "position") ` +
      `cross join lateral (select count(*)::int as "count" from ${query.countFrom ?? query.from} where ${query.ofParent} and ${whereSql}) counted ` +
      `left join lateral (select ${query.id} as "page_id", ${parts.sortColumns} from ${query.from} where ${query.ofParent} and ${whereSql}${parts.keyBounds
        .map((fragment) => ` and ${fragment.sql}`)
        .join('')} order by ${parts.orderBy()} limit ?) page on true ` +
      `left join ${query.rowTable} page_row on page_row."id" = page."page_id" ` +
      `order by parent."position", ${pageOrder}`,
    params: [...query.parentIds, ...whereParams, ...parts.sortParams, ...whereParams, ...parts.keyBounds.flatMap((fragment) => fragment.params), parts.limit],
    cursorOf: parts.cursorOf,
  };
}

/**
 * Runs the pages of many parents in one statement where `route` says (buildKeysetPagesOfParents) and
 * answers each parent's connection, in the order of `parentIds`: what a request-scoped DataLoader of a
 * connection field answers for a list of parents, so that the field costs one statement whatever their number.
 * Each row of `rowTable` is mapped to an entity (mapForRead).
 */
export async function fetchKeysetPagesOfParents<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  query: KeysetPagesOfParentsQuery,
  route: ReadRoute,
): Promise<Connection<T>[]> {
  if (query.parentIds.length === 0) return [];
  const built = buildKeysetPagesOfParents(query);
  const rows = await executeOn<Record<string, unknown>[]>(em, route, built.sql, built.params);
  const byParent = new Map<string, { count: number; nodes: T[]; cursors: Map<T, string> }>();
  for (const row of rows) {
    const parentId = row.page_parent_id as string;
    let parent = byParent.get(parentId);
    if (!parent) {
      parent = { count: row.page_total_count as number, nodes: [], cursors: new Map() };
      byParent.set(parentId, parent);
    }
    if (row.page_id === null || row.page_id === undefined) continue;
    const node = mapForRead(em, entity, row);
    parent.nodes.push(node);
    parent.cursors.set(node, built.cursorOf(row));
  }
  return query.parentIds.map((parentId) => {
    const parent = byParent.get(parentId) ?? { count: 0, nodes: [], cursors: new Map<T, string>() };
    return toConnection(parent.nodes, query.page, parent.count, (node) => parent.cursors.get(node)!);
  });
}
