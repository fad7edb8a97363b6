/// <reference lib="dom" />
// The functions that run inside the page (page.evaluate, addInitScript) are typed with the DOM.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { EXPLORER_CONTENT_SECURITY_POLICY } from '@sidos/console';
import { ensureExplorerBuild } from '../scripts/ensure-build.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, describeInBrowser } from './support/browser.js';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';

/** What Chromium sends when it opens a URL. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/** The files the explorer's page loads (scripts, styles, its icon), as written in its HTML. */
function pageSources(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
}

describe('the GraphQL explorer outside production (the default)', () => {
  let app: TestApp;
  beforeAll(async () => {
    ensureExplorerBuild();
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("answers a browser's GET /graphql with the bundled GraphiQL: its own files only, no inline script, the explorer's policy", async () => {
    const page = await app.http().get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(EXPLORER_CONTENT_SECURITY_POLICY);
    expect(page.text).toContain('<div id="graphiql"></div>');
    expect(page.text).not.toMatch(/https?:\/\/|apollo|sandbox/i);
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page.text).not.toMatch(/<style|\bstyle=/);
    const sources = pageSources(page.text);
    expect(sources.filter((source) => source.endsWith('.js')).length).toBeGreaterThan(0);
    expect(sources.filter((source) => source.endsWith('.css')).length).toBeGreaterThan(0);
    for (const source of sources.filter((source) => source !== 'data:,')) {
      expect(source).toMatch(/^\/graphql-explorer\/assets\/[\w.-]+\.(js|css)$/);
      const file = await app.http().get(source);
      expect({ source, status: file.status, policy: file.headers['content-security-policy'] }).toEqual({
        source,
        status: 200,
        policy: EXPLORER_CONTENT_SECURITY_POLICY,
      });
      expect(file.headers['content-type']).toMatch(/^text\/(javascript|css); charset=utf-8$/);
    }
  });

  it('leaves GraphQL to Apollo: POST, and GET with a query from a client that asks for JSON or for anything', async () => {
    expect(
      await app.ok(
        graphql(`
          query ExplorerMe {
            me {
              id
            }
          }
        `),
        {},
        { sub: 'explorer-post' },
      ),
    ).toEqual({ me: { id: 'explorer-post' } });
    const token = await app.token({ sub: 'explorer-get' });
    for (const accept of ['application/graphql-response+json', 'application/json', '*/*', undefined]) {
      const call = app.http().get('/graphql').query({ query: '{ me { id } }' }).set('apollo-require-preflight', '1').set('authorization', `Bearer ${token}`);
      if (accept) call.set('accept', accept);
      const answer = await call;
      expect({ accept, status: answer.status, type: answer.headers['content-type'], body: answer.body as unknown }).toEqual({
        accept,
        status: 200,
        type: expect.stringMatching(/^application\/(graphql-response\+)?json/),
        body: { data: { me: { id: 'explorer-get' } } },
      });
    }
  });
});

describe('the GraphQL explorer in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    ensureExplorerBuild();
    app = await TestApp.start({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('is not served: no page on GET /graphql, none of its files, and the API keeps its default policy', async () => {
    const page = await app.http().get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.headers['content-type']).not.toMatch(/html/);
    expect(page.text).not.toMatch(/graphiql|sandbox/i);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['content-security-policy']).not.toBe(EXPLORER_CONTENT_SECURITY_POLICY);
    const built = await TestApp.start({ NODE_ENV: 'test' });
    try {
      const source = pageSources((await built.http().get('/graphql').set('accept', BROWSER_ACCEPT)).text).find((path) => path.endsWith('.js'))!;
      expect((await built.http().get(source)).status).toBe(200);
      expect((await app.http().get(source)).status).toBe(404);
    } finally {
      await built.stop();
    }
  });
});

describe('the GraphQL explorer with GRAPHQL_SANDBOX=apollo', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ GRAPHQL_SANDBOX: 'apollo' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("serves Apollo Sandbox's page (from Apollo's CDN) without a policy, and keeps the policy everywhere else", async () => {
    const page = await app.http().get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toMatch(/embeddable-sandbox\.cdn\.apollographql\.com/);
    expect(page.text).not.toMatch(/graphiql/i);
    expect(page.headers['content-security-policy']).toBeUndefined();
    const answer = await app.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
    expect(answer.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect((await app.http().get('/graphql-explorer/assets/missing.js')).status).toBe(404);
  });
});

describeInBrowser('the GraphQL explorer in Chromium with no network', () => {
  let app: TestApp;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Requests for anything off the loopback: aborted, and each one fails the test. */
  const foreignRequests: string[] = [];
  /** Every URL the page and its workers asked for. */
  const requested: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureExplorerBuild();
    app = await TestApp.start();
    origin = new URL(await app.listen()).origin;
    // No name resolves (but the loopback address the API listens on), and every other request is aborted below.
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => requested.push(request.url()));
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin) return route.continue();
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    // Any content security policy violation (a blocked script, style, worker or request) is recorded.
    await context.addInitScript(() => {
      const recorded: string[] = [];
      (window as unknown as { policyViolations: string[] }).policyViolations = recorded;
      document.addEventListener('securitypolicyviolation', (event) => recorded.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** The text of a Monaco editor, line by line in their order on screen, with plain spaces. */
  const editorText = (selector: string): Promise<string> =>
    page.locator(selector).evaluate((editor) =>
      [...editor.querySelectorAll<HTMLElement>('.view-line')]
        .sort((first, second) => parseFloat(first.style.top) - parseFloat(second.style.top))
        .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
        .join('\n'),
    );
  const HEADERS = 'section[aria-label="Headers"] .graphiql-editor:not(.hidden)';
  const RESULT = 'section[aria-label="Result Window"]';

  /** Runs the operation and waits for a result that contains `expected`. */
  async function run(expected: string): Promise<string> {
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    await page.locator(`${RESULT} .view-lines`, { hasText: expected }).waitFor();
    return editorText(RESULT);
  }

  it('loads from the API alone, takes a token in the header editor, and runs { me { id } }', async () => {
    await page.goto(`${origin}/graphql`);
    // The default operation and the header editor's hint.
    await page.locator('section[aria-label="Operation Editor"] .view-lines', { hasText: 'me' }).waitFor();
    expect(await editorText('section[aria-label="Operation Editor"]')).toMatch(/\{\s*me \{\s*id\s*\}\s*\}/);
    await page.locator(`${HEADERS} .view-lines`, { hasText: 'Authorization' }).waitFor();
    expect(await editorText(HEADERS)).toContain('// "Authorization": "Bearer <token>"');

    // The hint alone sends no token: the API refuses.
    expect(await run('UNAUTHENTICATED')).toContain('"code": "UNAUTHENTICATED"');

    const token = await app.token({ sub: 'explorer-browser' });
    await page.locator(HEADERS).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(`{"Authorization": "Bearer ${token}"}`);
    // What the editor closed by itself while the text went in (a brace, a quote) goes.
    await page.keyboard.press('Control+Shift+End');
    await page.keyboard.press('Delete');
    expect(await editorText(HEADERS)).toBe(`{"Authorization": "Bearer ${token}"}`);
    const result = await run('explorer-browser');
    expect(JSON.parse(result)).toEqual({ data: { me: { id: 'explorer-browser' } } });

    // The schema came through the same fetcher: the documentation explorer shows the root types.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();

    // Monaco's workers ran, from the API's own files.
    expect(requested.filter((url) => /\.worker-[\w-]+\.js$/.test(url)).length).toBeGreaterThanOrEqual(2);
    expect(requested.every((url) => url.startsWith(`${origin}/`))).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations)).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The policy holds in the page: an inline script does not run, a request to another origin is not sent.
    expect(
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.body.dataset.inlineScript = "ran"';
        document.body.append(script);
        return document.body.dataset.inlineScript ?? 'blocked';
      }),
    ).toBe('blocked');
    expect(
      await page.evaluate(() =>
        fetch('http://192.0.2.1/').then(
          () => 'fetched',
          (error: Error) => error.name,
        ),
      ),
    ).toBe('TypeError');
    expect(await page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations)).toEqual([
      'script-src-elem inline',
      'connect-src http://192.0.2.1/',
    ]);
    expect(foreignRequests).toEqual([]);
  });
});
