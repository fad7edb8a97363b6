import { ValidationError } from 'class-validator';
import { BadUserInputError, type FieldError } from '../errors/index.js';

/**
 * Flattens class-validator's tree into `{ path, message }` pairs. Paths are relative to the
 * operation's input: a leading "input." (the argument that wraps a mutation's fields) is dropped,
 * so a business ID error reads "businessId" and an engagement record's "records.2.kind".
 */
export function toFieldErrors(errors: ValidationError[], parentPath: string[] = []): FieldError[] {
  const fields: FieldError[] = [];
  for (const error of errors) {
    const path = [...parentPath, error.property];
    for (const message of Object.values(error.constraints ?? {})) {
      fields.push({ path: inputRelativePath(path), message: stripPropertyName(message, error.property) });
    }
    if (error.children && error.children.length > 0) fields.push(...toFieldErrors(error.children, path));
  }
  return fields;
}

export function inputRelativePath(path: string[]): string {
  const parts = path.filter((part) => part !== '');
  return (parts[0] === 'input' && parts.length > 1 ? parts.slice(1) : parts).join('.');
}

/** class-validator messages start with the property name ("email must be an email"); the path already says it. */
function stripPropertyName(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

/** One entry per field: the messages of a field that broke several rules are joined. */
export function mergeFieldErrors(fields: FieldError[]): FieldError[] {
  const byPath = new Map<string, string[]>();
  for (const field of fields) byPath.set(field.path, [...(byPath.get(field.path) ?? []), field.message]);
  return [...byPath].map(([path, messages]) => ({ path, message: messages.join('; ') }));
}

export function validationExceptionFactory(errors: ValidationError[]): BadUserInputError {
  return new BadUserInputError(mergeFieldErrors(toFieldErrors(errors)));
}
