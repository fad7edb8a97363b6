import { BadUserInputError } from '../errors/index.js';
import { type PageRequest } from './page.args.js';

/**
 * What a sort key holds, as a cursor carries it: text, a number, or the text form of a uuid, a bigint
 * (an audit event id), a date ("2026-01-31", "infinity") or a timestamp (ISO 8601 in UTC, microseconds).
 */
export type CursorValueType = 'string' | 'number' | 'uuid' | 'bigint' | 'date' | 'timestamp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BIGINT = /^-?\d{1,19}$/;
const DATE = /^(\d{4}-\d{2}-\d{2}|infinity|-infinity)$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function holds(type: CursorValueType, value: unknown): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'bigint':
      return typeof value === 'string' && BIGINT.test(value);
    case 'date':
      return typeof value === 'string' && DATE.test(value);
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP.test(value);
  }
}

/**
 * Opaque keyset cursors: the order's tag (which list, which order, which way) and the sort key values of
 * a row, as base64url JSON. A cursor is valid only for the order it was made with.
 */
export function encodeCursor(tag: string, keys: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify([tag, ...keys]), 'utf8').toString('base64url');
}

/**
 * The sort key values of a cursor made by `encodeCursor(tag, …)`, of the types in `shape`. A cursor that
 * does not decode to that shape is BAD_USER_INPUT on `path` ("is not a cursor of this list"); one made for
 * another order (another field or direction, or relevance) is BAD_USER_INPUT too ("was made for another
 * order"), never a page of the wrong rows.
 */
export function decodeCursor(cursor: string, tag: string, shape: ReadonlyArray<CursorValueType>, path = 'after'): Array<string | number> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || typeof decoded[0] !== 'string') throw new BadUserInputError([{ path, message: 'is not a cursor of this list' }]);
  const [cursorTag, ...keys] = decoded as [string, ...unknown[]];
  if (cursorTag !== tag)
    throw new BadUserInputError([{ path, message: 'was made for another order of the list: ask for the first page again with this orderBy' }]);
  if (keys.length !== shape.length || !keys.every((key, index) => holds(shape[index], key)))
    throw new BadUserInputError([{ path, message: 'is not a cursor of this list' }]);
  return keys as Array<string | number>;
}

/**
 * Builds a connection from the rows of a keyset page read with `size + 1` rows (to tell whether more
 * follow in the reading direction). A backward page (`last`) was read from its end: its rows are put
 * back in the list's order. The side a cursor bounded has rows (those of the cursor and beyond it).
 */
export function toConnection<T>(rows: T[], page: PageRequest, totalCount: number, cursorOf: (row: T) => string) {
  const nodes = rows.slice(0, page.size);
  if (page.backward) nodes.reverse();
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  const more = rows.length > page.size;
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: page.backward ? Boolean(page.before) : more,
      hasPreviousPage: page.backward ? more : Boolean(page.after),
      startCursor: edges.length > 0 ? edges[0].cursor : null,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}
