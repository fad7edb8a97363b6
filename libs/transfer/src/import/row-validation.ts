import { setImmediate } from 'node:timers/promises';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { controlCharacterErrors, type FieldError, mergeFieldErrors, toFieldErrors } from '@sidos/common';

/**
 * Validates one row as the GraphQL input it stands for, with the same rules and transforms (trimming,
 * business ID normalisation) as the validation pipe, control characters included. Answers the
 * transformed input and every field error, by input path.
 */
export async function validateAsInput<T extends object>(type: new () => T, plain: Record<string, unknown>): Promise<{ input: T; errors: FieldError[] }> {
  const textErrors = controlCharacterErrors(plain, []);
  const input = plainToInstance(type, plain);
  // Validators may throw on broken text: such a row is refused before they see it (a file read as UTF-8 has none).
  if (textErrors.some((error) => error.message === 'must be valid Unicode text')) return { input, errors: textErrors };
  const errors = toFieldErrors(await validate(input, { forbidUnknownValues: false }));
  return { input, errors: mergeFieldErrors([...errors, ...textErrors]) };
}

const ROWS_BETWEEN_YIELDS = 500;

/**
 * Lets other requests run now and then while a large file is validated (validation is CPU work that
 * would otherwise hold the event loop for seconds): call it once per row.
 */
export async function yieldNowAndThen(rowIndex: number): Promise<void> {
  if (rowIndex > 0 && rowIndex % ROWS_BETWEEN_YIELDS === 0) await setImmediate();
}
