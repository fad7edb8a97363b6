import { Writable } from 'node:stream';
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
});
