import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { type AppConfig } from '@sidos/config';
import { EXPLORER_CONTENT_SECURITY_POLICY } from './explorer-policy.js';
import { serveExplorer } from './serve-explorer.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const HELMET_POLICY = "default-src 'self'";

/** The directives of a policy by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe("the explorer's content security policy", () => {
  const policy = directives(EXPLORER_CONTENT_SECURITY_POLICY);

  it('allows scripts and workers from its own files only: no inline script, no eval, nothing remote', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(EXPLORER_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*|blob:/);
  });

  it("relaxes styles only (Monaco's style elements and attributes), and allows no frame, form or base", () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(EXPLORER_CONTENT_SECURITY_POLICY.match(/unsafe-inline/g)).toHaveLength(1);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });
});

describe('serveExplorer', () => {
  let root: string;
  let built: string;
  let app: INestApplication | undefined;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'sidos-explorer-'));
    built = join(root, 'graphql-explorer');
    mkdirSync(join(built, 'assets'), { recursive: true });
    writeFileSync(join(built, 'index.html'), '<div id="graphiql"></div>');
    writeFileSync(join(built, 'assets', 'index-abc.js'), 'export {};');
    writeFileSync(join(root, 'secret.txt'), 'not served');
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** An app with helmet's policy on every answer, the explorer, and a stand-in for Apollo on /graphql. */
  async function start(explorer: AppConfig['explorer'], folder = built): Promise<ReturnType<typeof request>> {
    const moduleRef = await Test.createTestingModule({}).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.use((_request: unknown, response: { setHeader(name: string, value: string): void }, next: () => void) => {
      response.setHeader('content-security-policy', HELMET_POLICY);
      next();
    });
    serveExplorer(app, explorer, '/graphql', folder);
    app.use('/graphql', (_request: unknown, response: { json(body: unknown): void }) => response.json({ apollo: true }));
    await app.init();
    return request(app.getHttpServer());
  }

  it("answers a browser's GET /graphql with the built page and the explorer's policy, HEAD without a body", async () => {
    const http = await start('graphiql');
    const page = await http.get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(EXPLORER_CONTENT_SECURITY_POLICY);
    expect(page.text).toBe('<div id="graphiql"></div>');
    expect((await http.get('/graphql?query=%7Bme%7Bid%7D%7D').set('accept', 'text/html')).text).toBe('<div id="graphiql"></div>');
    const head = await http.head('/graphql').set('accept', 'text/html');
    expect(head.status).toBe(200);
    expect(head.text).toBeUndefined();
  });

  it('leaves every other request to Apollo: JSON clients, no Accept, */*, POST, other paths', async () => {
    const http = await start('graphiql');
    const accepts = ['application/json', 'application/graphql-response+json', '*/*', 'application/json, text/html;q=0.5'];
    for (const accept of accepts) {
      const answer = await http.get('/graphql?query=%7B__typename%7D').set('accept', accept);
      expect({ accept, body: answer.body as unknown, policy: answer.headers['content-security-policy'] }).toEqual({
        accept,
        body: { apollo: true },
        policy: HELMET_POLICY,
      });
    }
    expect((await http.get('/graphql?query=%7B__typename%7D')).body).toEqual({ apollo: true });
    expect((await http.post('/graphql').set('accept', BROWSER_ACCEPT).send({ query: '{ __typename }' })).body).toEqual({ apollo: true });
    expect((await http.get('/graphql/other').set('accept', BROWSER_ACCEPT)).body).toEqual({ apollo: true });
  });

  it('serves the built files under /graphql-explorer/assets/, cached for a year, and nothing else', async () => {
    const http = await start('graphiql');
    const script = await http.get('/graphql-explorer/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-security-policy']).toBe(EXPLORER_CONTENT_SECURITY_POLICY);
    expect(script.text).toBe('export {};');
    for (const path of [
      '/graphql-explorer/assets/missing.js',
      '/graphql-explorer/index.html',
      '/graphql-explorer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/graphql-explorer/assets/%E0%A4%A',
    ]) {
      const answer = await http.get(path);
      expect({ path, status: answer.status, text: answer.text }).toEqual({ path, status: 404, text: 'Not found\n' });
    }
  });

  it('answers 503 saying how to build it when the explorer is not built', async () => {
    const http = await start('graphiql', join(root, 'nothing-here'));
    const page = await http.get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.status).toBe(503);
    expect(page.text).toBe('The GraphQL explorer is not built: run `npm run build`.\n');
    expect(page.headers['content-security-policy']).toBe(EXPLORER_CONTENT_SECURITY_POLICY);
  });

  it("with Apollo Sandbox, takes the policy off Sandbox's page only and serves no GraphiQL", async () => {
    const http = await start('apollo');
    const page = await http.get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.body).toEqual({ apollo: true });
    expect(page.headers['content-security-policy']).toBeUndefined();
    expect((await http.get('/graphql?query=%7B__typename%7D').set('accept', 'application/json')).headers['content-security-policy']).toBe(HELMET_POLICY);
    expect((await http.get('/graphql-explorer/assets/index-abc.js')).status).toBe(404);
  });

  it('switched off, serves nothing and leaves the policy as it is', async () => {
    const http = await start('off');
    const page = await http.get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.body).toEqual({ apollo: true });
    expect(page.headers['content-security-policy']).toBe(HELMET_POLICY);
    expect((await http.get('/graphql-explorer/assets/index-abc.js')).status).toBe(404);
  });
});
