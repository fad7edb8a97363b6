import { createServer, Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, type JWTPayload, type KeyLike, SignJWT } from 'jose';
import { UnauthenticatedError } from '@sidos/common';
import { loadConfig } from '@sidos/config';
import { Role } from './role.enum.js';
import { signDevelopmentToken, TokenVerifier } from './token-verifier.service.js';

const SECRET = 'unit-test-secret-that-is-long-enough-0123456789';
const OTHER_SECRET = 'another-secret-that-is-also-long-enough-9876543210';
const NOW = () => Math.floor(Date.now() / 1000);

function verifierFor(env: Record<string, string>): TokenVerifier {
  return new TokenVerifier(loadConfig({ NODE_ENV: 'test', ...env }));
}

interface SignOptions {
  alg?: string;
  kid?: string;
  expiresIn?: string | number;
  omitExpiry?: boolean;
}

async function sign(payload: JWTPayload, key: KeyLike | Uint8Array, options: SignOptions = {}): Promise<string> {
  const builder = new SignJWT(payload).setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT', kid: options.kid }).setIssuedAt();
  if (!options.omitExpiry && payload.exp === undefined) builder.setExpirationTime(options.expiresIn ?? '1h');
  return builder.sign(key);
}

const secretKey = (secret: string): Uint8Array => new TextEncoder().encode(secret);
const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

async function expectUnauthenticated(verifier: TokenVerifier, token: string): Promise<UnauthenticatedError> {
  const error: unknown = await verifier.verify(token).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(UnauthenticatedError);
  const message = (error as UnauthenticatedError).message;
  if (token.length > 8) expect(message).not.toContain(token);
  return error as UnauthenticatedError;
}

describe('TokenVerifier with an HS256 secret', () => {
  const verifier = verifierFor({ JWT_SECRET: SECRET });

  it('turns a valid token into a Viewer', async () => {
    const token = await sign({ sub: 'alice', name: 'Alice Aalto', roles: ['ADMIN'], ministry: 'TEM' }, secretKey(SECRET));
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'alice', name: 'Alice Aalto', roles: [Role.ADMIN], ministry: 'TEM' });
  });

  it('accepts the tokens of signDevelopmentToken', async () => {
    const token = await signDevelopmentToken(SECRET, { sub: 'dev-admin', roles: [Role.EDITOR, Role.VIEWER], ministry: 'stm' });
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'dev-admin', name: null, roles: [Role.EDITOR, Role.VIEWER], ministry: 'STM' });
  });

  it('refuses an expired token', async () => {
    const token = await sign({ sub: 'alice', roles: ['VIEWER'], exp: NOW() - 3600 }, secretKey(SECRET));
    const error = await expectUnauthenticated(verifier, token);
    expect(error.message).toMatch(/expired/);
  });

  it('refuses a token that is not valid yet', async () => {
    const token = await sign({ sub: 'alice', roles: ['VIEWER'], nbf: NOW() + 3600 }, secretKey(SECRET));
    await expectUnauthenticated(verifier, token);
  });

  it('refuses a token without an expiry', async () => {
    const token = await sign({ sub: 'alice', roles: ['VIEWER'] }, secretKey(SECRET), { omitExpiry: true });
    await expectUnauthenticated(verifier, token);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await sign({ sub: 'alice', roles: ['ADMIN'] }, secretKey(OTHER_SECRET));
    await expectUnauthenticated(verifier, token);
  });

  it('refuses an unsigned token (alg "none")', async () => {
    const payload = { sub: 'alice', roles: ['ADMIN'], iat: NOW(), exp: NOW() + 3600 };
    await expectUnauthenticated(verifier, `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`);
    await expectUnauthenticated(verifier, `${base64url({ alg: 'none' })}.${base64url(payload)}.c2lnbmF0dXJl`);
  });

  it('refuses a token whose header and payload were swapped in from another token', async () => {
    const genuine = await sign({ sub: 'bob', roles: ['VIEWER'] }, secretKey(SECRET));
    const [header, , signature] = genuine.split('.');
    const forged = `${header}.${base64url({ sub: 'bob', roles: ['ADMIN'], exp: NOW() + 3600 })}.${signature}`;
    await expectUnauthenticated(verifier, forged);
  });

  it.each(['abc', 'a.b.c', '', '...', 'Bearer abc', `${base64url({ alg: 'HS256' })}.not-json.`])('refuses the malformed token %j', async (token) => {
    await expectUnauthenticated(verifier, token);
  });

  it('refuses an oversized token', async () => {
    await expectUnauthenticated(verifier, 'a'.repeat(20_000));
  });

  it('refuses a token without a string subject', async () => {
    await expectUnauthenticated(verifier, await sign({ roles: ['ADMIN'] }, secretKey(SECRET)));
    await expectUnauthenticated(verifier, await sign({ sub: '', roles: ['ADMIN'] }, secretKey(SECRET)));
    await expectUnauthenticated(verifier, await sign({ sub: 42 as unknown as string, roles: ['ADMIN'] }, secretKey(SECRET)));
  });

  it('gives no role for a roles claim that is not an array (a space or comma separated string, an object)', async () => {
    for (const claim of ['ADMIN', 'viewer admin', 'EDITOR VIEWER', 'ADMIN,VIEWER', { ADMIN: true }, 1]) {
      const token = await sign({ sub: 'mallory', roles: claim }, secretKey(SECRET));
      expect((await verifier.verify(token)).roles).toEqual([]);
    }
  });

  it('matches role names exactly: other cases, spaces and look-alike letters give no role', async () => {
    const lookAlikes = await sign({ sub: 'mallory', roles: ['admın', 'ADMIN ', 'admin', 'Editor', 'ＶＩＥＷＥＲ'] }, secretKey(SECRET));
    expect((await verifier.verify(lookAlikes)).roles).toEqual([]);
    const exact = await sign({ sub: 'alice', roles: ['ADMIN', 'VIEWER', 'ADMIN'] }, secretKey(SECRET));
    expect((await verifier.verify(exact)).roles).toEqual([Role.ADMIN, Role.VIEWER]);
  });

  it('drops unknown roles and authenticates a token with no known role with roles []', async () => {
    const mixed = await sign({ sub: 'alice', roles: ['offline_access', 'EDITOR', 7, 'uma_authorization'] }, secretKey(SECRET));
    expect((await verifier.verify(mixed)).roles).toEqual([Role.EDITOR]);
    const unknownOnly = await sign({ sub: 'mallory', roles: ['superuser', 'root'] }, secretKey(SECRET));
    expect((await verifier.verify(unknownOnly)).roles).toEqual([]);
    const none = await sign({ sub: 'mallory' }, secretKey(SECRET));
    expect((await verifier.verify(none)).roles).toEqual([]);
  });

  it('upper-cases the ministry and answers null for a missing ministry or name', async () => {
    const lower = await sign({ sub: 'alice', roles: ['VIEWER'], ministry: ' tem ' }, secretKey(SECRET));
    expect((await verifier.verify(lower)).ministry).toBe('TEM');
    const bare = await sign({ sub: 'alice', roles: ['VIEWER'], name: 12, ministry: ['TEM'] }, secretKey(SECRET));
    expect(await verifier.verify(bare)).toEqual({ id: 'alice', name: null, roles: [Role.VIEWER], ministry: null });
  });
});

describe('TokenVerifier claim paths', () => {
  const verifier = verifierFor({ JWT_SECRET: SECRET, JWT_ROLES_CLAIM: 'realm_access.roles', JWT_MINISTRY_CLAIM: 'org.ministry' });

  it('reads roles and ministry from nested claims', async () => {
    const token = await sign({ sub: 'kc-user', realm_access: { roles: ['offline_access', 'EDITOR'] }, org: { ministry: 'om' } }, secretKey(SECRET));
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'kc-user', name: null, roles: [Role.EDITOR], ministry: 'OM' });
  });

  it('gives no roles when the nested claim is missing or has another shape', async () => {
    const flat = await sign({ sub: 'kc-user', roles: ['ADMIN'] }, secretKey(SECRET));
    expect((await verifier.verify(flat)).roles).toEqual([]);
    const wrongShape = await sign({ sub: 'kc-user', realm_access: ['ADMIN'] }, secretKey(SECRET));
    expect((await verifier.verify(wrongShape)).roles).toEqual([]);
  });

  it('finds a claim whose own name contains dots', async () => {
    const namespaced = verifierFor({ JWT_SECRET: SECRET, JWT_ROLES_CLAIM: 'https://sidos.example/roles' });
    const token = await sign({ sub: 'alice', 'https://sidos.example/roles': ['VIEWER'] }, secretKey(SECRET));
    expect((await namespaced.verify(token)).roles).toEqual([Role.VIEWER]);
  });
});

describe('TokenVerifier issuer and audience', () => {
  const verifier = verifierFor({ JWT_SECRET: SECRET, JWT_ISSUER: 'https://idp.example/realms/sidos', JWT_AUDIENCE: 'sidos-api' });

  it('accepts the configured issuer and audience', async () => {
    const token = await signDevelopmentToken(SECRET, { sub: 'alice', roles: [Role.VIEWER] }, '5m', 'https://idp.example/realms/sidos', 'sidos-api');
    expect((await verifier.verify(token)).id).toBe('alice');
  });

  it('refuses a wrong or missing issuer', async () => {
    await expectUnauthenticated(
      verifier,
      await signDevelopmentToken(SECRET, { sub: 'alice', roles: [Role.VIEWER] }, '5m', 'https://evil.example', 'sidos-api'),
    );
    await expectUnauthenticated(verifier, await signDevelopmentToken(SECRET, { sub: 'alice', roles: [Role.VIEWER] }, '5m', undefined, 'sidos-api'));
  });

  it('refuses a wrong or missing audience', async () => {
    await expectUnauthenticated(
      verifier,
      await signDevelopmentToken(SECRET, { sub: 'alice', roles: [Role.VIEWER] }, '5m', 'https://idp.example/realms/sidos', 'other-api'),
    );
    await expectUnauthenticated(verifier, await signDevelopmentToken(SECRET, { sub: 'alice', roles: [Role.VIEWER] }, '5m', 'https://idp.example/realms/sidos'));
  });
});

describe('TokenVerifier without a key', () => {
  it('refuses every token', async () => {
    const verifier = verifierFor({});
    await expectUnauthenticated(verifier, await signDevelopmentToken(SECRET, { sub: 'alice', roles: [Role.ADMIN] }));
  });
});

describe.each(['RS256', 'ES256'])('TokenVerifier with a %s PEM public key', (alg) => {
  let privateKey: KeyLike;
  let otherPrivateKey: KeyLike;
  let publicKeyPem: string;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair(alg);
    privateKey = pair.privateKey;
    otherPrivateKey = (await generateKeyPair(alg)).privateKey;
    publicKeyPem = await exportSPKI(pair.publicKey);
    verifier = verifierFor({ JWT_PUBLIC_KEY: publicKeyPem });
  });

  it('accepts a token signed with the private key', async () => {
    const token = await sign({ sub: 'alice', roles: ['EDITOR'], ministry: 'tem' }, privateKey, { alg });
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'alice', name: null, roles: [Role.EDITOR], ministry: 'TEM' });
  });

  it('accepts the key with escaped newlines as an environment variable carries it', async () => {
    const escaped = verifierFor({ JWT_PUBLIC_KEY: publicKeyPem.replace(/\n/g, '\\n') });
    const token = await sign({ sub: 'alice', roles: ['EDITOR'] }, privateKey, { alg });
    expect((await escaped.verify(token)).id).toBe('alice');
  });

  it('refuses a token signed with another key', async () => {
    await expectUnauthenticated(verifier, await sign({ sub: 'alice', roles: ['ADMIN'] }, otherPrivateKey, { alg }));
  });

  it('refuses an HS256 token that uses the public key as its secret (algorithm confusion)', async () => {
    await expectUnauthenticated(verifier, await sign({ sub: 'alice', roles: ['ADMIN'] }, secretKey(publicKeyPem), { alg: 'HS256' }));
  });

  it('refuses an unsigned token (alg "none")', async () => {
    const payload = { sub: 'alice', roles: ['ADMIN'], exp: NOW() + 3600 };
    await expectUnauthenticated(verifier, `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`);
  });
});

describe('TokenVerifier with a JWKS URL', () => {
  let server: Server;
  let privateKey: KeyLike;
  let ecPrivateKey: KeyLike;
  let otherPrivateKey: KeyLike;
  let verifier: TokenVerifier;
  let requests = 0;

  beforeAll(async () => {
    const rsa = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256');
    privateKey = rsa.privateKey;
    otherPrivateKey = (await generateKeyPair('RS256')).privateKey;
    const keys = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    ecPrivateKey = ec.privateKey;
    server = createServer((_request, response) => {
      requests += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    verifier = verifierFor({ JWT_JWKS_URL: `http://127.0.0.1:${port}/realms/sidos/protocol/openid-connect/certs` });
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('accepts RS256 and ES256 tokens signed with a published key', async () => {
    const rsaToken = await sign({ sub: 'alice', roles: ['VIEWER'] }, privateKey, { alg: 'RS256', kid: 'rsa-1' });
    await expect(verifier.verify(rsaToken)).resolves.toEqual({ id: 'alice', name: null, roles: [Role.VIEWER], ministry: null });
    const ecToken = await sign({ sub: 'bob', roles: ['ADMIN'] }, ecPrivateKey, { alg: 'ES256', kid: 'ec-1' });
    expect((await verifier.verify(ecToken)).id).toBe('bob');
    expect(requests).toBeGreaterThanOrEqual(1);
  });

  it('refuses a token signed with another key', async () => {
    await expectUnauthenticated(verifier, await sign({ sub: 'mallory', roles: ['ADMIN'] }, otherPrivateKey, { alg: 'RS256', kid: 'rsa-1' }));
    await expectUnauthenticated(verifier, await sign({ sub: 'mallory', roles: ['ADMIN'] }, otherPrivateKey, { alg: 'RS256', kid: 'unknown-kid' }));
  });

  it('refuses HS256 and unsigned tokens', async () => {
    await expectUnauthenticated(verifier, await sign({ sub: 'mallory', roles: ['ADMIN'] }, secretKey(SECRET), { kid: 'rsa-1' }));
    const payload = { sub: 'mallory', roles: ['ADMIN'], exp: NOW() + 3600 };
    await expectUnauthenticated(verifier, `${base64url({ alg: 'none', kid: 'rsa-1' })}.${base64url(payload)}.`);
  });
});
