import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CoverageRepository } from '@sidos/coverage';
import { TestServices } from './support/test-services.js';

/** Two transactions at once need a PostgreSQL server (DATABASE_URL), not the one-backend embedded default. */
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

const FOLDS = `select "group_id", "party_kind", "party", "invited", "heard", "phases", "first_heard_on"::text as "first", "people"::text as "people"
               from "coverage_fold" where "consultation_id" = $1 order by 1, 2, 3`;

/**
 * The coverage folds (migration-20261201110000-coverage-folds) under concurrent writers: writers of one
 * consultation's folds take its lock (after the register's, shared), so two transactions recording at once
 * both commit and the second folds on top of the first; a membership written while a record of the same party
 * is (in either order) is folded with it; a rolled-back write leaves the folds as they were. An organisation's
 * engagement tallies (migration-20261201130000-engagement-tallies, one per consultation, written under its
 * lock) stay whole when two transactions write its records in two consultations at once, neither waiting for
 * the other, and opposite orders of organisations across statements cannot deadlock.
 */
onServer('coverage folds with concurrent writers', () => {
  let app: TestServices;
  let repository: CoverageRepository;
  const clients: Client[] = [];

  beforeAll(async () => {
    app = await TestServices.start();
    repository = app.get(CoverageRepository);
  });
  afterAll(async () => {
    for (const client of clients) await client.end().catch(() => undefined);
    await app?.stop();
  });

  async function client(): Promise<Client> {
    const connected = new Client({ connectionString: app.database.url });
    await connected.connect();
    clients.push(connected);
    return connected;
  }

  /** A consultation targeting a group, two activities, organisations and a contact; the organisations and the contact members of the group. */
  async function scenario() {
    const now = new Date();
    const [group, consultation] = [randomUUID(), randomUUID()];
    const organisations = [randomUUID(), randomUUID(), randomUUID()];
    const contact = randomUUID();
    const activities = [randomUUID(), randomUUID()];
    await app.sql(`insert into "stakeholder_group" ("id", "name", "hard_to_reach", "created_at", "updated_at") values (?, ?, false, ?, ?)`, [
      group,
      `Ryhmä ${group.slice(0, 8)}`,
      now,
      now,
    ]);
    for (const [index, id] of organisations.entries())
      await app.sql(`insert into "organisation" ("id", "name", "type", "created_at", "updated_at") values (?, ?, 'ASSOCIATION', ?, ?)`, [
        id,
        `Järjestö ${index}`,
        now,
        now,
      ]);
    await app.sql(
      `insert into "contact" ("id", "first_name", "last_name", "lawful_basis", "created_at", "updated_at") values (?, 'Testi', 'Henkilö', 'PUBLIC_TASK', ?, ?)`,
      [contact, now, now],
    );
    await app.sql(
      `insert into "consultation" ("id", "title", "ministry", "status", "current_phase", "created_at", "updated_at") values (?, 'Kuuleminen', 'TEM', 'ONGOING', 'DRAFTING', ?, ?)`,
      [consultation, now, now],
    );
    await app.sql(`insert into "consultation_target_group" ("consultation_id", "group_id") values (?, ?)`, [consultation, group]);
    for (const [index, id] of activities.entries())
      await app.sql(
        `insert into "activity" ("id", "consultation_id", "title", "method", "mode", "phase", "date", "created_at", "updated_at") values (?, ?, 'Työpaja', 'WORKSHOP', 'HYBRID', ?, ?, ?, ?)`,
        [id, consultation, index === 0 ? 'INITIATION' : 'DRAFTING', index === 0 ? '2026-02-10' : '2026-05-20', now, now],
      );
    for (const id of organisations.slice(0, 2))
      await app.sql(`insert into "group_organisation" ("group_id", "organisation_id", "created_at") values (?, ?, ?)`, [group, id, now]);
    await app.sql(`insert into "group_contact" ("group_id", "contact_id", "created_at") values (?, ?, ?)`, [group, contact, now]);
    return { group, consultation, organisations, contact, activities };
  }

  const RECORD = `insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "contact_id", "created_at") values ($1, $2, $3, $4, $5, now())`;

  /** The server process of a connection. */
  async function backendPid(connection: Client): Promise<number> {
    return (await connection.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;
  }

  /** Waits until the server process `pid` waits for a lock, or its statement `running` has finished (it did not need to wait). */
  async function blockedOrDone(pid: number, running: Promise<unknown>): Promise<'blocked' | 'done'> {
    let done = false;
    void running.then(
      () => (done = true),
      () => (done = true),
    );
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const [row] = await app.sql<{ waiting: boolean }>(`select wait_event_type = 'Lock' as "waiting" from pg_stat_activity where pid = ?`, [pid]);
      if (row?.waiting) return 'blocked';
      if (done) return 'done';
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`backend ${pid} neither finished nor waited for a lock`);
  }

  /** The kept answer equals the rules computed from scratch, and the folds a rebuild from the whole history. */
  async function expectConsistent(consultation: string): Promise<Record<string, unknown>[]> {
    const kept = await repository.consultationRows(consultation);
    const computed = await repository.consultationRowsFromRecords(consultation);
    expect(kept.rows).toEqual(computed.rows);
    const checker = await client();
    const folds = (await checker.query(FOLDS, [consultation])).rows;
    await checker.query('begin');
    await checker.query('select "rebuild_coverage_folds"()');
    const rebuilt = (await checker.query(FOLDS, [consultation])).rows;
    await checker.query('rollback');
    expect(folds).toEqual(rebuilt);
    return kept.rows;
  }

  const heardOf = (rows: Record<string, unknown>[], group: string) => rows.find((row) => row.id === group)?.coverage_heard;

  it('two transactions recording for the same consultation and party at once both commit, and the folds count both', async () => {
    const { group, consultation, organisations, contact, activities } = await scenario();
    const [first, second] = [await client(), await client()];
    const pid = await backendPid(second);
    await first.query('begin');
    await second.query('begin');
    await first.query(RECORD, [randomUUID(), activities[0], 'PARTICIPATED', organisations[0], null]);
    await first.query(RECORD, [randomUUID(), activities[1], 'INVITED', null, contact]);
    // The second writes the same party's record in the other activity, and another party's: it waits for the first.
    const written = second.query(
      `insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "contact_id", "created_at")
       values ($1, $2, 'SUBMITTED', $3, null, now()), ($4, $2, 'PARTICIPATED', $5, $6, now())`,
      [randomUUID(), activities[1], organisations[0], randomUUID(), organisations[1], contact],
    );
    expect(await blockedOrDone(pid, written)).toBe('blocked');
    await first.query('commit');
    await written;
    await second.query('commit');
    const rows = await expectConsistent(consultation);
    // organisations 0 and 1 and the contact: three parties heard.
    expect(heardOf(rows, group)).toBe(3);
    const [fold] = (
      await first.query(
        `select "phases", "first_heard_on"::text as "first" from "coverage_fold" where "consultation_id" = $1 and "party" = $2 and "group_id" = $3`,
        [consultation, organisations[0], group],
      )
    ).rows;
    expect(fold).toEqual({ phases: 3, first: '2026-02-10' });
  });

  it.each([
    ['the membership first', true],
    ['the record first', false],
  ])('folds a membership and a record of the same party written at once (%s)', async (_order, membershipFirst) => {
    const { group, consultation, organisations, activities } = await scenario();
    const outsider = organisations[2];
    const [member, recorder] = [await client(), await client()];
    const [firstWriter, secondWriter] = membershipFirst ? [member, recorder] : [recorder, member];
    const pid = await backendPid(secondWriter);
    await member.query('begin');
    await recorder.query('begin');
    const addMembership = () =>
      member.query(`insert into "group_organisation" ("group_id", "organisation_id", "since", "created_at") values ($1, $2, '2026-01-01', now())`, [
        group,
        outsider,
      ]);
    const addRecord = () => recorder.query(RECORD, [randomUUID(), activities[1], 'PARTICIPATED', outsider, null]);
    await (membershipFirst ? addMembership() : addRecord());
    const second = membershipFirst ? addRecord() : addMembership();
    // Each waits for the other (the register's lock, raised by the membership, shared by the record):
    // whichever comes second folds on top of the first's commit.
    const waited = await blockedOrDone(pid, second);
    await firstWriter.query('commit');
    await second;
    await secondWriter.query('commit');
    const rows = await expectConsistent(consultation);
    // The outsider joined on 2026-01-01 and was heard on 2026-05-20: one party heard.
    expect(heardOf(rows, group)).toBe(1);
    expect(waited).toBe('blocked');
  });

  it('leaves the folds as they were when a write is rolled back', async () => {
    const { group, consultation, organisations, contact, activities } = await scenario();
    const writer = await client();
    await writer.query(RECORD, [randomUUID(), activities[0], 'PARTICIPATED', organisations[0], null]);
    const before = (await writer.query(FOLDS, [consultation])).rows;
    const beforeRows = await expectConsistent(consultation);
    await writer.query('begin');
    await writer.query(RECORD, [randomUUID(), activities[1], 'SUBMITTED', organisations[1], contact]);
    await writer.query(`delete from "group_organisation" where "organisation_id" = $1`, [organisations[0]]);
    // Inside the transaction the folds follow its writes.
    expect((await writer.query(FOLDS, [consultation])).rows).not.toEqual(before);
    await writer.query('rollback');
    expect((await writer.query(FOLDS, [consultation])).rows).toEqual(before);
    expect(await expectConsistent(consultation)).toEqual(beforeRows);
    expect(heardOf(beforeRows, group)).toBe(1);
  });

  /** The organisation's engagementStats as kept (organisation_engagement_tally) equal those computed from its records; the kept ones. */
  async function expectTallyConsistent(organisation: string) {
    const key = [{ organisationId: organisation, since: null }];
    const [kept] = await repository.engagementStats(key);
    expect(kept).toEqual((await repository.engagementStatsFromRecords(key))[0]);
    return kept;
  }

  it.each([
    ['a record, then another', 'record', 'record', { invited: 1, declined: 0, heard: 2, lastHeardOn: '2026-05-20' }],
    ['a record, then a record voided', 'record', 'void', { invited: 0, declined: 0, heard: 1, lastHeardOn: '2026-05-20' }],
    ['a record voided, then a record', 'void', 'record', { invited: 0, declined: 0, heard: 1, lastHeardOn: '2026-05-20' }],
    ['a record, then an activity redated', 'record', 'redate', { invited: 1, declined: 0, heard: 1, lastHeardOn: '2026-05-20' }],
  ])(
    "keeps an organisation's engagement tallies whole when two transactions write its records in two consultations at once, neither waiting (%s)",
    async (_case, firstWrite, secondWrite, expected) => {
      // The organisation's INVITED record is in `other`; the first writer writes in `one`, the second in `other`.
      const one = await scenario();
      const other = await scenario();
      const organisation = one.organisations[0];
      const invited = randomUUID();
      await app.sql(`insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "created_at") values (?, ?, 'INVITED', ?, now())`, [
        invited,
        other.activities[0],
        organisation,
      ]);
      const [first, second] = [await client(), await client()];
      const writes: Record<string, (connection: Client) => Promise<unknown>> = {
        // A record in the consultation the other writer does not write in (voids and redates are in `other`).
        record: (connection) =>
          connection.query(RECORD, [
            randomUUID(),
            (connection === second && firstWrite === 'record' ? other : one).activities[1],
            'PARTICIPATED',
            organisation,
            null,
          ]),
        void: (connection) => connection.query(`update "engagement" set "voided" = true where "id" = $1`, [invited]),
        redate: (connection) => connection.query(`update "activity" set "date" = '2026-06-01' where "id" = $1`, [other.activities[0]]),
      };
      const pid = await backendPid(second);
      await first.query('begin');
      await second.query('begin');
      await writes[firstWrite](first);
      const written = writes[secondWrite](second);
      expect(await blockedOrDone(pid, written)).toBe('done');
      await first.query('commit');
      await second.query('commit');
      expect(await expectTallyConsistent(organisation)).toEqual(expected);
    },
  );

  it('lets a transaction of several statements and one of another consultation write the same organisations in opposite orders, without a deadlock', async () => {
    // Each tally is written under its consultation's lock only: two writers of two consultations share no lock
    // here, whatever the order in which their statements name the organisations (a flush of more than 300
    // records is several statements).
    const one = await scenario();
    const other = await scenario();
    const [low, high] = [...one.organisations.slice(0, 2)].sort();
    const [first, second] = [await client(), await client()];
    const pid = await backendPid(second);
    await first.query('begin');
    await second.query('begin');
    await first.query(RECORD, [randomUUID(), one.activities[0], 'PARTICIPATED', high, null]);
    const both = second.query(
      `insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "created_at") values ($1, $2, 'INVITED', $3, now()), ($4, $2, 'INVITED', $5, now())`,
      [randomUUID(), other.activities[0], low, randomUUID(), high],
    );
    expect(await blockedOrDone(pid, both)).toBe('done');
    await first.query(RECORD, [randomUUID(), one.activities[1], 'SUBMITTED', low, null]);
    await first.query('commit');
    await second.query('commit');
    expect(await expectTallyConsistent(low)).toEqual({ invited: 1, declined: 0, heard: 1, lastHeardOn: '2026-05-20' });
    expect(await expectTallyConsistent(high)).toEqual({ invited: 1, declined: 0, heard: 1, lastHeardOn: '2026-02-10' });
  });

  it("recounts an organisation's tallies when an activity with its records is deleted", async () => {
    const { organisations, activities, consultation } = await scenario();
    const writer = await client();
    await writer.query(RECORD, [randomUUID(), activities[0], 'PARTICIPATED', organisations[0], null]);
    await writer.query(RECORD, [randomUUID(), activities[1], 'SUBMITTED', organisations[0], null]);
    expect(await expectTallyConsistent(organisations[0])).toEqual({ invited: 0, declined: 0, heard: 2, lastHeardOn: '2026-05-20' });
    await writer.query(`delete from "activity" where "id" = $1`, [activities[1]]);
    expect(await expectTallyConsistent(organisations[0])).toEqual({ invited: 0, declined: 0, heard: 1, lastHeardOn: '2026-02-10' });
    await writer.query(`delete from "consultation" where "id" = $1`, [consultation]);
    expect(await expectTallyConsistent(organisations[0])).toEqual({ invited: 0, declined: 0, heard: 0, lastHeardOn: null });
  });
});
