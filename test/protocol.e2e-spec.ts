import { type AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { TestApp } from './support/test-app.js';

/** GraphQL over HTTP: every MUST of the graphql-http server audit holds on POST /graphql. */
describe('GraphQL-over-HTTP audit (graphql-http serverAudits)', () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
    await app.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url });
    const results = [];
    for (const audit of audits) results.push(await audit.fn());
    const musts = results.filter((result) => result.name.startsWith('MUST'));
    const failedMusts = musts.filter((result) => result.status !== 'ok').map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(musts.length).toBeGreaterThan(10);
    expect(failedMusts).toEqual([]);
    const summary = {
      musts: musts.length,
      mustsPassed: musts.filter((result) => result.status === 'ok').length,
      total: results.length,
      passed: results.filter((result) => result.status === 'ok').length,
    };
    process.stdout.write(`graphql-http audit: ${JSON.stringify(summary)}\n`);
  });
});
