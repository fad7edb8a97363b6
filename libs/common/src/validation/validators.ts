import { Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isValidBusinessId, normaliseBusinessId } from './business-id';

/** Trims strings before validation; other values pass unchanged. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}

/** Trims, and turns an empty optional text into null (clears it). */
export function TrimToNull(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });
}

/** Normalises pasted business IDs (VAT form, spaces) before the check-digit validation. */
export function NormaliseBusinessId(): PropertyDecorator {
  return Transform(({ value }) => {
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
