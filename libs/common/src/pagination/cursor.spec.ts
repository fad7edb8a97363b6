import { BadUserInputError } from '../errors/index.js';
import { decodeCursor, encodeCursor, toConnection } from './cursor.js';
import { pageOf } from './page.args.js';

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).fields;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('cursors', () => {
  it('round-trips the order tag and the sort keys of every type', () => {
    const keys = ['kauppakamari', 0.5, '3f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f00', '12345', '2026-01-31', 'infinity', '2026-01-31T10:11:12.123456Z'];
    const cursor = encodeCursor('organisations.NAME.ASC', keys);
    expect(decodeCursor(cursor, 'organisations.NAME.ASC', ['string', 'number', 'uuid', 'bigint', 'date', 'date', 'timestamp'])).toEqual(keys);
  });

  it.each([
    'not-base64!',
    encodeCursor('t', ['a']),
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["a","b"]').toString('base64url').slice(0, 3),
    encodeCursor('t', [1, 'x']),
    encodeCursor('t', ['a', 'not-a-uuid']),
  ])('refuses a malformed cursor %s as BAD_USER_INPUT on its argument', (cursor) => {
    expect(fieldsOf(() => decodeCursor(cursor, 't', ['string', 'uuid'], 'before'))).toEqual([{ path: 'before', message: 'is not a cursor of this list' }]);
  });

  it('refuses a cursor made for another order, whatever its shape', () => {
    const cursor = encodeCursor('organisations.NAME.DESC', ['a', '3f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f00']);
    expect(fieldsOf(() => decodeCursor(cursor, 'organisations.NAME.ASC', ['string', 'uuid']))).toEqual([
      { path: 'after', message: 'was made for another order of the list: ask for the first page again with this orderBy' },
    ]);
  });

  it('builds forward pages from size + 1 rows', () => {
    const page = toConnection([1, 2, 3], { size: 2, backward: false }, 10, (row) => `c${row}`);
    expect(page.nodes).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
    const last = toConnection([3], { size: 2, after: 'c2', backward: false }, 10, (row) => `c${row}`);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: 'c3', endCursor: 'c3' });
    expect(toConnection([], { size: 0, backward: false }, 10, String).pageInfo.endCursor).toBeNull();
  });

  it('builds backward pages from size + 1 rows read from the end, in the list’s order', () => {
    const page = toConnection([10, 9, 8], { size: 2, backward: true }, 10, (row) => `c${row}`);
    expect(page.nodes).toEqual([9, 10]);
    expect(page.edges.map((edge) => edge.cursor)).toEqual(['c9', 'c10']);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: 'c9', endCursor: 'c10' });
    const first = toConnection([2, 1], { size: 2, before: 'c3', backward: true }, 10, (row) => `c${row}`);
    expect(first.nodes).toEqual([1, 2]);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
  });
});

describe('pageOf', () => {
  it('reads first/after forward, last/before backward, and 50 first rows with neither', () => {
    expect(pageOf({})).toEqual({ size: 50, after: null, before: null, backward: false });
    expect(pageOf({ first: 3, after: 'a' })).toEqual({ size: 3, after: 'a', before: null, backward: false });
    expect(pageOf({ last: 4, before: 'b', first: null })).toEqual({ size: 4, after: null, before: 'b', backward: true });
  });

  it('refuses first with last, and sizes outside 0..200', () => {
    expect(fieldsOf(() => pageOf({ first: 1, last: 1 }))).toEqual([{ path: 'last', message: expect.stringContaining('cannot be given with first') as string }]);
    expect(fieldsOf(() => pageOf({ last: 201 }))).toEqual([{ path: 'last', message: 'must be an integer from 0 to 200' }]);
    expect(fieldsOf(() => pageOf({ first: -1 }))).toEqual([{ path: 'first', message: 'must be an integer from 0 to 200' }]);
  });
});
