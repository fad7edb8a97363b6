import { BadUserInputError, encodeCursor, keysetOrder, type KeysetOrder, OrderDirection, type PageRequest, type SortKey, toConnection } from '@sidos/common';
import { buildKeysetPage, buildKeysetPagesOfParents } from './keyset-page.js';

const relevance: KeysetOrder = {
  tag: 'things.RELEVANCE',
  direction: OrderDirection.ASC,
  keys: [
    { sql: '-rank(?)', params: ['term'], type: 'number' },
    { sql: 'lower(t."name")', type: 'string' },
    { sql: 't."id"', type: 'uuid' },
  ],
};
const ID = '0f3c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f00';
const forward = (size: number, after?: string): PageRequest => ({ size, after, backward: false });
const backward = (size: number, before?: string): PageRequest => ({ size, before, backward: true });
const where = [{ sql: 't."kind" = ?', params: ['A'] }];
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length;

/** The orderBy of a list of things: by name, or by when created (the id last, as every order). */
const FIELDS: Record<'NAME' | 'CREATED', SortKey[]> = {
  NAME: [{ sql: 'lower(t."name")', type: 'string' }],
  CREATED: [{ sql: 't."created_at"', type: 'timestamp' }],
};
const ID_KEY: SortKey = { sql: 't."id"', type: 'uuid' };
const ordered = (field: 'NAME' | 'CREATED', direction: OrderDirection) => keysetOrder('things', FIELDS, ID_KEY, { field, direction });

describe('buildKeysetPage', () => {
  it('binds sort, filter, cursor and limit parameters in statement order', () => {
    const first = buildKeysetPage({ select: 't.*', from: '"thing" t', where, order: relevance, page: forward(10) });
    expect(first.page.params).toEqual(['term', 'A', 11]);
    expect(first.count).toEqual({ sql: 'select count(*)::int as "count" from "thing" t where (t."kind" = ?)', params: ['A'] });
    const cursor = first.cursorOf({ sort_0: -1.5, sort_1: 'abc', sort_2: ID });
    const next = buildKeysetPage({ select: 't.*', from: '"thing" t', where, order: relevance, page: forward(10, cursor) });
    expect(next.page.sql).toContain(
      'and (-rank(?), lower(t."name"), t."id") > (?::float8, ?, ?::uuid) order by "sort_0" asc, "sort_1" asc, "sort_2" asc limit ?',
    );
    expect(next.page.params).toEqual(['term', 'A', 'term', -1.5, 'abc', ID, 11]);
    expect(placeholders(next.page.sql)).toBe(next.page.params.length);
  });

  it('builds the page with its total in one statement for a computed first key, with the cursor on the sort columns', () => {
    const first = buildKeysetPage({ select: 't.*', from: '"thing" t', where, order: relevance, page: forward(10) });
    expect(first.sortsWholeSet).toBe(true);
    expect(first.pageWithCount.params).toEqual(['term', 'A', 11]);
    expect(first.pageWithCount.sql).toContain('(select count(*) from matched)::int as "page_total_count"');
    const next = buildKeysetPage({
      select: 't.*',
      from: '"thing" t',
      where,
      order: relevance,
      page: forward(10, first.cursorOf({ sort_0: -1.5, sort_1: 'abc', sort_2: ID })),
    });
    expect(next.pageWithCount.sql).toContain(
      'where ("sort_0", "sort_1", "sort_2") > (?::float8, ?, ?::uuid) order by "sort_0" asc, "sort_1" asc, "sort_2" asc limit ?',
    );
    expect(next.pageWithCount.params).toEqual(['term', 'A', -1.5, 'abc', ID, 11]);
    expect(placeholders(next.pageWithCount.sql)).toBe(next.pageWithCount.params.length);
    expect(buildKeysetPage({ select: '*', from: 'x', where: [], order: ordered('NAME', OrderDirection.ASC), page: forward(1) }).sortsWholeSet).toBe(false);
  });

  it('uses a first key’s own first-page statement only for the first page read forward and ascending', () => {
    let calls = 0;
    const firstPage = () => {
      calls += 1;
      return { sql: 'select 1', params: [] };
    };
    const order: KeysetOrder = { ...relevance, keys: [{ ...relevance.keys[0], firstPage }, ...relevance.keys.slice(1)] };
    expect(buildKeysetPage({ select: '*', from: 'x', where: [], order, page: forward(5) }).pageWithCount.sql).toBe('select 1');
    expect(buildKeysetPage({ select: '*', from: 'x', where: [], order, page: backward(5) }).pageWithCount.sql).toContain('with matched');
    expect(
      buildKeysetPage({ select: '*', from: 'x', where: [], order: { ...order, direction: OrderDirection.DESC }, page: forward(5) }).pageWithCount.sql,
    ).toContain('with matched');
    expect(calls).toBe(1);
  });

  it('maps an orderBy field to its keys and the id, all one way, tagged with the list, field and direction', () => {
    expect(ordered('CREATED', OrderDirection.DESC)).toEqual({
      tag: 'things.CREATED.DESC',
      direction: OrderDirection.DESC,
      keys: [{ sql: 't."created_at"', type: 'timestamp' }, ID_KEY],
    });
  });

  it('reads a descending order with "<" after a cursor and every key descending', () => {
    const order = ordered('NAME', OrderDirection.DESC);
    const cursor = encodeCursor(order.tag, ['kauppa', ID]);
    const built = buildKeysetPage({ select: 't.*', from: '"thing" t', where, order, page: forward(2, cursor) });
    expect(built.page.sql).toBe(
      'select t.*, lower(t."name") as "sort_0", t."id" as "sort_1" from "thing" t where (t."kind" = ?) and (lower(t."name"), t."id") < (?, ?::uuid) order by "sort_0" desc, "sort_1" desc limit ?',
    );
    expect(built.page.params).toEqual(['A', 'kauppa', ID, 3]);
  });

  it.each([
    [OrderDirection.ASC, '<', 'desc'],
    [OrderDirection.DESC, '>', 'asc'],
  ])('reads a backward page of an %s order against the order, from before its cursor', (direction, operator, reading) => {
    const order = ordered('NAME', direction);
    const built = buildKeysetPage({ select: 't.*', from: '"thing" t', where, order, page: backward(2, encodeCursor(order.tag, ['kauppa', ID])) });
    expect(built.page.sql).toContain(`and (lower(t."name"), t."id") ${operator} (?, ?::uuid) order by "sort_0" ${reading}, "sort_1" ${reading} limit ?`);
    const last = buildKeysetPage({ select: 't.*', from: '"thing" t', where, order, page: backward(2) });
    expect(last.page.sql).toContain(`where (t."kind" = ?) order by "sort_0" ${reading}, "sort_1" ${reading} limit ?`);
  });

  it('bounds a page by both cursors when both are given', () => {
    const order = ordered('NAME', OrderDirection.ASC);
    const built = buildKeysetPage({
      select: 't.*',
      from: '"thing" t',
      where: [],
      order,
      page: { size: 5, after: encodeCursor(order.tag, ['a', ID]), before: encodeCursor(order.tag, ['m', ID]), backward: false },
    });
    expect(built.page.sql).toContain('where (true) and (lower(t."name"), t."id") > (?, ?::uuid) and (lower(t."name"), t."id") < (?, ?::uuid) order by');
    expect(built.page.params).toEqual(['a', ID, 'm', ID, 6]);
  });

  it('reads a timestamp key’s cursor as exact UTC text and binds it as a timestamptz', () => {
    const order = ordered('CREATED', OrderDirection.ASC);
    const first = buildKeysetPage({ select: 't.*', from: '"thing" t', where: [], order, page: forward(1) });
    expect(first.page.sql).toContain(`to_char(t."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursor_0"`);
    const cursor = first.cursorOf({ sort_0: new Date('2026-01-02T03:04:05.123Z'), cursor_0: '2026-01-02T03:04:05.123456Z', sort_1: ID });
    const next = buildKeysetPage({ select: 't.*', from: '"thing" t', where: [], order, page: forward(1, cursor) });
    expect(next.page.sql).toContain('and (t."created_at", t."id") > (?::timestamptz, ?::uuid)');
    expect(next.page.params).toEqual(['2026-01-02T03:04:05.123456Z', ID, 2]);
  });

  it('refuses a cursor of another list, of another order, of another direction, and a tampered one, as BAD_USER_INPUT on its argument', () => {
    const nameAscending = ordered('NAME', OrderDirection.ASC);
    const cursor = buildKeysetPage({ select: '*', from: 'x', where: [], order: nameAscending, page: forward(1) }).cursorOf({ sort_0: 'a', sort_1: ID });
    const fieldsOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(BadUserInputError);
        return (error as BadUserInputError).fields;
      }
      throw new Error('expected BAD_USER_INPUT');
    };
    const otherOrder = /another order/;
    expect(fieldsOf(() => buildKeysetPage({ select: '*', from: 'x', where: [], order: relevance, page: forward(1, cursor) }))[0].message).toMatch(otherOrder);
    expect(
      fieldsOf(() => buildKeysetPage({ select: '*', from: 'x', where: [], order: ordered('NAME', OrderDirection.DESC), page: forward(1, cursor) })),
    ).toEqual([{ path: 'after', message: expect.stringMatching(otherOrder) as string }]);
    expect(
      fieldsOf(() => buildKeysetPage({ select: '*', from: 'x', where: [], order: ordered('CREATED', OrderDirection.ASC), page: backward(1, cursor) })),
    ).toEqual([{ path: 'before', message: expect.stringMatching(otherOrder) as string }]);
    const otherList = keysetOrder('others', FIELDS, ID_KEY, { field: 'NAME', direction: OrderDirection.ASC });
    expect(fieldsOf(() => buildKeysetPage({ select: '*', from: 'x', where: [], order: otherList, page: forward(1, cursor) }))[0].message).toMatch(otherOrder);
    const tampered = encodeCursor(nameAscending.tag, ['a', "x'; drop table thing; --"]);
    expect(fieldsOf(() => buildKeysetPage({ select: '*', from: 'x', where: [], order: nameAscending, page: forward(1, tampered) }))).toEqual([
      { path: 'after', message: 'is not a cursor of this list' },
    ]);
  });
});

describe('keyset connections', () => {
  it('turns a backward page back to the list’s order and tells which sides have more rows', () => {
    // Read from the end, descending, one more row than asked for: 9, 8, 7 of a list 1..9.
    const last = toConnection([9, 8, 7], backward(2), 9, (row) => `c${row}`);
    expect(last.nodes).toEqual([8, 9]);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: 'c8', endCursor: 'c9' });
    const beforeTwo = toConnection([1], backward(2, 'c2'), 9, (row) => `c${row}`);
    expect(beforeTwo.nodes).toEqual([1]);
    expect(beforeTwo.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c1' });
  });
});

describe('buildKeysetPagesOfParents', () => {
  const PARENTS = ['0f3c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f01', '0f3c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f02'];
  const query = (page: PageRequest) => ({
    parentIds: PARENTS,
    ofParent: 't."owner_id" = parent."id"',
    from: '"thing" t join "other" o on o."id" = t."other_id"',
    countFrom: '"thing" t',
    where,
    order: ordered('CREATED', OrderDirection.DESC),
    page,
    id: 't."id"',
    rowTable: '"thing"',
  });

  it("reads each parent's total and page laterally in one statement, the page's ids by their keys, then the rows by id", () => {
    const built = buildKeysetPagesOfParents(query(forward(2)));
    expect(built.sql).toBe(
      'select parent."id" as "page_parent_id", counted."count" as "page_total_count", page.*, page_row.* ' +
        'from unnest(array[?, ?]::uuid[]) with ordinality as parent("id", "position") ' +
        'cross join lateral (select count(*)::int as "count" from "thing" t where t."owner_id" = parent."id" and (t."kind" = ?)) counted ' +
        'left join lateral (select t."id" as "page_id", t."created_at" as "sort_0", t."id" as "sort_1", to_char(t."created_at" at time zone \'UTC\', \'YYYY-MM-DD"T"HH24:MI:SS.US"Z"\') as "cursor_0" ' +
        'from "thing" t join "other" o on o."id" = t."other_id" where t."owner_id" = parent."id" and (t."kind" = ?) order by "sort_0" desc, "sort_1" desc limit ?) page on true ' +
        'left join "thing" page_row on page_row."id" = page."page_id" ' +
        'order by parent."position", page."sort_0" desc, page."sort_1" desc',
    );
    expect(built.params).toEqual([...PARENTS, 'A', 'A', 3]);
  });

  it('bounds every parent’s page by the cursor, read against the order for a backward page', () => {
    const cursor = encodeCursor('things.CREATED.DESC', ['2026-01-02T03:04:05.123456Z', ID]);
    const built = buildKeysetPagesOfParents(query(backward(2, cursor)));
    expect(built.sql).toContain('and (t."created_at", t."id") > (?::timestamptz, ?::uuid) order by "sort_0" asc, "sort_1" asc limit ?) page on true');
    expect(built.sql).toContain('order by parent."position", page."sort_0" asc, page."sort_1" asc');
    expect(built.params).toEqual([...PARENTS, 'A', 'A', '2026-01-02T03:04:05.123456Z', ID, 3]);
    expect(placeholders(built.sql)).toBe(built.params.length);
  });
});
