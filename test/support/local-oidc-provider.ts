import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ProviderContext } from 'oidc-provider';

export const OIDC_CLIENT_ID = 'sidos-console';
/** The audience of the access tokens the provider issues for the API (the API's JWT_AUDIENCE). */
export const OIDC_API_AUDIENCE = 'urn:sidos:api';

export interface LocalOidcUser {
  name: string;
  roles: string[];
  ministry: string;
}

/**
 * A local OpenID Connect provider (the `oidc-provider` package) on the loopback, for the console's sign-in tests:
 * one public client (no secret, PKCE required) whose redirect goes to the console, the package's development
 * interaction (any login and password sign a user in; the consent is given by the grant below), access tokens as
 * RS256 JWTs for the API (audience OIDC_API_AUDIENCE, with the user's name, roles and ministry), a refresh token
 * for the renewal, and RP-initiated sign-out.
 *
 * The listener starts first (its address is the issuer); `configure` then sets the provider up for the
 * console's origin, which is known only once the API listens (the API reads the JWKS address at start).
 */
export class LocalOidcProvider {
  private handler: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
  ) {}

  static async listen(): Promise<LocalOidcProvider> {
    const holder: { provider?: LocalOidcProvider } = {};
    const server = createServer((request, response) => holder.provider!.handler(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.provider = new LocalOidcProvider(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return holder.provider;
  }

  get origin(): string {
    return new URL(this.issuer).origin;
  }

  get jwksUrl(): string {
    return `${this.issuer}/jwks`;
  }

  /** The API's settings to trust this provider's access tokens and the console's to sign in with it. */
  environment(): Record<string, string> {
    return {
      JWT_SECRET: '',
      JWT_JWKS_URL: this.jwksUrl,
      JWT_ISSUER: this.issuer,
      JWT_AUDIENCE: OIDC_API_AUDIENCE,
      ADMIN_OIDC_ISSUER: this.issuer,
      ADMIN_OIDC_CLIENT_ID: OIDC_CLIENT_ID,
      ADMIN_OIDC_SCOPE: 'openid profile api',
    };
  }

  configure(consoleOrigin: string, user: LocalOidcUser, accessTokenSeconds: number): void {
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: OIDC_CLIENT_ID,
          application_type: 'web',
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
          redirect_uris: [`${consoleOrigin}/admin/oidc-callback`],
          post_logout_redirect_uris: [`${consoleOrigin}/admin/`],
        },
      ],
      jwks: { keys: [{ ...key, alg: 'RS256', use: 'sig', kid: 'test-key' }] },
      cookies: { keys: ['a-cookie-key-for-the-local-test-provider'] },
      pkce: { required: () => true },
      findAccount: (_context: unknown, accountId: string) => ({ accountId, claims: () => ({ sub: accountId, name: user.name }) }),
      extraTokenClaims: (_context: unknown, token: { kind: string }) =>
        token.kind === 'AccessToken' ? { name: user.name, roles: user.roles, ministry: user.ministry } : undefined,
      issueRefreshToken: (_context: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed('refresh_token'),
      // The consent of the test user: everything the console asks for, for the API.
      loadExistingGrant: async (context: ProviderContext) => {
        const { client, session, result, provider: self } = context.oidc;
        const existing = result?.consent?.grantId ?? session?.grantIdFor(client!.clientId);
        if (existing) return self.Grant.find(existing);
        const grant = new self.Grant({ clientId: client!.clientId, accountId: session?.accountId });
        grant.addOIDCScope('openid profile');
        grant.addResourceScope(OIDC_API_AUDIENCE, 'api');
        await grant.save();
        return grant;
      },
      clientBasedCORS: (_context: unknown, origin: string) => origin === consoleOrigin,
      ttl: { AccessToken: accessTokenSeconds, IdToken: 3600, RefreshToken: 3600, Session: 3600, Grant: 3600, Interaction: 600 },
      features: {
        devInteractions: { enabled: true },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: (context: { body: string }, form: string) => {
            context.body = `<!doctype html><html lang="en"><title>Sign out</title>${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button></html>`;
          },
        },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => OIDC_API_AUDIENCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: 'api',
            audience: OIDC_API_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: accessTokenSeconds,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
    });
    this.handler = provider.callback();
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
