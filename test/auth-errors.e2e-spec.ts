import { print } from 'graphql';
import { SignJWT } from 'jose';
import { graphql } from './graphql/generated/index.js';
import { TestApp, TEST_JWT_SECRET } from './support/test-app.js';
import { createOrganisation } from './support/factories.js';

const ME = graphql(`
  query AuthMe {
    me {
      id
      name
      roles
      ministry
    }
  }
`);
const CREATE = graphql(`
  mutation AuthCreate {
    createOrganisation(input: { name: "Oikeustesti ry", type: ASSOCIATION }) {
      id
    }
  }
`);
const COUNT = graphql(`
  query AuthCount {
    organisations {
      totalCount
    }
  }
`);

function unsignedToken(claims: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

describe('authentication, roles and error hygiene', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const withHeader = async (authorization: string | null) => {
    const call = app
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: print(ME) });
    if (authorization !== null) call.set('authorization', authorization);
    return (await call).body;
  };

  it('tells the viewer who they are', async () => {
    const data = await app.ok(ME, {}, { sub: 'alice', roles: ['EDITOR'], ministry: 'tem' });
    expect(data.me).toEqual({ id: 'alice', name: null, roles: ['EDITOR'], ministry: 'TEM' });
  });

  it.each([
    ['no token', null],
    ['a malformed token', 'Bearer abc.def'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['alg none', `Bearer ${unsignedToken({ sub: 'eve', roles: ['ADMIN'], exp: Math.floor(Date.now() / 1000) + 600 })}`],
  ])('answers UNAUTHENTICATED for %s', async (_label, header) => {
    const body = await withHeader(header);
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED for an expired token and a wrongly signed one', async () => {
    const expired = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuedAt(1_700_000_000)
      .setExpirationTime(1_700_000_600)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const forged = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-that-is-long-enough-to-sign-with'));
    expect((await withHeader(`Bearer ${expired}`)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await withHeader(`Bearer ${forged}`)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets a token with no known role do nothing', async () => {
    const response = await app.graphql(ME, {}, { roles: ['SUPERUSER'] });
    expect(response.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await app.graphql(COUNT, {}, { roles: [] })).errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets VIEWER read but not write, EDITOR write, and keeps ADMIN operations to ADMIN', async () => {
    expect((await app.graphql(COUNT, {}, { roles: ['VIEWER'] })).errors).toBeUndefined();
    expect((await app.graphql(CREATE, {}, { roles: ['VIEWER'] })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await app.graphql(CREATE, {}, { roles: ['EDITOR'] })).errors).toBeUndefined();
    const organisation = await createOrganisation(app);
    const archive = graphql(`
      mutation AuthArchive($id: ID!, $v: Int!) {
        archiveOrganisation(id: $id, version: $v) {
          id
        }
      }
    `);
    expect((await app.graphql(archive, { id: organisation.id, v: organisation.version }, { roles: ['EDITOR'] })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(
      (
        await app.graphql(
          graphql(`
            mutation AuthCreatePolicyArea {
              createPolicyArea(input: { code: "x-y", name: "X" }) {
                id
              }
            }
          `),
          {},
          { roles: ['EDITOR'] },
        )
      ).errors![0].extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('writes nothing for a refused mutation', async () => {
    await app.graphql(
      graphql(`
        mutation AuthCreateRefused {
          createOrganisation(input: { name: "Kielletty ry", type: ASSOCIATION }) {
            id
          }
        }
      `),
      {},
      { roles: ['VIEWER'] },
    );
    expect(await app.sql("select id from organisation where name = 'Kielletty ry'")).toEqual([]);
  });

  it('never answers with a stack trace, SQL or driver text', async () => {
    // Injection attempts and an invalid document as text; the two valid, static documents typed.
    const responses = [
      await app.graphqlText('{ organisation(id: "\'; select pg_sleep(1); --") { id } }'),
      await app.graphqlText('{ organisations(filter: { search: "\'; drop table organisation; --" }) { totalCount } }'),
      await app.graphql(
        graphql(`
          mutation AuthUpdateMalformed {
            updateOrganisation(id: "x", version: 1, input: {}) {
              id
            }
          }
        `),
      ),
      await app.graphql(
        graphql(`
          query AuthTooMany {
            organisations(first: 9999) {
              totalCount
            }
          }
        `),
      ),
      await app.graphqlText('{ nonsense }'),
    ];
    for (const response of responses) {
      const text = JSON.stringify(response);
      expect(text).not.toMatch(/stacktrace|at \w+ \(|\bselect\b.*\bfrom\b|insert into|violates|pg_|node_modules/i);
    }
    expect(responses[0].data).toEqual({ organisation: null });
    expect(responses[1].data).toEqual({ organisations: { totalCount: 0 } });
    expect(responses[2].errors![0].extensions.code).toBe('NOT_FOUND');
    expect(responses[3].errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(responses[4].errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('echoes a request id and hides x-powered-by', async () => {
    const response = await app.http().get('/health').set('x-request-id', 'trace-123');
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.headers['x-powered-by']).toBeUndefined();
    const generated = await app.http().get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a request body over 1 MiB with HTTP 413', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ me { id } } # ${'x'.repeat(1_100_000)}` });
    expect(response.status).toBe(413);
  });
});

describe('GET /health', () => {
  it('is public: 200 while the database answers, 503 once it is gone', async () => {
    const app = await TestApp.start();
    try {
      const up = await app.http().get('/health');
      expect(up.status).toBe(200);
      expect(up.body).toEqual({ status: 'ok', database: 'up' });
      await app.database.drop();
      const down = await app.http().get('/health');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'unavailable', database: 'down' });
    } finally {
      await app.app.close();
    }
  });
});
