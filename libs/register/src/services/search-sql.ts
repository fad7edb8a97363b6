import { containsTermSql, NORMALISED_TERM_SQL, type SortKey, type SqlFragment, startsWithTermSql, topRelevanceFirstPage } from '@sidos/common';

/** The generated `search_text` column (unaccented, lower-case names) contains the term anywhere. */
export function searchCondition(alias: string, term: string): SqlFragment {
  return containsTermSql(`${alias}."search_text"`, term);
}

/**
 * A contact's names (not its email, which `search_text` holds too) contain the term: for callers who may
 * not read email addresses, so that a search cannot tell them whose an address is. Used beside
 * searchCondition, which picks the candidates by the trigram index.
 */
export function contactNameSearchCondition(alias: string, term: string): SqlFragment {
  return containsTermSql(`sidos_normalise(${alias}."first_name" || ' ' || ${alias}."last_name")`, term);
}

/**
 * Relevance, best first: a name that starts with the term, then how well the term matches a whole
 * word (trigram word similarity). Rounded so that cursors compare exactly.
 *
 * When the name is the first part of `search_text` (organisations and groups: their generated column is
 * normalise(name || ' ' || …), and normalising works character by character), a name can only start with
 * the term if `search_text` does: that cheap test on the stored column runs first, so the name is
 * normalised again only for the few rows that pass it (a quarter of the cost of a broad search).
 */
export function searchOrder(alias: string, nameColumn: string, term: string): SortKey {
  const namePrefix = startsWithTermSql(`sidos_normalise(${alias}."${nameColumn}")`, term);
  const searchTextPrefix = nameColumn === 'name' ? startsWithTermSql(`${alias}."search_text"`, term) : undefined;
  const prefix = searchTextPrefix ? `${searchTextPrefix.sql} and ${namePrefix.sql}` : namePrefix.sql;
  return {
    sql: `-round(((case when ${prefix} then 1 else 0 end) + word_similarity(${NORMALISED_TERM_SQL}, ${alias}."search_text"))::numeric, 6)::float8`,
    params: [...(searchTextPrefix?.params ?? []), ...namePrefix.params, term],
    type: 'number',
    // Only where the name is the first part of search_text: the bonus rows are then among those whose search_text starts with the term.
    ...(searchTextPrefix ? { firstPage: topRelevanceFirstPage(alias, term) } : {}),
  };
}
