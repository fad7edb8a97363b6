import { jest } from '@jest/globals';
import { type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ForbiddenError, UnauthenticatedError } from '@sidos/common';
import { loadConfig } from '@sidos/config';
import { AuthGuard, bearerToken } from './auth.guard.js';
import { type AuthenticatedRequest } from './request-context.js';
import { Role } from './role.enum.js';
import { Public, Roles } from './roles.decorator.js';
import { signDevelopmentToken, TokenVerifier } from './token-verifier.service.js';

const SECRET = 'guard-test-secret-that-is-long-enough-0123456789';

@Roles(Role.VIEWER)
class ReportController {
  list(): void {}

  @Roles(Role.EDITOR)
  edit(): void {}

  @Roles(Role.ADMIN)
  merge(): void {}

  @Public()
  health(): void {}
}

class UndecoratedController {
  open(): void {}

  @Roles(Role.VIEWER)
  read(): void {}
}

@Public()
class PublicController {
  anything(): void {}
}

type Controller = new () => object;

function handlerOf(controller: Controller, method: string): () => void {
  return (controller.prototype as Record<string, () => void>)[method];
}

function httpContext(controller: Controller, method: string, request: AuthenticatedRequest): ExecutionContext {
  return new ExecutionContextHost([request, {}, () => undefined], controller, handlerOf(controller, method));
}

function graphqlContext(controller: Controller, method: string, request: AuthenticatedRequest | undefined): ExecutionContext {
  const context = new ExecutionContextHost([{}, {}, { req: request }, {}], controller, handlerOf(controller, method));
  context.setType('graphql');
  return context;
}

function requestWith(authorization?: string): AuthenticatedRequest {
  return { headers: authorization === undefined ? {} : { authorization } };
}

describe('AuthGuard', () => {
  let verifier: TokenVerifier;
  let guard: AuthGuard;

  const bearer = async (roles: Role[] | string[], sub = 'alice'): Promise<string> =>
    `Bearer ${await signDevelopmentToken(SECRET, { sub, roles: roles as Role[], ministry: 'TEM' })}`;

  beforeEach(() => {
    verifier = new TokenVerifier(loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET }));
    guard = new AuthGuard(new Reflector(), verifier);
  });

  it('lets anyone call a @Public() handler or class without a token', async () => {
    await expect(guard.canActivate(httpContext(ReportController, 'health', requestWith()))).resolves.toBe(true);
    await expect(guard.canActivate(httpContext(PublicController, 'anything', requestWith()))).resolves.toBe(true);
    await expect(guard.canActivate(httpContext(PublicController, 'anything', requestWith('Bearer garbage')))).resolves.toBe(true);
  });

  it('refuses a request without a token as UNAUTHENTICATED', async () => {
    await expect(guard.canActivate(httpContext(ReportController, 'list', requestWith()))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses another scheme, an empty bearer and an invalid token as UNAUTHENTICATED', async () => {
    for (const header of ['Basic YWxpY2U6c2VjcmV0', 'Bearer', 'Bearer ', 'Bearer not.a.token', `Token ${(await bearer([Role.ADMIN])).slice(7)}`]) {
      await expect(guard.canActivate(httpContext(ReportController, 'list', requestWith(header)))).rejects.toBeInstanceOf(UnauthenticatedError);
    }
  });

  it('accepts the bearer scheme in any letter case', async () => {
    const token = (await bearer([Role.VIEWER])).slice('Bearer '.length);
    await expect(guard.canActivate(httpContext(ReportController, 'list', requestWith(`bearer ${token}`)))).resolves.toBe(true);
    await expect(guard.canActivate(httpContext(ReportController, 'list', requestWith(`BEARER  ${token}`)))).resolves.toBe(true);
  });

  it('refuses a handler without roles metadata even to ADMIN (default deny), after authenticating', async () => {
    await expect(guard.canActivate(httpContext(UndecoratedController, 'open', requestWith(await bearer([Role.ADMIN]))))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guard.canActivate(httpContext(UndecoratedController, 'open', requestWith()))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses VIEWER on an @Roles(Role.EDITOR) handler', async () => {
    await expect(guard.canActivate(httpContext(ReportController, 'edit', requestWith(await bearer([Role.VIEWER]))))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('lets ADMIN through @Roles(Role.EDITOR) and EDITOR through the class-level @Roles(Role.VIEWER)', async () => {
    await expect(guard.canActivate(httpContext(ReportController, 'edit', requestWith(await bearer([Role.ADMIN]))))).resolves.toBe(true);
    await expect(guard.canActivate(httpContext(ReportController, 'list', requestWith(await bearer([Role.EDITOR]))))).resolves.toBe(true);
    await expect(guard.canActivate(httpContext(UndecoratedController, 'read', requestWith(await bearer([Role.VIEWER]))))).resolves.toBe(true);
  });

  it('refuses EDITOR on an @Roles(Role.ADMIN) handler', async () => {
    await expect(guard.canActivate(httpContext(ReportController, 'merge', requestWith(await bearer([Role.EDITOR]))))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses a token with only unknown roles as FORBIDDEN on @Roles(Role.VIEWER)', async () => {
    const request = requestWith(await bearer(['superuser', 'offline_access']));
    await expect(guard.canActivate(httpContext(ReportController, 'list', request))).rejects.toBeInstanceOf(ForbiddenError);
    expect(request.viewer).toEqual({ id: 'alice', name: null, roles: [], ministry: 'TEM' });
  });

  it('keeps the verified viewer on the request and verifies a token once per request', async () => {
    const verify = jest.spyOn(verifier, 'verify');
    const request = requestWith(await bearer([Role.EDITOR]));

    await expect(guard.canActivate(httpContext(ReportController, 'list', request))).resolves.toBe(true);
    await expect(guard.canActivate(httpContext(ReportController, 'edit', request))).resolves.toBe(true);
    await expect(guard.canActivate(httpContext(ReportController, 'merge', request))).rejects.toBeInstanceOf(ForbiddenError);

    expect(verify).toHaveBeenCalledTimes(1);
    expect(request.viewer).toEqual({ id: 'alice', name: null, roles: [Role.EDITOR], ministry: 'TEM' });

    await guard.canActivate(httpContext(ReportController, 'list', requestWith(await bearer([Role.VIEWER], 'bob'))));
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('verifies a failing token once per request too, failing every field alike', async () => {
    const verify = jest.spyOn(verifier, 'verify');
    const request = requestWith('Bearer a.b.c');
    const fields = [guard.canActivate(graphqlContext(ReportController, 'list', request)), guard.canActivate(graphqlContext(ReportController, 'edit', request))];
    for (const field of fields) await expect(field).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('reads the request of a GraphQL resolver from the GraphQL context', async () => {
    const request = requestWith(await bearer([Role.VIEWER]));
    await expect(guard.canActivate(graphqlContext(ReportController, 'list', request))).resolves.toBe(true);
    expect(request.viewer?.id).toBe('alice');
    await expect(guard.canActivate(graphqlContext(ReportController, 'edit', request))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guard.canActivate(graphqlContext(ReportController, 'list', requestWith()))).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(guard.canActivate(graphqlContext(ReportController, 'list', undefined))).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe('bearerToken', () => {
  it('reads the token of an Authorization: Bearer header only', () => {
    expect(bearerToken(requestWith('Bearer abc.def.ghi'))).toBe('abc.def.ghi');
    expect(bearerToken(requestWith('bearer abc'))).toBe('abc');
    expect(bearerToken(requestWith('Bearer abc def'))).toBeUndefined();
    expect(bearerToken(requestWith('Basic abc'))).toBeUndefined();
    expect(bearerToken(requestWith('Bearerabc'))).toBeUndefined();
    expect(bearerToken(requestWith())).toBeUndefined();
  });
});
