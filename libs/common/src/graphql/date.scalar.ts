import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isCalendarDate, parseIsoInstant } from '../time/iso-time.js';

/**
 * The error of an invalid value; with the value's node when it was written in the document, which graphql-js
 * reports as it is: the error formatter finds the value's argument path by that node.
 */
function badInput(message: string, node?: ValueNode): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDate(value: unknown, node?: ValueNode): string {
  if (!isCalendarDate(value)) throw badInput('Date must be an ISO-8601 calendar date "YYYY-MM-DD" of the years 0001–9999', node);
  return value;
}

/** ISO-8601 calendar date, carried as the string "YYYY-MM-DD" end to end (PostgreSQL `date`). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO-8601 calendar date, e.g. "2026-11-27"',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string') return value.slice(0, 10);
    throw new GraphQLError('Date cannot represent this value');
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('Date must be a string "YYYY-MM-DD"', ast);
    return parseDate(ast.value, ast);
  },
});

function parseDateTime(value: unknown, node?: ValueNode): Date {
  const instant = parseIsoInstant(value);
  if (instant === undefined) {
    throw badInput('DateTime must be an ISO-8601 time with its offset, e.g. "2026-11-27T10:00:00Z", of a real date of the years 0001–9999', node);
  }
  return instant;
}

/**
 * The one DateTime of the schema (in place of @nestjs/graphql's GraphQLISODateTime, whose `new Date(text)`
 * rolls 2025-02-30 over to March and lets through years PostgreSQL cannot store): strict RFC 3339 input,
 * ISO output at UTC.
 */
export const DateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description: 'ISO-8601 (RFC 3339) time with its offset, e.g. "2026-11-27T10:00:00Z"; answered at UTC. Only real dates of the years 0001–9999.',
  serialize(value) {
    return value instanceof Date ? value.toISOString() : null;
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime must be a string such as "2026-11-27T10:00:00Z"', ast);
    return parseDateTime(ast.value, ast);
  },
});
