import { Transform } from 'class-transformer';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, registerDecorator } from 'class-validator';
import { BadUserInputError } from '../errors/index.js';
import { Rules } from '../validation/validators.js';

export const MAX_PAGE_SIZE = 200;
/** The page size of a connection asked for with neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 50;

/** The `first` argument of a plain list (not a connection): 0 to MAX_PAGE_SIZE, 50 when left out or null. */
export function PageSize(): PropertyDecorator {
  return Rules(
    Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }),
    Transform(({ value }: { value: unknown }) => (value === null ? DEFAULT_PAGE_SIZE : value)),
    IsInt(),
    Min(0),
    Max(MAX_PAGE_SIZE),
  );
}

/** A connection's `first` or `last`: 0 to MAX_PAGE_SIZE, or left out. */
function PageCount(description: string): PropertyDecorator {
  return Rules(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    IsInt(),
    Min(0),
    Max(MAX_PAGE_SIZE),
  );
}

/** A connection's `after` or `before`: an opaque cursor of this list and order. */
function PageCursor(description: string): PropertyDecorator {
  return Rules(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString(),
    MaxLength(1000),
  );
}

const FIRST_WITH_LAST = 'cannot be given with first: ask for the first rows (first, after) or the last ones (last, before)';

/** `last` only where `first` is left out (or null). */
function IsNotGivenWithFirst(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotGivenWithFirst',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: FIRST_WITH_LAST },
      validator: {
        validate: (value: unknown, validation) => value === null || value === undefined || (validation?.object as { first?: unknown }).first == null,
      },
    });
}

/**
 * The paging arguments of every connection (Relay): `first` rows after the cursor `after`, or the `last`
 * rows before the cursor `before`, in the list's order either way. `first` and `last` together are
 * BAD_USER_INPUT; with neither, the first DEFAULT_PAGE_SIZE (50) rows.
 */
@ArgsType()
export class PageArgs {
  @PageCount('At most this many rows from the start of the list (or after `after`): 0 to 200. With neither `first` nor `last`, 50.')
  first?: number | null;

  @PageCursor('The rows after this cursor (an `endCursor` or edge cursor of the same list and order).')
  after?: string | null;

  @PageCount("At most this many rows from the end of the list (or before `before`), in the list's order: 0 to 200. Not with `first`.")
  @IsNotGivenWithFirst()
  last?: number | null;

  @PageCursor('The rows before this cursor (a `startCursor` or edge cursor of the same list and order).')
  before?: string | null;
}

/**
 * Which page of a keyset list to read: the `size` rows after `after` (forward), or the `size` rows before
 * `before` (backward: `last`), returned in the list's order either way. Either cursor may bound either way.
 */
export interface PageRequest {
  size: number;
  after?: string | null;
  before?: string | null;
  /** True for `last`: the page is the `size` rows nearest the end (or nearest `before`). */
  backward: boolean;
}

/** The page that paging arguments ask for (see PageArgs); `first` with `last` is BAD_USER_INPUT. */
export function pageOf(args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null }): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw new BadUserInputError([{ path: 'last', message: FIRST_WITH_LAST }]);
  for (const [path, size] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (size != null && !(Number.isInteger(size) && size >= 0 && size <= MAX_PAGE_SIZE))
      throw new BadUserInputError([{ path, message: `must be an integer from 0 to ${MAX_PAGE_SIZE}` }]);
  }
  if (last != null) return { size: last, after: after ?? null, before: before ?? null, backward: true };
  return { size: first ?? DEFAULT_PAGE_SIZE, after: after ?? null, before: before ?? null, backward: false };
}
