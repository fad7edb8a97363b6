import { OptimisticLockError } from '@mikro-orm/core';
import { runInNewContext } from 'node:vm';
import { GraphQLError } from 'graphql';
import { toError } from 'graphql/jsutils/toError.js';
import { BadUserInputError, ConflictError, NotFoundError, StaleVersionError, UniqueValueTakenError } from '../errors/index.js';
import { createErrorFormatter, describeUnexpectedError } from './error-formatter.js';

describe('error formatter', () => {
  const unexpected: unknown[] = [];
  const format = createErrorFormatter((error) => unexpected.push(error));
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });

  beforeEach(() => {
    unexpected.length = 0;
  });

  it('maps domain errors to their codes, with field lists for bad input', () => {
    expect(format({ message: 'x' }, wrap(new NotFoundError('Organisation', 'abc')))).toMatchObject({ extensions: { code: 'NOT_FOUND' }, path: undefined });
    expect(format({ message: 'x' }, wrap(new ConflictError('taken'))).extensions).toEqual({ code: 'CONFLICT' });
    const badInput = format({ message: 'x' }, wrap(new BadUserInputError([{ path: 'name', message: 'should not be empty' }])));
    expect(badInput.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ path: 'name', message: 'should not be empty' }] });
  });

  it('gives a CONFLICT its current version, or the holder of a unique value with the field', () => {
    expect(format({ message: 'x' }, wrap(new StaleVersionError('Organisation', 'abc', 7))).extensions).toEqual({ code: 'CONFLICT', currentVersion: 7 });
    expect(format({ message: 'x' }, wrap(new UniqueValueTakenError('businessId', 'is taken', 'def'))).extensions).toEqual({
      code: 'CONFLICT',
      existingId: 'def',
      fields: [{ path: 'businessId', message: 'is taken' }],
    });
  });

  it('maps a stale optimistic lock to CONFLICT', () => {
    expect(format({ message: 'x' }, wrap(OptimisticLockError.lockFailed('Organisation'))).extensions).toEqual({ code: 'CONFLICT' });
  });

  it('maps an unreachable database to SERVICE_UNAVAILABLE without driver text', () => {
    for (const error of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('Cannot use a pool after calling end on the pool'),
    ]) {
      const formatted = format({ message: error.message }, wrap(error));
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(formatted.message).not.toMatch(/ECONN|Knex|pool|5432/);
    }
  });

  it('maps a connection error made in another realm, as graphql-js wraps it (NonErrorThrown), to SERVICE_UNAVAILABLE', () => {
    const foreign = runInNewContext(`Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })`) as { message: string };
    expect(foreign instanceof Error).toBe(false);
    const wrapped = toError(foreign);
    expect(wrapped.name).toBe('NonErrorThrown');
    const formatted = format({ message: wrapped.message }, new GraphQLError(wrapped.message, { originalError: wrapped, path: ['field'] }));
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(unexpected).toEqual([]);
  });

  it('hides anything unexpected behind INTERNAL_SERVER_ERROR, and reports it', () => {
    const error = new Error('insert into "contact" ("first_name") values (\'Aino\') - duplicate key');
    const formatted = format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, wrap(error));
    expect(formatted).toEqual({ message: 'Internal server error', locations: undefined, path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(unexpected).toEqual([error]);
  });

  it('keeps GraphQL validation errors as they are', () => {
    const validation = new GraphQLError('Cannot query field "nonsense" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: validation.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, validation)).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('describes an unexpected error without its message', () => {
    const error = Object.assign(new Error('duplicate key value (email)=(aino@example.fi)'), { code: '23505' });
    const description = describeUnexpectedError(error);
    expect(description).toMatch(/^Unexpected Error, code 23505, at /);
    expect(description).not.toContain('aino@example.fi');
  });
});
