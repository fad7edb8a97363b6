import type { Server } from 'node:http';
import { connect } from 'node:net';
import { EXPLORER_CONTENT_SECURITY_POLICY } from '@sidos/console';
import { observeQueries } from '@sidos/database';
import { graphql } from './graphql/generated/index.js';
import { type GraphQLResponse, TestApp } from './support/test-app.js';

const ME = graphql(`
  query HardeningMe {
    me {
      id
    }
  }
`);

// The documents of the depth, alias and token limits are built for the size they test, so they are sent as text
// (graphqlText); the static ones are typed.

/** A cheap query `depth` levels deep: organisation > mergedInto > mergedInto > … > id. */
function nested(depth: number): string {
  return `{ organisation(id: "x") { ${'mergedInto { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
}

describe('query limits, protocol and HTTP hardening', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({
      GRAPHQL_MAX_COST: '25000',
      HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '1',
      HTTP_HEADERS_TIMEOUT_SECONDS: '5',
      HTTP_REQUEST_TIMEOUT_SECONDS: '7',
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The answer to a request, and the statements that the database ran meanwhile. */
  const refusedBeforeExecution = async (send: () => Promise<GraphQLResponse<unknown>>) => {
    const statements: string[] = [];
    const stop = observeQueries((sql) => statements.push(sql));
    try {
      const response = await send();
      return { response, statements };
    } finally {
      stop();
    }
  };

  it('serves a document of 10 levels and refuses one of 11, before executing anything', async () => {
    expect((await app.graphqlText(nested(10))).errors).toBeUndefined();
    const { response, statements } = await refusedBeforeExecution(() => app.graphqlText(nested(11)));
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'depth', max: 10, actual: 11 } });
    expect(response.errors![0].message).toMatch(/11 levels deep; at most 10/);
    expect(statements).toEqual([]);
  });

  it('counts depth through fragments', async () => {
    const query = graphql(`
      query HardeningDeepFragment {
        organisation(id: "x") {
          mergedInto {
            ...HardeningDeep
          }
        }
      }
      fragment HardeningDeep on Organisation {
        mergedInto {
          mergedInto {
            mergedInto {
              mergedInto {
                mergedInto {
                  mergedInto {
                    mergedInto {
                      mergedInto {
                        id
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    const { response } = await refusedBeforeExecution(() => app.graphql(query));
    expect(response.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('allows 15 aliases and refuses 16', async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_value, index) => `a${index}: me { id }`).join(' ')} }`;
    expect((await app.graphqlText(aliases(15))).errors).toBeUndefined();
    const { response, statements } = await refusedBeforeExecution(() => app.graphqlText(aliases(16)));
    expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'aliases', max: 15, actual: 16 } });
    expect(statements).toEqual([]);
  });

  it('weighs list fields by first, from variables too, and refuses a costly document', async () => {
    const costly = graphql(`
      query HardeningCostly($n: Int) {
        organisations(first: $n) {
          nodes {
            groups {
              organisations {
                groups {
                  organisations {
                    id
                  }
                }
              }
            }
          }
        }
      }
    `);
    expect((await app.graphql(costly, { n: 1 })).errors).toBeUndefined();
    const { response, statements } = await refusedBeforeExecution(() => app.graphql(costly, { n: 200 }));
    expect(response.data).toBeUndefined();
    expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 25000 } });
    expect(statements).toEqual([]);
  });

  it("costs `first` by the value the execution uses: a variable's default counts like the literal", async () => {
    // 50 organisations of this shape (nodes { groups { organisations { id } } }) cost 10,600 and pass; 200 cost
    // 42,400, over the limit of 25,000.
    const first50 = graphql(`
      query HardeningFirst50 {
        organisations(first: 50) {
          nodes {
            groups {
              organisations {
                id
              }
            }
          }
        }
      }
    `);
    const first200 = graphql(`
      query HardeningFirst200 {
        organisations(first: 200) {
          nodes {
            groups {
              organisations {
                id
              }
            }
          }
        }
      }
    `);
    const default200 = graphql(`
      query HardeningDefault200($f: Int = 200) {
        organisations(first: $f) {
          nodes {
            groups {
              organisations {
                id
              }
            }
          }
        }
      }
    `);
    const default1 = graphql(`
      query HardeningDefault1($f: Int = 1) {
        organisations(first: $f) {
          nodes {
            groups {
              organisations {
                id
              }
            }
          }
        }
      }
    `);
    const requiredDefault200 = graphql(`
      query HardeningRequiredDefault200($f: Int! = 200) {
        organisations(first: $f) {
          nodes {
            groups {
              organisations {
                id
              }
            }
          }
        }
      }
    `);
    expect((await app.graphql(first50)).errors).toBeUndefined();
    const literal = await refusedBeforeExecution(() => app.graphql(first200));
    expect(literal.response.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 25000, actual: 42_400 } });
    for (const send of [
      () => app.graphql(default200, {}),
      () => app.graphql(default200, { f: 200 }),
      () => app.graphql(default1, { f: 200 }),
      () => app.graphql(requiredDefault200, {}),
    ]) {
      const { response, statements } = await refusedBeforeExecution(send);
      expect(response.data).toBeUndefined();
      expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 25000, actual: 42_400 } });
      expect(statements).toEqual([]);
    }
    expect((await app.graphql(default200, { f: 50 })).errors).toBeUndefined();
  });

  it('refuses a document with too many tokens', async () => {
    const query = `{ me { ${Array.from({ length: 6000 }, () => 'id').join(' ')} } }`;
    const response = await app.graphqlText(query);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors![0].message).toMatch(/more that 5000 tokens/);
    expect(response.errors![0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses batched requests', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${await app.token()}`)
      .send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBe(400);
  });

  it('keeps CSRF prevention: a GET or simple-content-type request without a preflight header is refused', async () => {
    const response = await app.http().post('/graphql').set('content-type', 'text/plain').send('{"query":"{ me { id } }"}');
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/CSRF|preflight/i);
  });

  it('answers GET /graphql outside production with the bundled explorer and its policy, not Apollo Sandbox from a CDN', async () => {
    // The page itself, built and in a browser: test/graphql-explorer.e2e-spec.ts.
    const page = await app.http().get('/graphql').set('accept', 'text/html');
    expect(page.headers['content-security-policy']).toBe(EXPLORER_CONTENT_SECURITY_POLICY);
    expect(page.text).not.toMatch(/sandbox|apollographql/i);
  });

  it('marks every answer no-store: GraphQL data, GraphQL errors and the health check', async () => {
    const data = await app
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${await app.token()}`)
      .send({ query: '{ me { id } }' });
    expect(data.status).toBe(200);
    expect(data.headers['cache-control']).toBe('no-store');
    const refused = await app.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ me { id } }' });
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.headers['cache-control']).toBe('no-store');
    const invalid = await app.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ me { ' });
    expect(invalid.status).toBe(400);
    expect(invalid.headers['cache-control']).toBe('no-store');
    expect((await app.http().get('/health')).headers['cache-control']).toBe('no-store');
  });

  it("sets the HTTP server's timeouts from the configuration and closes an idle keep-alive connection", async () => {
    const server = app.app.getHttpServer() as Server;
    expect({ headers: server.headersTimeout, request: server.requestTimeout, keepAlive: server.keepAliveTimeout }).toEqual({
      headers: 5_000,
      request: 7_000,
      keepAlive: 1_000,
    });
    const { port } = new URL(await app.listen());
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    // Resolves with who ended the connection: the server (its FIN arrives) or this test's bound.
    const ended = new Promise<string>((resolve) => {
      socket.once('end', () => resolve('server'));
      socket.once('error', () => resolve('error'));
      setTimeout(() => resolve('still open'), 60_000).unref();
    });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`GET /health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`);
    expect(await ended).toBe('server');
    socket.destroy();
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received).toMatch(/keep-alive/i);
  });

  it('sends security headers and no CORS headers to an origin that is not allowed', async () => {
    const response = await app.http().get('/health').set('origin', 'https://evil.example');
    // The content security policy stays on with the explorer (it was off while Apollo Sandbox was the default).
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/max-age/);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS allow-list, production introspection and rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({
      CORS_ORIGINS: 'https://sidos.tem.fi',
      GRAPHQL_INTROSPECTION: 'authenticated',
      GRAPHQL_SANDBOX: 'false',
      RATE_LIMIT_PER_SUBJECT: '5',
      RATE_LIMIT_PER_IP: '12',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers a preflight from an allowed origin only', async () => {
    const allowed = await app.http().options('/graphql').set('origin', 'https://sidos.tem.fi').set('access-control-request-method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://sidos.tem.fi');
    const other = await app.http().options('/graphql').set('origin', 'https://evil.example').set('access-control-request-method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves no explorer page when it is switched off', async () => {
    const page = await app.http().get('/graphql').set('accept', 'text/html');
    expect(page.text).not.toMatch(/sandbox/i);
    expect(page.text).not.toMatch(/graphiql/i);
    expect(page.headers['content-security-policy']).not.toBe(EXPLORER_CONTENT_SECURITY_POLICY);
  });

  it('answers introspection only with a valid token, and has a content security policy without Sandbox', async () => {
    const anonymous = await app.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ __schema { queryType { name } } }' });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const authenticated = await app.graphql(
      graphql(`
        query HardeningIntrospection {
          __schema {
            queryType {
              name
            }
          }
        }
      `),
      {},
      { roles: ['VIEWER'], sub: 'introspector' },
    );
    expect(authenticated.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('limits requests per token subject with 429 and Retry-After, leaving other subjects alone', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 7; index += 1) statuses.push((await app.graphql(ME, {}, { sub: 'busy-official' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await app
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${await app.token({ sub: 'busy-official' })}`)
      .send({ query: '{ me { id } }' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await app.graphql(ME, {}, { sub: 'someone-else' })).status).toBe(200);
  });

  it('limits requests per address', async () => {
    let last = 200;
    for (let index = 0; index < 15 && last !== 429; index += 1) last = (await app.graphql(ME, {}, null)).status;
    expect(last).toBe(429);
  });
});
