import { executePrepared, ON_PRIMARY, ON_REPLICA } from '@sidos/database';
import { TestServices } from './support/test-services.js';

/**
 * SESSION_SETTINGS (libs/database/src/orm-options.ts): every connection of the app, on the primary and on the
 * read route, runs with JIT compilation off, so that a statement estimated above jit_above_cost is not compiled
 * by LLVM first (2 of methodFeedback's 3.2 s over a year at full scale). The embedded PGlite has no JIT and
 * ignores the setting: there the connection only has to work.
 */
describe('the settings of the app’s connections', () => {
  let app: TestServices;
  const postgres = Boolean(process.env.DATABASE_URL);

  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('turns JIT compilation off on the primary and on the read route', async () => {
    for (const route of [ON_REPLICA, ON_PRIMARY]) {
      const [row] = await app.run(() =>
        executePrepared<{ jit: string; server_default: string | null }[]>(
          app.em(),
          route,
          `select current_setting('jit') as "jit", (select s."boot_val" from pg_settings s where s."name" = 'jit') as "server_default"`,
          [],
        ),
      );
      if (postgres) expect(row).toEqual({ jit: 'off', server_default: 'on' });
      else expect(row.jit).toEqual(expect.any(String));
    }
  });

  // PostgreSQL only: PGlite plans no JIT at all.
  (postgres ? it : it.skip)('plans a statement far above jit_above_cost without JIT, which the server would compile', async () => {
    const statement = `explain (format json) select count(*) from pg_class a, pg_class b, pg_class c where a."relpages" + b."relpages" + c."relpages" > ?`;
    type Explained = { 'QUERY PLAN': [{ Plan: { 'Total Cost': number }; JIT?: { Functions: number } }] };
    for (const route of [ON_REPLICA, ON_PRIMARY]) {
      const [plan] = await app.run(() => executePrepared<Explained[]>(app.em(), route, statement, [0]));
      const [explained] = plan['QUERY PLAN'];
      expect(explained.Plan['Total Cost']).toBeGreaterThan(100_000);
      expect(explained.JIT).toBeUndefined();
    }
    // The same statement with the server's own default (jit on, for this transaction only) is compiled.
    const [compiled] = await app.run(() =>
      app.em().transactional(async (em) => {
        await em.execute(`set local jit = on`);
        return executePrepared<Explained[]>(em, ON_PRIMARY, statement, [0]);
      }),
    );
    expect(compiled['QUERY PLAN'][0].JIT).toEqual(expect.objectContaining({ Functions: expect.any(Number) }));
  });

  (postgres ? it : it.skip)('sends DATABASE_SESSION_OPTIONS instead when set, and nothing when it is empty', async () => {
    const settingsWith = async (environment: Record<string, string>) => {
      const other = await TestServices.start(environment);
      try {
        const [row] = await other.run(() =>
          executePrepared<{ jit: string; work_mem: string }[]>(
            other.em(),
            ON_PRIMARY,
            `select current_setting('jit') as "jit", current_setting('work_mem') as "work_mem"`,
            [],
          ),
        );
        return row;
      } finally {
        await other.stop();
      }
    };
    const [serverDefault] = await app.run(() =>
      app.em().execute<{ work_mem: string }[]>(`select s."boot_val" || s."unit" as "work_mem" from pg_settings s where s."name" = 'work_mem'`),
    );
    expect(await settingsWith({ DATABASE_SESSION_OPTIONS: '' })).toEqual({ jit: 'on', work_mem: expect.any(String) });
    expect(await settingsWith({ DATABASE_SESSION_OPTIONS: '-c work_mem=7MB' })).toEqual({ jit: 'on', work_mem: '7MB' });
    expect(serverDefault.work_mem).not.toBe('7MB');
  });
});
