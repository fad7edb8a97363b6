import { Writable } from 'node:stream';
import { graphql } from './graphql/generated/index.js';
import { TestApp, type UntypedJson } from './support/test-app.js';

/** Structured JSON logs with a request id, and no tokens or personal data in them. */
describe('logs', () => {
  let app: TestApp;
  const lines: string[] = [];
  const waiting: { matches: (line: string) => boolean; resolve: () => void }[] = [];
  /** Resolves once a log line matching `matches` has been written (at once when one already has). */
  const logged = (matches: (line: string) => boolean) => new Promise<void>((resolve) => (lines.some(matches) ? resolve() : waiting.push({ matches, resolve })));

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        const written = chunk.toString('utf8').split('\n').filter(Boolean);
        lines.push(...written);
        for (const waiter of [...waiting]) if (written.some(waiter.matches)) waiter.resolve();
        done();
      },
    });
    app = await TestApp.start({ LOG_LEVEL: 'info' }, stream);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('logs each request as JSON with its id, and keeps tokens and personal data out', async () => {
    const token = await app.token({ roles: ['EDITOR'] });
    const response = await app
      .http()
      .post('/graphql?debug=aino.virtanen@example.fi')
      .set('authorization', `Bearer ${token}`)
      .set('x-request-id', 'log-test-1')
      .set('content-type', 'application/json')
      .send({
        query:
          'mutation { createContact(input: { firstName: "Aino", lastName: "Virtasenpoika", email: "aino.virtanen@example.fi", phone: "+358 40 123 4567", lawfulBasis: PUBLIC_TASK }) { id } }',
      });
    expect(response.status).toBe(200);
    await logged((line) => line.includes('"log-test-1"') && line.includes('"res"'));
    const entries = lines.map((line) => JSON.parse(line) as UntypedJson);
    const requestEntry = entries.find((entry) => entry.req?.id === 'log-test-1');
    expect(requestEntry).toMatchObject({ req: { id: 'log-test-1', method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
    const everything = lines.join('\n');
    for (const secret of [token, token.split('.')[1], 'Virtasenpoika', 'aino.virtanen@example.fi', '123 4567', 'authorization']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('logs an unexpected database error once, through the sanitising logger: no name, email or driver text', async () => {
    // A test-only failing statement: the database refuses the insert with a message that quotes the row,
    // as a driver error about an out-of-range value quotes the statement's values.
    await app.sql(`create function refuse_contact() returns trigger language plpgsql as $$
      begin raise exception 'refused by test trigger: %', row_to_json(new); end $$`);
    await app.sql('create trigger refuse_contact before insert on contact for each row execute function refuse_contact()');
    try {
      const response = await app
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${await app.token({ roles: ['EDITOR'] })}`)
        .set('x-request-id', 'log-test-unexpected')
        .set('content-type', 'application/json')
        .send({
          query:
            'mutation { createContact(input: { firstName: "Kyllikki", lastName: "Tunnistettavainen", email: "kyllikki.tunnistettavainen@example.fi", lawfulBasis: PUBLIC_TASK }) { id } }',
        });
      expect(response.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response.body)).not.toMatch(/Tunnistettavainen|refused by test trigger/);
      await logged((line) => line.includes('"log-test-unexpected"') && line.includes('"res"'));
    } finally {
      await app.sql('drop trigger refuse_contact on contact');
      await app.sql('drop function refuse_contact()');
    }
    const everything = lines.join('\n');
    for (const secret of ['Kyllikki', 'Tunnistettavainen', 'kyllikki.tunnistettavainen@example.fi', 'refused by test trigger', 'insert into', 'row_to_json']) {
      expect(everything).not.toContain(secret);
    }
    const entries = lines.map((line) => JSON.parse(line) as UntypedJson);
    const unexpected = entries.filter((entry) => typeof entry.msg === 'string' && /^Unexpected /.test(entry.msg));
    expect(unexpected).toHaveLength(1);
    expect(unexpected[0]).toMatchObject({ level: 50, context: 'UnexpectedError', req: { id: 'log-test-unexpected' } });
    expect(unexpected[0].msg).toMatch(/code P0001/);
    expect(entries.filter((entry) => entry.level >= 50)).toHaveLength(1);
  });

  it('logs expected client errors at most at info level, without a stack trace', async () => {
    const before = lines.length;
    const missing = '00000000-0000-4000-8000-000000000000';
    const rename = graphql(`
      mutation LoggingRename($id: ID!) {
        updateOrganisation(id: $id, version: 1, input: { name: "X" }) {
          id
        }
      }
    `);
    expect((await app.graphql(rename, { id: missing })).errors![0].extensions.code).toBe('NOT_FOUND');
    const createArea = graphql(`
      mutation LoggingCreateArea($input: CreatePolicyAreaInput!) {
        createPolicyArea(input: $input) {
          id
        }
      }
    `);
    expect((await app.graphql(createArea, { input: { code: '', name: '' } })).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(
      (
        await app.graphql(
          graphql(`
            query LoggingMe {
              me {
                id
              }
            }
          `),
          {},
          null,
        )
      ).errors![0].extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect((await app.graphql(createArea, { input: { code: 'x', name: 'X' } }, { roles: ['VIEWER'] })).errors![0].extensions.code).toBe('FORBIDDEN');
    await app.ok(createArea, { input: { code: 'twice', name: 'Twice' } });
    expect((await app.graphql(createArea, { input: { code: 'twice', name: 'Twice' } })).errors![0].extensions.code).toBe('CONFLICT');
    // Requests are logged in the order they finish: once this one is, so are those above.
    await app.http().post('/graphql').set('x-request-id', 'log-test-expected-last').set('content-type', 'application/json').send({ query: '{ me { id } }' });
    await logged((line) => line.includes('"log-test-expected-last"') && line.includes('"res"'));
    const written = lines.slice(before).map((line) => JSON.parse(line) as UntypedJson);
    expect(written.filter((entry) => entry.level > 30)).toEqual([]);
    expect(lines.slice(before).join('\n')).not.toMatch(/\bat .*\(.*:\d+:\d+\)|stack/);
  });
});
