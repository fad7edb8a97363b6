import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { BadUserInputError, type FieldError } from '../errors/index.js';
import { inputRelativePath, mergeFieldErrors, validationExceptionFactory } from './validation-errors.js';

/**
 * Control characters: C0 other than tab, line feed and carriage return (PostgreSQL cannot even store NUL),
 * DEL, and C1 (U+0080–U+009F: never text, but terminals and some viewers act on them, e.g. U+009B as CSI).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder how the
 * text around them is shown ("Trojan Source"), so a name could display as something else than it is.
 */
const BIDIRECTIONAL_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** `GqlParamtype.ARGS` of @nestjs/graphql (not exported by the package); the fuzz test fails if it changes. */
export const GRAPHQL_ARGUMENTS = 3;
const CLIENT_INPUT = new Set<unknown>([GRAPHQL_ARGUMENTS, 'body', 'query', 'param']);

/** A UTF-16 surrogate without its pair: not text, and some validators throw on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(value: string): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text';
  if (CONTROL_CHARACTERS.test(value)) return 'must not contain control characters';
  if (BIDIRECTIONAL_CONTROLS.test(value)) return 'must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)';
  return undefined;
}

/**
 * Every string in an argument value that holds a control character (C0, C1), a bidirectional override
 * or isolate, or is not valid Unicode, with its path: the text rules of every input, whatever its field.
 */
export function controlCharacterErrors(value: unknown, path: string[]): FieldError[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ path: inputRelativePath(path), message: problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterErrors(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => controlCharacterErrors(item, [...path, key]));
  }
  return [];
}

/**
 * The one validation pipe: class-validator rules of the argument types, plus a scan of every string
 * for control characters, bidirectional controls and broken Unicode; all invalid fields are reported
 * together as one BAD_USER_INPUT.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, forbidUnknownValues: false, exceptionFactory: validationExceptionFactory });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only what the client sent: GraphQL arguments (and HTTP body, query, params), never parents or the context.
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    const controlErrors = controlCharacterErrors(value, metadata.data ? [metadata.data] : []);
    // Validators may throw on broken text: such input is refused before they see it.
    if (controlErrors.some((error) => error.message === 'must be valid Unicode text')) throw new BadUserInputError(controlErrors);
    try {
      const transformed: unknown = await super.transform(value, metadata);
      if (controlErrors.length > 0) throw new BadUserInputError(controlErrors);
      return transformed;
    } catch (error) {
      if (error instanceof BadUserInputError && controlErrors.length > 0 && error.fields !== controlErrors) {
        throw new BadUserInputError(mergeFieldErrors([...error.fields, ...controlErrors]));
      }
      throw error;
    }
  }
}
