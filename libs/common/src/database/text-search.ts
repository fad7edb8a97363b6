import { type KeysetPageQuery, type SqlFragment } from './sql-fragment.js';

/**
 * A search term as the stored search columns hold text: unaccented and lower-case (the migrations'
 * `sidos_normalise`). One `?`: the term as the client typed it.
 */
export const NORMALISED_TERM_SQL = 'sidos_normalise(?)';

/**
 * The normalised term as a LIKE literal: `\`, `%` and `_` escaped AFTER normalising, because unaccent
 * turns other characters into them (fullwidth `％` into `%`, `＿` into `_`, `＼` into `\`); escaped before,
 * a search for `％` would match everything. One `?`: the term as the client typed it.
 */
export const NORMALISED_LIKE_LITERAL_SQL = `replace(replace(replace(${NORMALISED_TERM_SQL}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;

/** `expression` (already normalised text) contains the search term anywhere, literally. */
export function containsTermSql(expression: string, term: string): SqlFragment {
  return { sql: `${expression} like '%' || ${NORMALISED_LIKE_LITERAL_SQL} || '%'`, params: [term] };
}

/** `expression` (already normalised text) starts with the search term, literally. */
export function startsWithTermSql(expression: string, term: string): SqlFragment {
  return { sql: `${expression} like ${NORMALISED_LIKE_LITERAL_SQL} || '%'`, params: [term] };
}

/** Matches of a search above which its first page is found by trigram distance instead of sorting every match. */
export const TOP_RELEVANCE_MIN_MATCHES = 5000;

/** The best relevance a row can have without the name-prefix bonus: minus a word similarity of 1. */
const BEST_WITHOUT_PREFIX = -1;

/**
 * The first page of a search ordered by relevance, best first — `-(prefix bonus + word_similarity)`
 * rounded, then the remaining sort keys (e.g. the name and the id) — without computing the relevance of
 * every match when the term is broad. Same rows, order and columns as `buildKeysetPage`'s
 * `pageWithCount`; the total stays an exact count (of a cheap filter-only scan).
 *
 * With more than `minMatches` matches (TOP_RELEVANCE_MIN_MATCHES), the page is picked from few candidates:
 * - `nearest`: the L matches nearest the term by word-similarity distance (`<<->`, read in distance order
 *   from a trigram GiST index on the search column, stopping after L rows);
 * - `prefixed`: every match whose search column starts with the term (a superset of the rows with the
 *   name-prefix bonus; few).
 * Let R be the relevance of the K-th best candidate (K = the page size + 1). A match in neither set has no
 * bonus and a distance of at least the L-th nearest's, so a relevance no better than −(1 − that distance).
 * - When that is worse than R by more than the rounding (2·10⁻⁶), K candidates beat every other match:
 *   sorting the candidates gives the page.
 * - When R is −1 or better (the term is a whole word of at least L matches: "ry", "oy"), a match outside
 *   the candidates can at best tie R, and ties go by the remaining keys: the first K matches of relevance
 *   ≤ −1 in the order of the remaining keys (`first_by_name`, read in that order from an index and
 *   stopping after K) beat or tie-break ahead of every other. The page comes from the candidates and them.
 * - Otherwise (a long run of equal relevance below −1), and for narrower terms, every match is sorted, as
 *   `pageWithCount` does.
 *
 * `alias` is the searched table's alias in `from` (one table), whose `"search_text"` holds the
 * normalised text and has a trigram GiST index for the distance order.
 */
export function topRelevanceFirstPage(alias: string, term: string, minMatches = TOP_RELEVANCE_MIN_MATCHES): (query: KeysetPageQuery) => SqlFragment {
  return (query) => {
    const limit = query.page.size + 1;
    const order = query.order.keys;
    const nearest = Math.max(200, 4 * limit);
    const conditions = query.where.length > 0 ? query.where : [{ sql: 'true', params: [] }];
    const where: SqlFragment = {
      sql: conditions.map((fragment) => `(${fragment.sql})`).join(' and '),
      params: conditions.flatMap((fragment) => fragment.params),
    };
    const sortColumns: SqlFragment = {
      sql: order.map((key, index) => `${key.sql} as "sort_${index}"`).join(', '),
      params: order.flatMap((key) => key.params ?? []),
    };
    const sortAliases = order.map((_key, index) => `"sort_${index}"`).join(', ');
    const [relevance, ...rest] = order;
    const restOrder: SqlFragment = { sql: rest.map((key) => key.sql).join(', '), params: rest.flatMap((key) => key.params ?? []) };
    const distance: SqlFragment = { sql: `${NORMALISED_TERM_SQL} <<-> ${alias}."search_text"`, params: [term] };
    const prefix = startsWithTermSql(`${alias}."search_text"`, term);
    const id = `${alias}."id"`;
    const parts: (string | SqlFragment)[] = [
      `with matched as materialized (select ${id}, `,
      prefix,
      ` as "prefixed" from ${query.from} where `,
      where,
      `),
      broad as materialized (select count(*) > ${minMatches} as "broad" from matched),
      nearest as materialized (select ${id}, `,
      sortColumns,
      `, `,
      distance,
      ` as "distance" from ${query.from} where (select "broad" from broad) and `,
      where,
      ` order by `,
      distance,
      ` limit ${nearest}),
      prefixed as materialized (select ${id}, `,
      sortColumns,
      ` from ${query.from} where (select "broad" from broad) and ${id} = any(array(select "id" from matched where "prefixed"))),
      bound as materialized (
        select (select "broad" from broad) as "broad", (select count(*) from nearest) = ${nearest} as "full", (select max("distance") from nearest) as "farthest",
               (select "sort_0" from (select "id", "sort_0" from nearest union select "id", "sort_0" from prefixed) candidate order by "sort_0" limit 1 offset ${limit - 1}) as "kth"
      ),
      plan as materialized (
        select b."broad" and b."full" and b."kth" <= ${BEST_WITHOUT_PREFIX} as "by_name",
               not (b."broad" and b."full" and (b."kth" <= ${BEST_WITHOUT_PREFIX} or b."kth" < b."farthest" - 1 - 0.000002)) as "sort_all"
        from bound b
      ),
      first_by_name as (select x.* from plan p cross join lateral (select ${id}, `,
      sortColumns,
      ` from ${query.from} where p."by_name" and `,
      where,
      ` and `,
      { sql: relevance.sql, params: relevance.params ?? [] },
      ` <= ${BEST_WITHOUT_PREFIX} order by `,
      restOrder,
      ` limit ${limit}) x where p."by_name"),
      sorted as (select x.* from plan p cross join lateral (select ${id}, `,
      sortColumns,
      ` from ${query.from} where p."sort_all" and `,
      where,
      ` order by ${sortAliases} limit ${limit}) x where p."sort_all"),
      page as (
        select * from (
          select distinct on ("sort_${order.length - 1}") * from (
            select "id", ${sortAliases} from nearest union all select * from prefixed union all select * from first_by_name union all select * from sorted
          ) candidate order by "sort_${order.length - 1}"
        ) distinct_candidate order by ${sortAliases} limit ${limit}
      )
      select ${query.select}, ${order.map((_key, index) => `page."sort_${index}"`).join(', ')}, (select count(*) from matched)::int as "page_total_count"
      from page join ${query.from} on ${id} = page."id" order by ${order.map((_key, index) => `page."sort_${index}"`).join(', ')}`,
    ];
    return {
      sql: parts.map((part) => (typeof part === 'string' ? part : part.sql)).join(''),
      params: parts.flatMap((part) => (typeof part === 'string' ? [] : part.params)),
    };
  };
}
