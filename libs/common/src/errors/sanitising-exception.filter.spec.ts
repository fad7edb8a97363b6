import { jest } from '@jest/globals';
import { type ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { NotFoundError } from './domain.error.js';
import { SanitisingExceptionFilter } from './sanitising-exception.filter.js';

function httpHost() {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return { json: (body: unknown) => (sent.body = body) };
    },
    end: () => undefined,
  };
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('SanitisingExceptionFilter', () => {
  let logged: unknown[][];
  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  });
  afterEach(() => jest.restoreAllMocks());

  it('rethrows GraphQL errors unlogged, for the error formatter', () => {
    const error = new NotFoundError('Organisation', 'x');
    const host = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    expect(() => new SanitisingExceptionFilter().catch(error, host)).toThrow(error);
    expect(logged).toEqual([]);
  });

  it('answers an unexpected error of an HTTP route with a bare 500, logging its class only', () => {
    const { host, sent } = httpHost();
    const driverError = Object.assign(new Error("insert into \"contact\" values ('Kyllikki', 'kyllikki@example.fi')"), { code: '22008' });
    new SanitisingExceptionFilter().catch(driverError, host);
    expect(sent).toEqual({ status: 500, body: { statusCode: 500, message: 'Internal server error' } });
    expect(logged).toHaveLength(1);
    expect(String(logged[0][0])).toMatch(/^Unexpected Error, code 22008/);
    expect(JSON.stringify(logged)).not.toMatch(/Kyllikki|example\.fi|insert/);
  });

  it('answers an HttpException as Nest would, unlogged', () => {
    const { host, sent } = httpHost();
    new SanitisingExceptionFilter().catch(new NotFoundException(), host);
    expect(sent.status).toBe(404);
    expect(sent.body).toMatchObject({ statusCode: 404 });
    expect(logged).toEqual([]);
  });
});
