import { ConnectionException, NotFoundError as OrmNotFoundError, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BadUserInputError, ConflictError, DomainError, ErrorCode } from '../errors/index.js';
import { invalidInputFields } from './invalid-input.js';
import { QUERY_TOO_COMPLEX } from './query-limits.js';

/** Codes that GraphQL itself and Apollo raise before anything executes; their messages are safe to show. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
]);

/**
 * The error that was thrown, under the GraphQLErrors that resolvers, plugins and validation wrap around it,
 * and under graphql-js's NonErrorThrown, which wraps a thrown value that is not an `Error` of this realm
 * (a driver error made in another V8 context fails `instanceof Error`, as under jest's sandbox).
 */
export function unwrapError(error: unknown): unknown {
  let current = error;
  for (;;) {
    if (current instanceof GraphQLError && current.originalError && current.originalError !== current) current = current.originalError;
    else if (current instanceof Error && current.name === 'NonErrorThrown' && 'thrownValue' in current) current = current.thrownValue;
    else return current;
  }
}

/** An Error of any realm: `instanceof Error` fails for one made in another V8 context. */
function isErrorLike(error: unknown): error is Error {
  return error instanceof Error || (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string');
}

/** The limit a query-limit rule or plugin reported (Apollo re-codes validation errors, keeping the original). */
function queryLimitOf(error: unknown): unknown {
  for (let current = error; current instanceof GraphQLError; current = current.originalError) {
    if (current.extensions?.code === QUERY_TOO_COMPLEX) return current.extensions.limit;
    if (current.originalError === current) break;
  }
  return undefined;
}

interface MappedError {
  code: string;
  message: string;
  extensions?: Record<string, unknown>;
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03']);
const CONNECTION_ERROR_MESSAGE =
  /connection terminated|connection ended unexpectedly|timeout exceeded when trying to connect|client has encountered a connection error|connection is closed|cannot use a pool after calling end/i;

/** True when the database could not be reached or dropped the connection (not a fault of the request). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  if (!isErrorLike(error)) return false;
  const { code: rawCode, sqlState } = error as { code?: unknown; sqlState?: unknown };
  const code = typeof rawCode === 'string' ? rawCode : typeof sqlState === 'string' ? sqlState : '';
  return CONNECTION_ERROR_CODES.has(code) || code.startsWith('08') || CONNECTION_ERROR_MESSAGE.test(error.message);
}

/** The one place where a thrown error becomes an API error code; anything unexpected is hidden. */
export function mapError(error: unknown): MappedError | null {
  if (error instanceof BadUserInputError) {
    return { code: error.code, message: error.message, extensions: { fields: error.fields } };
  }
  if (error instanceof ConflictError) return { code: error.code, message: error.message, extensions: { ...error.details } };
  if (error instanceof DomainError) return { code: error.code, message: error.message };
  if (error instanceof OptimisticLockError) {
    return { code: ErrorCode.Conflict, message: 'The record was changed by someone else: reload it and try again with its current version' };
  }
  if (error instanceof UniqueConstraintViolationException) {
    return { code: ErrorCode.Conflict, message: 'A record with the same unique value already exists' };
  }
  if (isDatabaseUnavailable(error)) {
    return { code: ErrorCode.ServiceUnavailable, message: 'The database cannot be reached right now: try again in a moment' };
  }
  if (error instanceof OrmNotFoundError) return { code: ErrorCode.NotFound, message: 'The record does not exist' };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 401) return { code: ErrorCode.Unauthenticated, message: 'Authentication required: send a valid bearer token' };
    if (status === 403) return { code: ErrorCode.Forbidden, message: 'Not allowed for this token' };
    if (status === 404) return { code: ErrorCode.NotFound, message: 'Not found' };
    if (status === 409) return { code: ErrorCode.Conflict, message: 'Conflict' };
    if (status >= 400 && status < 500) return { code: ErrorCode.BadUserInput, message: 'Invalid request', extensions: { fields: [] } };
  }
  return null;
}

/**
 * Apollo `formatError`: an invalid value in the document or the variables is BAD_USER_INPUT with its
 * fields, whichever way graphql-js reported it; maps the original error, keeps GraphQL's own validation errors, and turns
 * everything else into a bare INTERNAL_SERVER_ERROR (no stack, SQL or driver text ever leaves).
 */
export function createErrorFormatter(onUnexpected: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const fields = invalidInputFields(error);
    if (fields) return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BadUserInput, fields } };
    const original = unwrapError(error);
    const mapped = mapError(original);
    if (mapped) {
      return {
        message: mapped.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: mapped.code, ...mapped.extensions },
      };
    }
    const limit = queryLimitOf(original);
    if (limit) return { message: formatted.message, locations: formatted.locations, extensions: { code: QUERY_TOO_COMPLEX, limit } };
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && typeof code === 'string' && PROTOCOL_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    onUnexpected(original);
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.InternalServerError } };
  };
}

/**
 * What the log keeps of an unexpected error: its class, SQLSTATE and where it was thrown. Not the
 * message: driver messages quote SQL and values, which may be personal data.
 */
export function describeUnexpectedError(error: unknown): string {
  if (!(error instanceof Error)) return `Unexpected ${typeof error} thrown`;
  const code = (error as { code?: unknown }).code;
  const frame = error.stack
    ?.split('\n')
    .find((line) => line.trim().startsWith('at '))
    ?.trim();
  return [`Unexpected ${error.name}`, typeof code === 'string' ? `code ${code}` : undefined, frame].filter(Boolean).join(', ');
}

const unexpectedErrors = new Logger('UnexpectedError');

/**
 * The one sanitising logger of unexpected errors, wherever they surface (Apollo's formatError, the
 * exception filter of HTTP routes): one error line of describeUnexpectedError, never the message.
 */
export function reportUnexpectedError(error: unknown): void {
  unexpectedErrors.error(describeUnexpectedError(error));
}
