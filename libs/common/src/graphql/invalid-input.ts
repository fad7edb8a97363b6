import { type ASTNode, GraphQLError, Kind, parse, type ValueNode, visit } from 'graphql';
import { type FieldError } from '../errors/index.js';
import { inputRelativePath } from '../validation/validation-errors.js';

/** The value nodes that graphql-js's ValuesOfCorrectTypeRule reports (an input field too, when it is unknown). */
const VALUE_KINDS = new Set<string>([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT, Kind.OBJECT_FIELD]);

/** graphql-js's reasons that name a field of an input object: the path goes on to that field. */
const MISSING_FIELD = /^Field "(?:[^".]+\.)?([^".]+)" of required type "[^"]+" was not provided\.$/;
const UNKNOWN_FIELD = /^Field "([^"]+)" is not defined by type "[^"]+"/;

/** graphql-js's variable coercion messages (graphql 16): `Variable "$name" got invalid value … at "name.path[2].x"; reason`. */
const VARIABLE_VALUE = /^Variable "\$([^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?$/;
const VARIABLE_MISSING = /^Variable "\$([^"]+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/;

/**
 * The input fields of a request refused for an invalid value, written in the document or in its variables:
 * a Date, DateTime, ID, enum value or Int that its type cannot hold, a null where a value is required, a
 * missing or unknown input field. graphql-js reports those before anything executes, the inline ones as
 * validation errors (with the value's node) and the variable ones as coercion errors (with the path in the
 * message); both become `{ path, message }` here, the path naming the argument or the variable and the input
 * fields below it ("input." left out, as for every other field error: "startsOn", "records.2.kind", "date").
 * Null for any other error.
 */
export function invalidInputFields(error: unknown): FieldError[] | null {
  if (!(error instanceof GraphQLError)) return null;
  const code = error.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED') return invalidLiteralFields(error);
  if (code === 'BAD_USER_INPUT' && error.message.startsWith('Variable "$')) return invalidVariableFields(error);
  return null;
}

function invalidLiteralFields(error: GraphQLError): FieldError[] | null {
  const node = error.nodes?.[0];
  if (!node || !VALUE_KINDS.has(node.kind) || !node.loc) return null;
  const path = pathOfValue(node.loc.source.body, node);
  if (!path) return null;
  // "Expected value of type "Date", found "2026-13-01"; Date must be …": the scalar's reason, when it gave one.
  const separator = error.message.indexOf('; ');
  const reason = separator >= 0 ? error.message.slice(separator + 2) : error.message;
  return [fieldError(path, reason)];
}

function invalidVariableFields(error: GraphQLError): FieldError[] | null {
  const missing = VARIABLE_MISSING.exec(error.message);
  if (missing) return [{ path: inputRelativePath([missing[1]]), message: 'must be given a value' }];
  // The message is `prefix; reason`, where the reason is the message of the error it wraps.
  const reason = error.originalError && error.originalError !== error ? error.originalError.message : undefined;
  const prefix = reason !== undefined && error.message.endsWith(`; ${reason}`) ? error.message.slice(0, -(reason.length + 2)) : error.message;
  const invalid = VARIABLE_VALUE.exec(prefix);
  if (!invalid) return null;
  const path = (invalid[2] ?? invalid[1]).replace(/\[(\d+)\]/g, '.$1').split('.');
  return [fieldError(path, reason ?? 'is not a valid value')];
}

/** The error at `path`, or at the input field that the reason names under it. */
function fieldError(path: string[], reason: string): FieldError {
  const named = MISSING_FIELD.exec(reason) ?? UNKNOWN_FIELD.exec(reason);
  const fieldPath = named && path[path.length - 1] !== named[1] ? [...path, named[1]] : path;
  return { path: inputRelativePath(fieldPath), message: reason };
}

/** The argument (or variable default) path of a value node of the document, found again by its position. */
function pathOfValue(document: string, target: ASTNode): string[] | null {
  let found: string[] | null = null;
  const matches = (node: ASTNode) => node.kind === target.kind && node.loc?.start === target.loc?.start;
  const search = (value: ValueNode, path: string[]): void => {
    if (found) return;
    if (matches(value)) found = path;
    else if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) {
        if (matches(field)) found = [...path, field.name.value];
        else search(field.value, [...path, field.name.value]);
      }
    } else if (value.kind === Kind.LIST) value.values.forEach((item, index) => search(item, [...path, String(index)]));
  };
  visit(parse(document), {
    Argument: (argument) => search(argument.value, [argument.name.value]),
    VariableDefinition: (definition) => {
      if (definition.defaultValue) search(definition.defaultValue, [definition.variable.name.value]);
    },
  });
  return found;
}
