import { createPublicKey, createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions, SignJWT } from 'jose';
import { UnauthenticatedError } from '@sidos/common';
import { APP_CONFIG, ConfigError } from '@sidos/config';
import type { AppConfig, JwtConfig } from '@sidos/config';
import { parseRole, Role } from './role.enum.js';
import { Viewer } from './viewer.type.js';

/** Longer bearer tokens are refused before any parsing. */
const MAX_TOKEN_LENGTH = 16 * 1024;
/** Allowed clock difference between this server and the token issuer. */
const CLOCK_TOLERANCE_SECONDS = 30;
const ASYMMETRIC_ALGORITHMS = ['RS256', 'ES256'];

type VerifyJwt = (token: string, options: JWTVerifyOptions) => Promise<JWTPayload>;

/** The signature algorithm a PEM public key is used with, from its key type (never from the token). */
function algorithmsForPublicKey(key: KeyObject): string[] {
  if (key.asymmetricKeyType === 'rsa') return ['RS256'];
  if (key.asymmetricKeyType === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'prime256v1') return ['ES256'];
    if (curve === 'secp384r1') return ['ES384'];
    if (curve === 'secp521r1') return ['ES512'];
  }
  throw new ConfigError('JWT_PUBLIC_KEY', 'must be an RSA or EC (P-256, P-384, P-521) public key');
}

function readPublicKey(pem: string): KeyObject {
  try {
    return createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new ConfigError('JWT_PUBLIC_KEY', 'is not a readable PEM public key (SPKI)');
  }
}

/** Builds the one verification the configuration allows, with an explicit algorithm allow-list. */
function createVerifyJwt(jwt: JwtConfig): VerifyJwt | undefined {
  if (jwt.secret !== undefined) {
    // A KeyObject made once: given the bytes, jose would make one on every verification.
    const key = createSecretKey(new TextEncoder().encode(jwt.secret));
    return async (token, options) => (await jwtVerify(token, key, { ...options, algorithms: ['HS256'] })).payload;
  }
  if (jwt.publicKey !== undefined) {
    const key = readPublicKey(jwt.publicKey);
    const algorithms = algorithmsForPublicKey(key);
    return async (token, options) => (await jwtVerify(token, key, { ...options, algorithms })).payload;
  }
  if (jwt.jwksUrl !== undefined) {
    const keySet = createRemoteJWKSet(new URL(jwt.jwksUrl));
    return async (token, options) => (await jwtVerify(token, keySet, { ...options, algorithms: ASYMMETRIC_ALGORITHMS })).payload;
  }
  return undefined;
}

/** A short message that says why a token failed without repeating any of it. */
function failureMessage(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The bearer token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' || error.claim === 'iat') return 'The bearer token is not valid yet';
    if (error.claim === 'iss' || error.claim === 'aud') return 'The bearer token was issued for another service';
    return 'The bearer token is invalid';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The bearer token signature is invalid';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The bearer token is signed with an unknown key';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The bearer token uses a signature algorithm that is not allowed';
  return 'The bearer token is invalid';
}

/**
 * The value at a dotted claim path ("roles", "realm_access.roles"). A claim whose own name contains dots
 * (e.g. "https://example.fi/roles") is found too: the whole path is tried as one name first.
 */
export function readClaim(payload: JWTPayload, path: string): unknown {
  if (Object.prototype.hasOwnProperty.call(payload, path)) return payload[path];
  let current: unknown = payload;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * The roles of a claim that is an array of exact, case-sensitive role names; other items are dropped.
 * Anything but an array (a string "viewer admin", an object) gives no role.
 */
export function rolesFromClaim(value: unknown): Role[] {
  if (!Array.isArray(value)) return [];
  const roles: Role[] = [];
  for (const name of value) {
    const role = parseRole(name);
    if (role !== undefined && !roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** The Viewer a verified payload describes; a missing or empty `sub` makes the token invalid. */
export function viewerFromClaims(payload: JWTPayload, jwt: Pick<JwtConfig, 'rolesClaim' | 'ministryClaim'>): Viewer {
  if (typeof payload.sub !== 'string' || payload.sub.trim() === '') {
    throw new UnauthenticatedError('The bearer token has no subject');
  }
  const name = payload['name'];
  const ministry = readClaim(payload, jwt.ministryClaim);
  const trimmedMinistry = typeof ministry === 'string' ? ministry.trim().toUpperCase() : '';
  return {
    id: payload.sub,
    name: typeof name === 'string' ? name : null,
    roles: rolesFromClaim(readClaim(payload, jwt.rolesClaim)),
    ministry: trimmedMinistry === '' ? null : trimmedMinistry,
  };
}

/** Verifies bearer tokens with the one key source the configuration names (HS256 secret, PEM public key or JWKS). */
@Injectable()
export class TokenVerifier {
  private readonly verifyJwt: VerifyJwt | undefined;
  private readonly jwt: JwtConfig;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = config.jwt;
    this.verifyJwt = createVerifyJwt(config.jwt);
  }

  /** The caller a token describes; any failure is an UnauthenticatedError whose message never repeats the token. */
  async verify(token: string): Promise<Viewer> {
    if (this.verifyJwt === undefined) throw new UnauthenticatedError('Bearer tokens cannot be verified: no JWT key is configured');
    if (typeof token !== 'string' || token === '' || token.length > MAX_TOKEN_LENGTH) {
      throw new UnauthenticatedError('The bearer token is invalid');
    }
    let payload: JWTPayload;
    try {
      payload = await this.verifyJwt(token, {
        issuer: this.jwt.issuer,
        audience: this.jwt.audience,
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
    } catch (error) {
      throw new UnauthenticatedError(failureMessage(error));
    }
    return viewerFromClaims(payload, this.jwt);
  }
}

export interface DevelopmentTokenClaims {
  sub: string;
  name?: string;
  roles: Role[];
  ministry?: string;
}

/**
 * An HS256 token for development and tests, with `roles` and `ministry` under the default claim names
 * ("roles", "ministry"), `iat` and `exp`; issuer and audience only when given.
 */
export async function signDevelopmentToken(
  secret: string,
  claims: DevelopmentTokenClaims,
  expiresIn: string | number = '12h',
  issuer?: string,
  audience?: string,
): Promise<string> {
  const payload: JWTPayload = { roles: claims.roles };
  if (claims.name !== undefined) payload['name'] = claims.name;
  if (claims.ministry !== undefined) payload['ministry'] = claims.ministry;
  let builder = new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(claims.sub).setIssuedAt().setExpirationTime(expiresIn);
  if (issuer !== undefined) builder = builder.setIssuer(issuer);
  if (audience !== undefined) builder = builder.setAudience(audience);
  return builder.sign(new TextEncoder().encode(secret));
}
