import { containsTermSql, NORMALISED_LIKE_LITERAL_SQL, startsWithTermSql } from './text-search.js';

describe('search SQL', () => {
  it('escapes the LIKE wildcards and the escape character after normalising, not before', () => {
    // Normalising inside, escaping outside: unaccent turns fullwidth ％ ＿ ＼ into % _ \.
    expect(NORMALISED_LIKE_LITERAL_SQL).toBe(`replace(replace(replace(sidos_normalise(?), '\\', '\\\\'), '%', '\\%'), '_', '\\_')`);
  });

  it('binds the term as the client typed it, once', () => {
    for (const term of ['50%', '％', 'a_b', '\\']) {
      expect(containsTermSql('o."search_text"', term)).toEqual({ sql: `o."search_text" like '%' || ${NORMALISED_LIKE_LITERAL_SQL} || '%'`, params: [term] });
      expect(startsWithTermSql('o."search_text"', term)).toEqual({ sql: `o."search_text" like ${NORMALISED_LIKE_LITERAL_SQL} || '%'`, params: [term] });
    }
  });
});
