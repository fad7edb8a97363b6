import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { loadConfig } from '@sidos/config';
import { executePrepared, ON_PRIMARY, ON_REPLICA } from '@sidos/database';
import { AppModule } from '../apps/api/src/app.module.js';
import { prepareDatabase } from '../apps/api/src/database-setup.js';
import { ReportCliModule } from '../apps/api/src/report-cli.module.js';
import { TransferCliModule } from '../apps/api/src/transfer-cli.module.js';
import { StartupCheckingProxy } from './support/startup-checking-proxy.js';
import { createTestDatabase } from './support/test-database.js';
import { TEST_JWT_SECRET } from './support/test-app.js';
import { TestServices } from './support/test-services.js';

/**
 * SESSION_SETTINGS (libs/database/src/session-settings.ts): every connection of the app runs with JIT compilation off
 * (the read route here is the primary; test/replicas.e2e-spec.ts checks it on a real standby), so that a statement estimated above jit_above_cost is not compiled
 * by LLVM first (2 of methodFeedback's 3.2 s over a year at full scale). The embedded PGlite has no JIT and
 * ignores the setting: there the connection only has to work.
 */
describe('the settings of the app’s connections', () => {
  let app: TestServices;
  const postgres = Boolean(process.env.DATABASE_URL);

  // With DATABASE_SESSION_OPTIONS empty, node-postgres would send the shell's PGOPTIONS instead: none here.
  const shellOptions = process.env.PGOPTIONS;
  beforeAll(async () => {
    delete process.env.PGOPTIONS;
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
    if (shellOptions !== undefined) process.env.PGOPTIONS = shellOptions;
  });

  it('turns JIT compilation off on both routes (without replicas the read route is the primary)', async () => {
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
    const query = `select current_setting('jit') as "jit", current_setting('work_mem') as "work_mem"`;
    type Settings = { jit: string; work_mem: string };
    const settingsWith = async (environment: Record<string, string>) => {
      const other = await TestServices.start(environment);
      try {
        const [row] = await other.run(() => executePrepared<Settings[]>(other.em(), ON_PRIMARY, query, []));
        return row;
      } finally {
        await other.stop();
      }
    };
    // The server's own settings: a connection that sends no options.
    const plain = new Client({ connectionString: app.database.url });
    await plain.connect();
    const serverSettings = await plain.query<Settings>(query).finally(() => plain.end());
    const [server] = serverSettings.rows;
    expect(server.jit).toBe('on');
    expect(server.work_mem).not.toBe('7MB');

    expect(await settingsWith({ DATABASE_SESSION_OPTIONS: '' })).toEqual(server);
    expect(await settingsWith({ DATABASE_SESSION_OPTIONS: '-c work_mem=7MB' })).toEqual({ jit: server.jit, work_mem: '7MB' });
    expect(await settingsWith({ DATABASE_SESSION_OPTIONS: '-c Work_Mem=9MB -c jit=off' })).toEqual({ jit: 'off', work_mem: '9MB' });
  });

  // PostgreSQL only: the pooler stands in front of a server.
  (postgres ? it : it.skip)(
    'with DATABASE_SESSION_OPTIONS empty, no pool sends startup options: the start-up migration, the app and the CLIs all pass a pooler that refuses them',
    async () => {
      const database = await createTestDatabase();
      const server = new URL(database.url);
      const pooler = await StartupCheckingProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
      try {
        const url = pooler.urlFor(database.url);
        // With the default, the pooler refuses the first connection: the start-up migration's.
        await expect(prepareDatabase(loadConfig({ DATABASE_URL: url }))).rejects.toThrow('unsupported startup parameter: options');
        expect(pooler.startups).toEqual([expect.objectContaining({ options: '-c jit=off' })]);

        // A read replica (the same server here): the app reads lists from it, the CLIs stay on the primary.
        const config = loadConfig({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          JWT_SECRET: TEST_JWT_SECRET,
          DATABASE_URL: url,
          DATABASE_READ_URLS: url,
          DATABASE_SESSION_OPTIONS: '',
        });
        const prepared = await prepareDatabase(config);
        expect(prepared.appliedMigrations.length).toBeGreaterThan(0);
        const modules: [string, DynamicModule, number][] = [
          ['app', AppModule.forRoot({ config, database: prepared }), 1],
          ['report CLI', ReportCliModule.forRoot(prepared), 0],
          ['transfer CLI', TransferCliModule.forRoot(prepared), 0],
        ];
        for (const [name, module, replicas] of modules) {
          const context = await NestFactory.createApplicationContext(module, { logger: false, abortOnError: false });
          try {
            const orm = context.get(MikroORM);
            const rows = await orm.em.fork().execute<{ jit: string }[]>(`select current_setting('jit') as "jit"`);
            expect({ name, rows, replicas: orm.config.get('replicas')?.length ?? 0 }).toEqual({ name, rows: [{ jit: 'on' }], replicas });
          } finally {
            await context.close();
          }
        }
        // One refused connection above, then the migration's and at least one of each module's, none with options.
        expect(pooler.startups.length).toBeGreaterThanOrEqual(5);
        expect(pooler.startups.slice(1).filter((parameters) => 'options' in parameters)).toEqual([]);
      } finally {
        await pooler.stop();
        await database.drop();
      }
    },
  );
});
