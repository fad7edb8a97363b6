import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength, registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';
import { isValidBusinessId, normaliseBusinessId } from './business-id.js';

/** Trims strings before validation; other values pass unchanged. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** Trims, and turns an empty optional text into null (clears it). */
export function TrimToNull(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });
}

/** Normalises pasted business IDs (VAT form, spaces) before the check-digit validation. */
export function NormaliseBusinessId(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : normaliseBusinessId(trimmed);
  });
}

export function IsBusinessId(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isBusinessId',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a Finnish business ID "NNNNNNN-C" with a valid check digit', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidBusinessId(value) },
    });
}

/**
 * For update inputs: the field may be left out, but when given it is validated, so an explicit null
 * on a field that cannot be empty (a name, a type) fails instead of being skipped as @IsOptional would.
 */
export function OptionalButNotNull(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

export const HTTP_URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export const NAME_MAX_LENGTH = 300;
export const SHORT_TEXT_MAX_LENGTH = 300;
export const LONG_TEXT_MAX_LENGTH = 10_000;
export const SEARCH_MAX_LENGTH = 200;

/**
 * A character that shows: anything but white space, control and format characters (U+200B zero-width
 * space, U+200C/D joiners, U+2060 word joiner, U+FEFF, U+00AD soft hyphen, bidirectional marks), combining
 * marks on their own, unassigned code points, and the blank letters of Hangul and braille (U+115F, U+1160,
 * U+3164, U+FFA0, U+2800).
 */
const VISIBLE_CHARACTER = /[^\p{White_Space}\p{Z}\p{Cc}\p{Cf}\p{Cn}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** True when the text has a character that shows (see VISIBLE_CHARACTER). */
export function hasVisibleCharacter(value: string): boolean {
  return VISIBLE_CHARACTER.test(value);
}

/**
 * A name or title must show: one made of zero-width or other invisible characters only is refused. An
 * empty text passes (IsNotEmpty says that), as does anything that is not a string (IsString says that).
 */
export function HasVisibleCharacter(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'hasVisibleCharacter',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must contain a visible character', ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || value === '' || hasVisibleCharacter(value) },
    });
}

/** A required name or title: trimmed, not empty, with a visible character, at most `maxLength` characters. */
export const requiredNameRules = (maxLength = NAME_MAX_LENGTH): PropertyDecorator[] => [
  Trim(),
  IsString(),
  IsNotEmpty(),
  HasVisibleCharacter(),
  MaxLength(maxLength),
];

/** An optional name or title: trimmed, empty as null (clears it); when given, with a visible character. */
export const optionalNameRules = (maxLength = NAME_MAX_LENGTH): PropertyDecorator[] => [
  TrimToNull(),
  IsOptional(),
  IsString(),
  HasVisibleCharacter(),
  MaxLength(maxLength),
];

/** An optional list of at most 100 ids (filters and inputs that refer to other records). */
export const idListRules = (): PropertyDecorator[] => [IsOptional(), IsArray(), ArrayMaxSize(100), IsString({ each: true })];

/** An optional search text of a list filter: trimmed, empty as null. */
export const searchRules = (): PropertyDecorator[] => [TrimToNull(), IsOptional(), IsString(), MaxLength(SEARCH_MAX_LENGTH)];

/** Five minutes of clock skew between the client and the server are forgiven. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function IsNotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotInFuture',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must not be in the future', ...options },
      validator: { validate: (value: unknown) => !(value instanceof Date) || value.getTime() <= Date.now() + CLOCK_SKEW_MS },
    });
}

/** For ISO calendar dates ("YYYY-MM-DD" strings compare in date order): not before the sibling field. */
export function IsNotBefore(sibling: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [sibling],
      options: { message: `must not be before ${sibling}`, ...options },
      validator: {
        validate: (value: unknown, args) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[sibling];
          return typeof value !== 'string' || typeof other !== 'string' || value >= other;
        },
      },
    });
}

/** Applies several property decorators as one (the shared rule sets of the inputs). */
export function Rules(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorator) => decorator(target, property));
}
