import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date "YYYY-MM-DD" (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function parseDate(value: unknown): string {
  if (!isCalendarDate(value)) throw new GraphQLError('Date must be an ISO-8601 calendar date "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT' } });
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
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});
