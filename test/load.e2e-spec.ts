import { DemoSeeder } from '@sidos/demo';
import { runLoad, summarise } from './load/load-driver.js';
import { registerLoadActions } from './load/register-load-actions.js';
import { TestApp } from './support/test-app.js';
import { createOrganisation, createPolicyArea } from './support/factories.js';

/**
 * Short form inside `npm test`; `npm run test:load` runs the long form (50 clients, 60 s).
 * LOAD_CLIENTS and LOAD_SECONDS override either.
 */
const LONG = process.env.LOAD_TEST_LONG === '1';
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? (LONG ? 50 : 8));
const SECONDS = Number(process.env.LOAD_SECONDS ?? (LONG ? 60 : 4));

describe(`load: ${CLIENTS} clients for ${SECONDS} s on loopback`, () => {
  let app: TestApp;
  let url: string;
  let actions: ReturnType<typeof registerLoadActions>;

  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0', DATABASE_POOL_MAX: '10' });
    await app.run(() => app.get(DemoSeeder).seedIfEmpty());
    const area = await createPolicyArea(app);
    const organisation = await createOrganisation(app, { policyAreaIds: [area.id] });
    actions = registerLoadActions(area.id, organisation.id);
    url = await app.listen();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers reads and writes without a 5xx, and stores every acknowledged write once', async () => {
    const stats = await runLoad({ url, token: await app.token({ roles: ['EDITOR'] }), clients: CLIENTS, durationMs: SECONDS * 1000, actions });
    const summary = summarise(stats, SECONDS * 1000);
    process.stdout.write(`load: ${JSON.stringify(summary)}\n`);
    expect(summary.requests).toBeGreaterThan(CLIENTS);
    expect(summary.fiveHundreds).toBe(0);
    expect(stats.errorCodes).toEqual({});
    expect(summary.acknowledgedWrites).toBeGreaterThan(0);
    const stored = await app.sql<{ name: string; links: number }>(
      `select o.name, (select count(*)::int from organisation_policy_area l where l.organisation_id = o.id) as links from organisation o where o.name like 'load-%'`,
    );
    expect(stored.map((row) => row.name).sort()).toEqual([...stats.acknowledgedWrites].sort());
    expect(stored.every((row) => row.links === 1)).toBe(true);
  });
});
