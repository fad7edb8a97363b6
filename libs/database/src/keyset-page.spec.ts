import { BadUserInputError } from '@sidos/common';
import { buildKeysetPage } from './keyset-page.js';

describe('buildKeysetPage', () => {
  const order = [
    { sql: '-rank(?)', params: ['term'], type: 'number' as const },
    { sql: 'lower(t."name")', type: 'string' as const },
    { sql: 't."id"::text', type: 'string' as const },
  ];

  it('binds sort, filter, cursor and limit parameters in statement order', () => {
    const first = buildKeysetPage({ select: 't.*', from: '"thing" t', where: [{ sql: 't."kind" = ?', params: ['A'] }], order, first: 10 });
    expect(first.page.params).toEqual(['term', 'A', 11]);
    expect(first.count).toEqual({ sql: 'select count(*)::int as "count" from "thing" t where (t."kind" = ?)', params: ['A'] });
    const cursor = first.cursorOf({ sort_0: -1.5, sort_1: 'abc', sort_2: 'id-1' });
    const next = buildKeysetPage({ select: 't.*', from: '"thing" t', where: [{ sql: 't."kind" = ?', params: ['A'] }], order, first: 10, after: cursor });
    expect(next.page.sql).toContain('and (-rank(?), lower(t."name"), t."id"::text) > (?::float8, ?, ?) order by "sort_0", "sort_1", "sort_2" limit ?');
    expect(next.page.params).toEqual(['term', 'A', 'term', -1.5, 'abc', 'id-1', 11]);
    expect((next.page.sql.match(/\?/g) ?? []).length).toBe(next.page.params.length);
  });

  it('builds the page with its total in one statement for a computed first key, with the cursor on the sort columns', () => {
    const first = buildKeysetPage({ select: 't.*', from: '"thing" t', where: [{ sql: 't."kind" = ?', params: ['A'] }], order, first: 10 });
    expect(first.sortsWholeSet).toBe(true);
    expect(first.pageWithCount.params).toEqual(['term', 'A', 11]);
    expect(first.pageWithCount.sql).toContain('(select count(*) from matched)::int as "page_total_count"');
    const next = buildKeysetPage({
      select: 't.*',
      from: '"thing" t',
      where: [{ sql: 't."kind" = ?', params: ['A'] }],
      order,
      first: 10,
      after: first.cursorOf({ sort_0: -1.5, sort_1: 'abc', sort_2: 'id-1' }),
    });
    expect(next.pageWithCount.sql).toContain('where ("sort_0", "sort_1", "sort_2") > (?::float8, ?, ?) order by "sort_0", "sort_1", "sort_2" limit ?');
    expect(next.pageWithCount.params).toEqual(['term', 'A', -1.5, 'abc', 'id-1', 11]);
    expect((next.pageWithCount.sql.match(/\?/g) ?? []).length).toBe(next.pageWithCount.params.length);
    expect(buildKeysetPage({ select: '*', from: 'x', where: [], order: order.slice(1), first: 1 }).sortsWholeSet).toBe(false);
  });

  it('refuses a cursor of another list', () => {
    const other = buildKeysetPage({ select: '*', from: 'x', where: [], order: order.slice(1), first: 1 }).cursorOf({ sort_0: 'a', sort_1: 'b' });
    expect(() => buildKeysetPage({ select: '*', from: 'x', where: [], order, first: 1, after: other })).toThrow(BadUserInputError);
  });
});
