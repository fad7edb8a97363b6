import { BadUserInputError } from '../errors/index.js';

/**
 * Opaque keyset cursors: the sort key values of the last row seen, as base64url JSON.
 * A cursor that does not decode to the expected shape is BAD_USER_INPUT on `after`.
 */
export function encodeCursor(keys: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: ReadonlyArray<'string' | 'number'>, path = 'after'): Array<string | number> {
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    keys = undefined;
  }
  const valid =
    Array.isArray(keys) &&
    keys.length === shape.length &&
    keys.every((key, index) => typeof key === shape[index] && (typeof key !== 'number' || Number.isFinite(key)));
  if (!valid) throw new BadUserInputError([{ path, message: 'is not a cursor of this list' }]);
  return keys as Array<string | number>;
}

/** Builds a connection from rows fetched with `first + 1` rows to tell whether there is a next page. */
export function toConnection<T>(rows: T[], first: number, totalCount: number, cursorOf: (row: T) => string, hasPreviousPage: boolean) {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage,
      startCursor: edges.length > 0 ? edges[0].cursor : null,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}
