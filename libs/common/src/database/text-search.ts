import { type SqlFragment } from './sql-fragment.js';

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
