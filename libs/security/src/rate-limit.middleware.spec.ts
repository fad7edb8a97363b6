import { jest } from '@jest/globals';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { Request, Response } from 'express';
import { AuthGuard, Role, Roles, signDevelopmentToken, TokenVerifier } from '@sidos/auth';
import { UnauthenticatedError } from '@sidos/common';
import { loadConfig } from '@sidos/config';
import { RateLimitMiddleware } from './rate-limit.middleware.js';

const SECRET = 'rate-limit-test-secret-that-is-long-enough-0123456789';

@Roles(Role.VIEWER)
class ReportResolver {
  list(this: void): void {}
}

interface Answer {
  status?: number;
  body?: unknown;
}

function requestWith(authorization?: string): Request {
  return { ip: '192.0.2.1', headers: authorization === undefined ? {} : { authorization } } as unknown as Request;
}

function responseFor(answer: Answer): Response {
  const response = {
    status: (status: number) => ((answer.status = status), response),
    setHeader: () => response,
    json: (body: unknown) => ((answer.body = body), response),
  };
  return response as unknown as Response;
}

function graphqlContext(request: Request): ExecutionContextHost {
  const context = new ExecutionContextHost([{}, {}, { req: request }, {}], ReportResolver, ReportResolver.prototype.list);
  context.setType('graphql');
  return context;
}

describe('RateLimitMiddleware with AuthGuard', () => {
  let verifier: TokenVerifier;
  let middleware: RateLimitMiddleware;
  let guard: AuthGuard;

  const bearer = async (sub: string): Promise<string> => `Bearer ${await signDevelopmentToken(SECRET, { sub, roles: [Role.VIEWER] })}`;

  /** One request through the middleware and then, if it was let through, the guard of one resolver. */
  const send = async (request: Request): Promise<Answer & { passed: boolean }> => {
    const answer: Answer = {};
    let passed = false;
    await middleware.use(request, responseFor(answer), () => (passed = true));
    if (passed) await guard.canActivate(graphqlContext(request));
    return { ...answer, passed };
  };

  beforeEach(() => {
    const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET, RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '2' });
    verifier = new TokenVerifier(config);
    middleware = new RateLimitMiddleware(config, verifier);
    guard = new AuthGuard(new Reflector(), verifier);
  });

  afterEach(() => middleware.onApplicationShutdown());

  it('verifies a token once per request: the guard reuses the rate limit’s verification', async () => {
    const verify = jest.spyOn(verifier, 'verify');
    const request = requestWith(await bearer('alice'));
    await expect(send(request)).resolves.toMatchObject({ passed: true });
    expect(verify).toHaveBeenCalledTimes(1);
    expect(request).toMatchObject({ viewer: { id: 'alice' } });
  });

  it('still counts per verified subject and refuses the request over the limit', async () => {
    const token = await bearer('alice');
    await expect(send(requestWith(token))).resolves.toMatchObject({ passed: true });
    await expect(send(requestWith(token))).resolves.toMatchObject({ passed: true });
    await expect(send(requestWith(token))).resolves.toMatchObject({ passed: false, status: 429 });
    await expect(send(requestWith(await bearer('bob')))).resolves.toMatchObject({ passed: true });
  });

  it('lets an invalid token through to the guard, which refuses it (verified once)', async () => {
    const verify = jest.spyOn(verifier, 'verify');
    await expect(send(requestWith('Bearer a.b.c'))).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(verify).toHaveBeenCalledTimes(1);
    await expect(send(requestWith())).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(verify).toHaveBeenCalledTimes(1);
  });
});
