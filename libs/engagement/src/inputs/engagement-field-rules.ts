import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, registerDecorator, ValidationOptions } from 'class-validator';
import { LONG_TEXT_MAX_LENGTH, NAME_MAX_LENGTH, Trim, TrimToNull } from '@sidos/common';
import { MINISTRY_CODES } from '../enums/engagement.enums';

/** More people than this in one count is a typing error, not an event. */
export const PARTICIPANT_COUNT_MAX = 10_000_000;

/** Trims and upper-cases a ministry code ("tem " → "TEM"); an empty text becomes null. */
export function NormaliseMinistry(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const code = value.trim().toUpperCase();
    return code === '' ? null : code;
  });
}

/** For ISO calendar dates ("YYYY-MM-DD" strings compare in date order): not before the sibling field. */
export function IsNotBeforeDate(sibling: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotBeforeDate',
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

/** Validation shared by the engagement inputs: the decorators of each kind of field, in one place. */
export const engagementFieldRules = {
  title: () => [Trim(), IsString(), IsNotEmpty(), MaxLength(NAME_MAX_LENGTH)],
  longText: () => [TrimToNull(), IsOptional(), IsString(), MaxLength(LONG_TEXT_MAX_LENGTH)],
  ministry: () => [NormaliseMinistry(), IsOptional(), IsIn([...MINISTRY_CODES], { message: `must be a ministry code: ${MINISTRY_CODES.join(', ')}` })],
  ids: () => [IsOptional(), IsArray(), ArrayMaxSize(100), IsString({ each: true })],
  participantCount: () => [IsOptional(), IsInt(), Min(0), Max(PARTICIPANT_COUNT_MAX)],
};

/** Applies several property decorators as one. */
export function Rules(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorator) => decorator(target, property));
}
