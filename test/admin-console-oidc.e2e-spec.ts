/// <reference lib="dom" />
import type { BrowserContext, Page, Request } from 'playwright-core';
import { ConsoleHarness, describeInBrowser } from './support/browser.js';
import { DemoSeeder } from '@sidos/demo';
import { LocalOidcProvider, OIDC_API_AUDIENCE } from './support/local-oidc-provider.js';

/** Access tokens live this long: the console renews them 60 s before they expire, so here after about 10 s. */
const ACCESS_TOKEN_SECONDS = 70;

/**
 * The admin console signing in through OIDC (authorization code with PKCE) against a local `oidc-provider`,
 * with the API trusting that provider's keys (JWT_JWKS_URL, JWT_ISSUER, JWT_AUDIENCE): the console's settings
 * and content security policy, the sign-in, the provider's access token at the API, its renewal, tokens kept
 * in memory only, and the sign-out that ends the provider's session.
 */
describeInBrowser('admin console signing in with OIDC', () => {
  let provider: LocalOidcProvider;
  let harness: ConsoleHarness;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    provider = await LocalOidcProvider.listen();
    harness = await ConsoleHarness.start(provider.environment());
    harness.localOrigins.add(provider.origin);
    provider.configure(harness.origin, { name: 'Oona Oidc', roles: ['EDITOR'], ministry: 'TEM' }, ACCESS_TOKEN_SECONDS);
    // The demo register (this API trusts only the provider's tokens, so the test's own HS256 tokens cannot create records).
    await harness.app.get(DemoSeeder).seedIfEmpty();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await harness?.stop();
    await provider?.stop();
  });

  it("hands the console the provider in index.html and allows the provider's origin in connect-src and form-action only", async () => {
    const index = await harness.app.http().get('/admin/organisations');
    expect(index.status).toBe(200);
    const settings = /<meta name="sidos-console-config" content="([^"]*)"/.exec(index.text)![1].replace(/&quot;/g, '"');
    expect(JSON.parse(settings)).toEqual({ oidc: { issuer: provider.issuer, clientId: 'sidos-console', scope: 'openid profile api' } });
    const policy = index.headers['content-security-policy'];
    expect(policy).toContain(`connect-src 'self' ${provider.origin};`);
    expect(policy).toContain(`form-action 'self' ${provider.origin};`);
    expect(policy).toContain("script-src 'self';");
    expect(policy.split(provider.origin)).toHaveLength(3);
  });

  it('signs in through the provider with PKCE, calls the API with its access token, renews it, keeps it in memory only, and signs out', async () => {
    const opened = await harness.page();
    context = opened.context;
    const page = opened.page;
    const authorizations: string[] = [];
    const tokenGrants: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== provider.origin) return;
      if (url.pathname === '/auth') authorizations.push(url.href);
      if (url.pathname === '/token') tokenGrants.push(new URLSearchParams(request.postData() ?? '').get('grant_type') ?? '');
    });

    // Signed out: no token form, a button that goes to the provider.
    await page.goto(harness.url('/organisations'));
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByLabel('Access token').count()).toBe(0);
    expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The provider's development sign-in (any login and password).
    await page.waitForURL((url) => url.origin === provider.origin);
    const authorization = new URL(authorizations[0]);
    expect(authorization.searchParams.get('response_type')).toBe('code');
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Back where the sign-in started, signed in with the name and role the API read from the provider's token.
    const first = await graphqlCall(page, () => signInAtProvider(page));
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByText('Oona Oidc (Editor)').waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/organisations');
    await page.getByRole('table', { name: 'Organisations' }).getByRole('link').first().waitFor();
    expect(tokenGrants).toEqual(['authorization_code']);
    expect(first.status).toBe(200);
    expect(first.claims).toMatchObject({ iss: provider.issuer, aud: OIDC_API_AUDIENCE, name: 'Oona Oidc', roles: ['EDITOR'] });

    // Nothing of the tokens in the browser's storage: they are kept in memory.
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
    expect(stored).not.toContain(first.token);
    expect(stored).not.toContain(first.token.split('.')[1]);

    // Renewed before it expires (the refresh token), and the API accepts the new token.
    await page.waitForRequest((request) => isRefresh(request, provider.issuer), { timeout: 40_000 });
    await page.waitForResponse((response) => isRefresh(response.request(), provider.issuer) && response.ok());
    const renewed = await graphqlCall(page, () => page.getByRole('searchbox', { name: 'Search organisations' }).fill('ry'));
    expect(renewed.token).not.toBe(first.token);
    expect(renewed.status).toBe(200);
    expect(renewed.errors).toBeUndefined();
    expect(Number(renewed.claims.exp)).toBeGreaterThan(Number(first.claims.exp));

    // A reload forgets the tokens (memory only); signing in again goes through the provider's session without a form.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/organisations');

    // Sign out ends the provider's session too: the next sign-in asks for the login again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.origin === provider.origin);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((url) => url.origin === harness.origin);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.origin === provider.origin);
    await page.locator('input[name="login"]').waitFor();

    expect(harness.foreignRequests).toEqual([]);
  });
});

async function signInAtProvider(page: Page): Promise<void> {
  await page.locator('input[name="login"]').fill('oona');
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

function isRefresh(request: Request, issuer: string): boolean {
  return request.url() === `${issuer}/token` && new URLSearchParams(request.postData() ?? '').get('grant_type') === 'refresh_token';
}

interface GraphqlCall {
  token: string;
  claims: Record<string, unknown>;
  status: number;
  errors?: unknown;
}

/** The next GraphQL request that `action` causes: the bearer token it carried (and its claims) and the API's answer. */
async function graphqlCall(page: Page, action: () => Promise<unknown>): Promise<GraphqlCall> {
  const response = page.waitForResponse((candidate) => new URL(candidate.url()).pathname === '/graphql', { timeout: 30_000 });
  await action();
  const answer = await response;
  const token = (answer.request().headers()['authorization'] ?? '').replace(/^Bearer /, '');
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as Record<string, unknown>;
  const body = (await answer.json()) as { errors?: unknown };
  return { token, claims, status: answer.status(), errors: body.errors };
}
