import { type SortKey, type SqlFragment } from '@sidos/common';

/** Escapes LIKE wildcards so that a search for "50%" means the text "50%". */
function likeLiteral(term: string): string {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The generated `search_text` column (unaccented, lower-case names) contains the term anywhere. */
export function searchCondition(alias: string, term: string): SqlFragment {
  return { sql: `${alias}."search_text" like '%' || sidos_normalise(?) || '%'`, params: [likeLiteral(term)] };
}

/**
 * A contact's names (not its email, which `search_text` holds too) contain the term: for callers who may
 * not read email addresses, so that a search cannot tell them whose an address is. Used beside
 * searchCondition, which picks the candidates by the trigram index.
 */
export function contactNameSearchCondition(alias: string, term: string): SqlFragment {
  return { sql: `sidos_normalise(${alias}."first_name" || ' ' || ${alias}."last_name") like '%' || sidos_normalise(?) || '%'`, params: [likeLiteral(term)] };
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
  const namePrefix = `sidos_normalise(${alias}."${nameColumn}") like sidos_normalise(?) || '%'`;
  const leadsSearchText = nameColumn === 'name';
  return {
    sql: `-round(((case when ${leadsSearchText ? `${alias}."search_text" like sidos_normalise(?) || '%' and ` : ''}${namePrefix} then 1 else 0 end) + word_similarity(sidos_normalise(?), ${alias}."search_text"))::numeric, 6)::float8`,
    params: leadsSearchText ? [likeLiteral(term), likeLiteral(term), term] : [likeLiteral(term), term],
    type: 'number',
  };
}
