import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Role, signDevelopmentToken } from '@sidos/auth';
import { executeRead } from '@sidos/database';
import { StatementCounter } from './support/scale/statement-counter.ts';
import { distFile, ensureBuild } from '../scripts/ensure-build.js';
import { graphql } from './graphql/generated/index.js';
import { createTestDatabase } from './support/test-database.js';
import { TEST_JWT_SECRET, TestApp } from './support/test-app.js';
import { createActivityWith, createConsultation } from './support/engagement-factories.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';
import { findPostgresTools, queryOnce, StreamingReplica } from './support/streaming-replica.js';

/**
 * DATABASE_READ_URLS against a real PostgreSQL streaming replica: a throwaway primary and a hot standby
 * cloned from it with `pg_basebackup -R` (test/support/streaming-replica.ts), the app's database on the
 * primary, its read URL on the standby through a loopback proxy that counts the statements sent there.
 * Lists and coverage read from the standby; writes, and what mutations read, stay on the primary. Pausing
 * the standby's replay makes its lag deterministic: what a read must (not) see is shown, not timed.
 *
 * Without the PostgreSQL server binaries the tests are skipped with the reason; with CI=true they fail.
 */
const tools = findPostgresTools();
const required = ['true', '1'].includes(process.env.CI ?? '');
if (!tools.available && !required) process.stdout.write(`Read-replica tests skipped: ${tools.reason} (CI=true makes this a failure).\n`);

const ORGANISATIONS_BY_SEARCH = graphql(`
  query ReplicasOrganisationsBySearch($search: String!) {
    organisations(filter: { search: $search }) {
      totalCount
      nodes {
        id
        name
        municipality
      }
    }
  }
`);
const COVERAGE = graphql(`
  query ReplicasCoverage($id: ID!) {
    consultationCoverage(consultationId: $id) {
      groups {
        group {
          id
        }
        heard
        phasesHeard
      }
    }
  }
`);
const UNHEARD = graphql(`
  query ReplicasUnheard {
    unheardGroups(window: { from: "2026-01-01", to: "2026-12-31" }) {
      id
    }
  }
`);
const ORGANISATION_NAME = graphql(`
  query ReplicasOrganisationName($id: ID!) {
    organisation(id: $id) {
      name
    }
  }
`);

(tools.available || required ? describe : describe.skip)('read replicas on a real streaming replica (DATABASE_READ_URLS)', () => {
  let pair: StreamingReplica;
  let app: TestApp;
  let replica: StatementCounter;
  let replicaUrl = '';

  beforeAll(async () => {
    pair = await StreamingReplica.start();
    process.stdout.write(`Streaming replica ready in ${pair.setupMilliseconds} ms (primary :${pair.primaryPort}, standby :${pair.replicaPort}).\n`);
    const environment: Record<string, string> = {};
    app = await TestApp.start(environment, undefined, {
      serverUrl: pair.primaryUrl(),
      connectThrough: async (url) => {
        // The new database and its migrations reach the standby by replay, like any other write.
        await pair.waitForReplay();
        replica = new StatementCounter('127.0.0.1', pair.replicaPort);
        replicaUrl = pair.replicaUrl(new URL(url).pathname.slice(1)).replace(`:${pair.replicaPort}/`, `:${await replica.start()}/`);
        environment.DATABASE_READ_URLS = replicaUrl;
        return url;
      },
    });
  });
  afterEach(async () => {
    if (pair && (await pair.replayPaused())) await pair.resumeReplay();
  });
  afterAll(async () => {
    await app?.stop();
    await replica?.stop();
    pair?.stop();
  });

  const organisationsBySearch = (search: string) => app.ok(ORGANISATIONS_BY_SEARCH, { search });
  const coverageOf = async (consultationId: string, groupId: string) =>
    (await app.ok(COVERAGE, { id: consultationId })).consultationCoverage.groups.find((row) => row.group.id === groupId);
  const unheardGroupIds = async () => (await app.ok(UNHEARD)).unheardGroups.map((row) => row.id);

  it('reads the replica list from DATABASE_READ_URLS, and the replica is a hot standby streaming from the primary', async () => {
    expect(app.config.databaseReadUrls).toEqual([replicaUrl]);
    expect(await pair.replicaQuery('select pg_is_in_recovery() as standby')).toEqual([{ standby: true }]);
    expect(await pair.primaryQuery(`select state from pg_stat_replication`)).toEqual([{ state: 'streaming' }]);
    await expect(pair.replicaQuery('create table "not_on_a_standby" ("id" int)')).rejects.toThrow(/read-only transaction/);
  });

  it('writes to the primary only, and serves lists and coverage from the replica with the same answers once it has replayed', async () => {
    const before = replica.statements;
    const organisation = await createOrganisation(app, { name: 'Replikan Nuorisoseura ry' });
    const contact = await createContact(app, { affiliations: [{ organisationId: organisation.id, role: 'Puheenjohtaja' }] });
    const group = await createGroup(app, { name: 'Replikan nuoret', hardToReach: true });
    await addMembers(app, group.id, { organisationIds: [organisation.id], contactIds: [contact.id] });
    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    await createActivityWith(app, consultation.id, { phase: 'INITIATION', date: '2026-02-10' }, [{ kind: 'PARTICIPATED', organisationId: organisation.id }]);
    const updated = await app.ok(
      graphql(`
        mutation ReplicasMoveToKuopio($id: ID!, $version: Int!) {
          updateOrganisation(id: $id, version: $version, input: { municipality: "Kuopio" }) {
            version
            groups {
              id
            }
          }
        }
      `),
      { id: organisation.id, version: organisation.version },
    );
    expect(updated.updateOrganisation.groups).toEqual([{ id: group.id }]);
    expect(replica.statements).toBe(before);

    await pair.waitForReplay();
    const list = await app.ok(
      graphql(`
        query ReplicasList {
          organisations(filter: { search: "replikan" }) {
            totalCount
            nodes {
              id
              municipality
              affiliations {
                contact {
                  id
                }
              }
            }
          }
        }
      `),
    );
    expect(list.organisations).toEqual({
      totalCount: 1,
      nodes: [{ id: organisation.id, municipality: 'Kuopio', affiliations: [{ contact: { id: contact.id } }] }],
    });
    const afterList = replica.statements;
    expect(afterList).toBeGreaterThan(before);

    expect(await coverageOf(consultation.id, group.id)).toEqual({ group: { id: group.id }, heard: 1, phasesHeard: ['INITIATION'] });
    expect(await unheardGroupIds()).not.toContain(group.id);
    expect(replica.statements).toBeGreaterThan(afterList);
  });

  it('answers a mutation, and what it reads, from the primary while the replica lags (read-your-writes); lists show the replica until it replays', async () => {
    const organisation = await createOrganisation(app, { name: 'Viiveen Kyläyhdistys ry', municipality: 'Kajaani' });
    const group = await createGroup(app, { name: 'Viiveen ryhmä' });
    await pair.waitForReplay();
    expect((await organisationsBySearch('viiveen')).organisations.nodes).toEqual([
      { id: organisation.id, name: 'Viiveen Kyläyhdistys ry', municipality: 'Kajaani' },
    ]);

    await pair.pauseReplay();
    const before = replica.statements;
    const renamed = await app.ok(
      graphql(`
        mutation ReplicasRenameLagging($id: ID!, $version: Int!) {
          updateOrganisation(id: $id, version: $version, input: { name: "Viiveen Kylätoimikunta ry", municipality: "Oulu" }) {
            id
            name
            municipality
            version
          }
        }
      `),
      { id: organisation.id, version: organisation.version },
    );
    expect(renamed.updateOrganisation).toEqual({
      id: organisation.id,
      name: 'Viiveen Kylätoimikunta ry',
      municipality: 'Oulu',
      version: organisation.version + 1,
    });
    // The next mutation builds on the first one's write (its version), which the replica has not replayed.
    const again = await app.ok(
      graphql(`
        mutation ReplicasSecondChange($id: ID!, $version: Int!) {
          updateOrganisation(id: $id, version: $version, input: { notes: "Toinen muutos" }) {
            notes
            version
          }
        }
      `),
      { id: organisation.id, version: organisation.version + 1 },
    );
    expect(again.updateOrganisation).toEqual({ notes: 'Toinen muutos', version: organisation.version + 2 });
    const added = await createOrganisation(app, { name: 'Viiveen Uusi Seura ry' });
    expect(added.name).toBe('Viiveen Uusi Seura ry');
    await addMembers(app, group.id, { organisationIds: [organisation.id] });
    expect(replica.statements).toBe(before);

    // The write is real on the primary and not yet on the standby: the lag is there.
    const databaseName = new URL(replicaUrl).pathname.slice(1);
    const standbyRows = await queryOnce(pair.replicaUrl(databaseName), `select "name" from "organisation" where "name" like 'Viiveen%' order by "name"`);
    expect(standbyRows).toEqual([{ name: 'Viiveen Kyläyhdistys ry' }]);

    // A record by id is read on the primary: fresh.
    const byId = await app.ok(
      graphql(`
        query ReplicasById($id: ID!) {
          organisation(id: $id) {
            name
            version
          }
        }
      `),
      { id: added.id },
    );
    expect(byId.organisation).toEqual({ name: 'Viiveen Uusi Seura ry', version: added.version });
    // A list is read on the replica: as of its replay.
    expect((await organisationsBySearch('viiveen')).organisations).toEqual({
      totalCount: 1,
      nodes: [{ id: organisation.id, name: 'Viiveen Kyläyhdistys ry', municipality: 'Kajaani' }],
    });
    // The relations of a listed record load by id on the primary: a row can pair its old name with a new group.
    expect(
      await app.ok(
        graphql(`
          query ReplicasListedGroups {
            organisations(filter: { search: "viiveen" }) {
              nodes {
                name
                groups {
                  id
                }
              }
            }
          }
        `),
      ),
    ).toEqual({
      organisations: { nodes: [{ name: 'Viiveen Kyläyhdistys ry', groups: [{ id: group.id }] }] },
    });
    expect(replica.statements).toBeGreaterThan(before);

    await pair.resumeReplay();
    await pair.waitForReplay();
    const caughtUp = (await organisationsBySearch('viiveen')).organisations;
    expect(caughtUp.totalCount).toBe(2);
    expect(caughtUp.nodes).toEqual(
      expect.arrayContaining([
        { id: organisation.id, name: 'Viiveen Kylätoimikunta ry', municipality: 'Oulu' },
        { id: added.id, name: 'Viiveen Uusi Seura ry', municipality: null },
      ]),
    );
  });

  it('serves coverage answers from the replica: a write shows in them once the replica has replayed it', async () => {
    const heardBefore = await createOrganisation(app, { name: 'Kattavuuden Ensimmäinen ry' });
    const heardLater = await createOrganisation(app, { name: 'Kattavuuden Toinen ry' });
    const target = await createGroup(app, { name: 'Kattavuuden kohderyhmä' });
    const hardToReach = await createGroup(app, { name: 'Kattavuuden vaikeasti tavoitettavat', hardToReach: true });
    await addMembers(app, target.id, { organisationIds: [heardBefore.id, heardLater.id] });
    await addMembers(app, hardToReach.id, { organisationIds: [heardLater.id] });
    const consultation = await createConsultation(app, { targetGroupIds: [target.id] });
    await createActivityWith(app, consultation.id, { phase: 'INITIATION', date: '2026-03-02' }, [{ kind: 'PARTICIPATED', organisationId: heardBefore.id }]);
    await pair.waitForReplay();
    expect(await coverageOf(consultation.id, target.id)).toEqual({ group: { id: target.id }, heard: 1, phasesHeard: ['INITIATION'] });
    expect(await coverageOf(consultation.id, hardToReach.id)).toEqual({ group: { id: hardToReach.id }, heard: 0, phasesHeard: [] });
    expect(await unheardGroupIds()).toContain(hardToReach.id);

    await pair.pauseReplay();
    await createActivityWith(app, consultation.id, { phase: 'DRAFTING', date: '2026-04-14' }, [{ kind: 'SUBMITTED', organisationId: heardLater.id }]);
    // Until the replica replays the statement, coverage answers as before it (the replica's state, whole).
    expect(await coverageOf(consultation.id, target.id)).toEqual({ group: { id: target.id }, heard: 1, phasesHeard: ['INITIATION'] });
    expect(await coverageOf(consultation.id, hardToReach.id)).toEqual({ group: { id: hardToReach.id }, heard: 0, phasesHeard: [] });
    expect(await unheardGroupIds()).toContain(hardToReach.id);

    await pair.resumeReplay();
    await pair.waitForReplay();
    expect(await coverageOf(consultation.id, target.id)).toEqual({ group: { id: target.id }, heard: 2, phasesHeard: ['INITIATION', 'DRAFTING'] });
    expect(await coverageOf(consultation.id, hardToReach.id)).toEqual({ group: { id: hardToReach.id }, heard: 1, phasesHeard: ['DRAFTING'] });
    expect(await unheardGroupIds()).not.toContain(hardToReach.id);
  });

  it('runs a read inside a transaction on that transaction (the primary), and outside one on the replica', async () => {
    const standby = 'select pg_is_in_recovery() as "standby"';
    const em = app.em();
    expect(await executeRead(em, standby, [])).toEqual([{ standby: true }]);
    expect(await em.transactional((transaction) => executeRead(transaction, standby, []))).toEqual([{ standby: false }]);
  });

  it("starts the replica's connections with the app's session settings (DATABASE_SESSION_OPTIONS' default: JIT off), like the primary's", async () => {
    const settings = `select pg_is_in_recovery() as "standby", current_setting('jit') as "jit"`;
    // The standby's own default, on a connection without the app's settings, is JIT on.
    expect(await queryOnce(pair.replicaUrl(new URL(replicaUrl).pathname.slice(1)), settings)).toEqual([{ standby: true, jit: 'on' }]);
    const em = app.em();
    expect(await executeRead(em, settings, [])).toEqual([{ standby: true, jit: 'off' }]);
    expect(await em.transactional((transaction) => executeRead(transaction, settings, []))).toEqual([{ standby: false, jit: 'off' }]);
  });

  it('keeps optimistic locking right: a stale version is CONFLICT, the current one is accepted', async () => {
    const organisation = await createOrganisation(app);
    const update = (version: number) =>
      app.graphql(
        graphql(`
          mutation ReplicasNote($id: ID!, $version: Int!) {
            updateOrganisation(id: $id, version: $version, input: { notes: "x" }) {
              version
            }
          }
        `),
        { id: organisation.id, version },
      );
    expect((await update(organisation.version)).data?.updateOrganisation.version).toBe(organisation.version + 1);
    expect((await update(organisation.version)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await update(organisation.version + 1)).data?.updateOrganisation.version).toBe(organisation.version + 2);
  });

  it('with the replica down, lists and coverage answer SERVICE_UNAVAILABLE while mutations, records by id and /health keep working', async () => {
    const organisation = await createOrganisation(app, { name: 'Katkon Seura ry' });
    const consultation = await createConsultation(app);
    await pair.waitForReplay();
    expect(await app.ok(COVERAGE, { id: consultation.id })).toEqual({ consultationCoverage: { groups: expect.any(Array) as unknown } });
    await replica.stop(); // the read URL now refuses connections, as a stopped replica does
    // No fallback to the primary, and no kept coverage answer without its counters: the database is unavailable.
    for (const response of [await app.graphql(ORGANISATIONS_BY_SEARCH, { search: 'katkon' }), await app.graphql(COVERAGE, { id: consultation.id })]) {
      expect(response.data).toBeNull();
      expect(response.errors?.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    }
    const renamed = await app.ok(
      graphql(`
        mutation ReplicasRenameWhileDown($id: ID!, $version: Int!) {
          updateOrganisation(id: $id, version: $version, input: { name: "Katkon Uusi Seura ry" }) {
            name
          }
        }
      `),
      { id: organisation.id, version: organisation.version },
    );
    expect(renamed.updateOrganisation.name).toBe('Katkon Uusi Seura ry');
    expect(await app.ok(ORGANISATION_NAME, { id: organisation.id })).toEqual({
      organisation: { name: 'Katkon Uusi Seura ry' },
    });
    // /health asks the primary only: watch replicas with their own checks.
    const health = await app.http().get('/health');
    expect({ status: health.status, body: health.body as unknown }).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
  });

  it('works end to end in the started API process (as npm start runs it) with DATABASE_URL and DATABASE_READ_URLS', async () => {
    ensureBuild();
    const database = await createTestDatabase({ serverUrl: pair.primaryUrl() });
    let child: ChildProcess | undefined;
    try {
      const databaseName = new URL(database.url).pathname.slice(1);
      await pair.waitForReplay();
      child = spawn(process.execPath, [distFile('apps', 'api', 'src', 'main.js')], {
        cwd: join(import.meta.dirname, '..'),
        env: {
          ...process.env,
          NODE_ENV: 'development',
          DATABASE_URL: database.url,
          DATABASE_READ_URLS: pair.replicaUrl(databaseName),
          DATABASE_POOL_MAX: '2',
          PORT: '0',
          JWT_SECRET: TEST_JWT_SECRET,
          SEED_DEMO: 'false',
          LOG_LEVEL: 'warn',
          RATE_LIMIT_PER_IP: '0',
          RATE_LIMIT_PER_SUBJECT: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const url = await listeningUrl(child);
      const token = await signDevelopmentToken(TEST_JWT_SECRET, { sub: 'replica-test', roles: [Role.ADMIN], ministry: 'TEM' });
      const post = async <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: print(document), variables }),
        });
        const body = (await response.json()) as { data?: Result; errors?: unknown };
        if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
        return body.data as Result;
      };
      const create = (name: string) =>
        post(
          graphql(`
            mutation ReplicasProcessCreate($input: CreateOrganisationInput!) {
              createOrganisation(input: $input) {
                id
                name
              }
            }
          `),
          {
            input: { name, type: 'ASSOCIATION' },
          },
        ).then((data) => data.createOrganisation);
      const names = async () => (await post(ORGANISATIONS_BY_SEARCH, { search: 'prosessin' })).organisations.nodes.map((node) => node.name).sort();

      expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
      await create('Prosessin Ensimmäinen ry');
      await pair.waitForReplay();
      expect(await names()).toEqual(['Prosessin Ensimmäinen ry']);

      await pair.pauseReplay();
      const second = await create('Prosessin Toinen ry');
      expect(second.name).toBe('Prosessin Toinen ry');
      expect(await names()).toEqual(['Prosessin Ensimmäinen ry']);
      expect(await post(ORGANISATION_NAME, { id: second.id })).toEqual({
        organisation: { name: 'Prosessin Toinen ry' },
      });

      await pair.resumeReplay();
      await pair.waitForReplay();
      expect(await names()).toEqual(['Prosessin Ensimmäinen ry', 'Prosessin Toinen ry']);
    } finally {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child!.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await database.drop();
    }
  });
});

/** The GraphQL URL the started API prints once it listens; fails with its output if it exits first. */
function listeningUrl(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Sidos API: (http:\/\/\S+\/graphql)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onOutput);
    child.stderr!.on('data', onOutput);
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening:\n${output}`)));
  });
}
