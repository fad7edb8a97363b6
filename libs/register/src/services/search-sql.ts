import { SortKey, SqlFragment } from '@sidos/common';

/** Escapes LIKE wildcards so that a search for "50%" means the text "50%". */
function likeLiteral(term: string): string {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The generated `search_text` column (unaccented, lower-case names) contains the term anywhere. */
export function searchCondition(alias: string, term: string): SqlFragment {
  return { sql: `${alias}."search_text" like '%' || sidos_normalise(?) || '%'`, params: [likeLiteral(term)] };
}

/**
 * Relevance, best first: a name that starts with the term, then how well the term matches a whole
 * word (trigram word similarity). Rounded so that cursors compare exactly.
 */
export function searchOrder(alias: string, nameColumn: string, term: string): SortKey {
  return {
    sql: `-round(((case when sidos_normalise(${alias}."${nameColumn}") like sidos_normalise(?) || '%' then 1 else 0 end) + word_similarity(sidos_normalise(?), ${alias}."search_text"))::numeric, 6)::float8`,
    params: [likeLiteral(term), term],
    type: 'number',
  };
}
