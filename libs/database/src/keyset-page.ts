import { type EntityClass } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Connection, decodeCursor, encodeCursor, type KeysetPageQuery, type SqlFragment, toConnection } from '@sidos/common';
import { executeOn, type ReadRoute } from './read-route.js';
import { mapForRead } from './row-mapping.js';

export type { KeysetPageQuery };

/*
 * Keyset (cursor) pages, in one place: the statements (buildKeysetPage) and running them
 * (fetchKeysetPage), where the repository method calling it declares (ReadRoute).
 */

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
  return toConnection(entities, pageQuery.first, count, (mapped) => cursors.get(mapped)!, Boolean(pageQuery.after));
}
