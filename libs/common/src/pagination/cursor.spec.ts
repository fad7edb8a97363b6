import { BadUserInputError } from '../errors/index.js';
import { decodeCursor, encodeCursor, toConnection } from './cursor.js';

describe('cursors', () => {
  it('round-trips the sort keys', () => {
    const cursor = encodeCursor(['kauppakamari', '3f1c…', 0.5]);
    expect(decodeCursor(cursor, ['string', 'string', 'number'])).toEqual(['kauppakamari', '3f1c…', 0.5]);
  });

  it.each(['not-base64!', encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url'), encodeCursor([1, 'x'])])(
    'refuses a malformed cursor %s as BAD_USER_INPUT on after',
    (cursor) => {
      try {
        decodeCursor(cursor, ['string', 'string']);
        throw new Error('expected a failure');
      } catch (error) {
        expect(error).toBeInstanceOf(BadUserInputError);
        expect((error as BadUserInputError).fields).toEqual([{ path: 'after', message: 'is not a cursor of this list' }]);
      }
    },
  );

  it('builds pages from first + 1 rows', () => {
    const page = toConnection([1, 2, 3], 2, 10, (row) => `c${row}`, false);
    expect(page.nodes).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
    const last = toConnection([3], 2, 10, (row) => `c${row}`, true);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: 'c3', endCursor: 'c3' });
    expect(toConnection([], 0, 10, String, false).pageInfo.endCursor).toBeNull();
  });
});
