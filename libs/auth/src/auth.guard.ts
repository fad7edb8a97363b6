import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@sidos/common';
import { effectiveRoles, Role } from './role.enum.js';
import { IS_PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import { type AuthenticatedRequest, requestFromContext } from './request-context.js';
import { TokenVerifier } from './token-verifier.service.js';
import { Viewer } from './viewer.type.js';

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/**
 * One verification per request: a GraphQL document with several root fields runs the guard once per
 * field, and the rate limit per subject reads the token before them; every one awaits the same promise
 * (a failed verification fails them all alike).
 */
const verifications = new WeakMap<AuthenticatedRequest, Promise<Viewer>>();

/** The token of an `Authorization: Bearer <token>` header; undefined when there is none. */
export function bearerToken(request: AuthenticatedRequest): string | undefined {
  const header = request.headers['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string') return undefined;
  return BEARER.exec(value.trim())?.[1];
}

/**
 * The caller the request's bearer token names, verified once per request whoever asks first (the rate
 * limit, the guard); an UnauthenticatedError without a token or when it fails verification.
 */
export function verifyRequest(request: AuthenticatedRequest, tokenVerifier: TokenVerifier): Promise<Viewer> {
  let verification = verifications.get(request);
  if (verification === undefined) {
    const token = bearerToken(request);
    verification = token === undefined ? Promise.reject(new UnauthenticatedError()) : tokenVerifier.verify(token);
    // Keeps an unawaited rejection from being reported as unhandled; every caller still sees it.
    verification.catch(() => undefined);
    verifications.set(request, verification);
  }
  return verification;
}

/**
 * The global guard (APP_GUARD): `@Public()` lets anyone in; everything else needs a valid bearer token
 * and one of the roles of `@Roles(...)` (through the hierarchy). No `@Roles` at all means nobody (default deny).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokenVerifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets) === true) return true;

    const request = requestFromContext(context);
    if (request === undefined) throw new UnauthenticatedError();
    const viewer = await this.authenticate(request);

    const requiredRoles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (requiredRoles === undefined || requiredRoles.length === 0) throw new ForbiddenError('This operation is not open to any role');
    const granted = effectiveRoles(viewer.roles);
    if (!requiredRoles.some((role) => granted.has(role))) throw new ForbiddenError();
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Viewer> {
    const viewer = await verifyRequest(request, this.tokenVerifier);
    request.viewer = viewer;
    return viewer;
  }
}
