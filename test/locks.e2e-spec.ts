import pg from 'pg';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createGroup, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation } from './support/engagement-factories.js';

/**
 * Writers that lock a row to serialise themselves (a merge locks its organisations and their groups, a
 * membership change its group) must not wait for a transaction that merely references the row: an
 * engagement being recorded holds a key-share lock on its organisation and group until it commits. With
 * FOR UPDATE they waited, and a recorder that then needed the other row deadlocked with them.
 * PostgreSQL only (DATABASE_URL): the embedded default runs one transaction at a time, so nothing can be
 * held open; there it is skipped.
 */
(process.env.DATABASE_URL ? describe : describe.skip)('row locks of merges and membership changes', () => {
  let app: TestApp;
  let recorder: pg.Client;

  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
    recorder = new pg.Client({ connectionString: app.database.url });
    await recorder.connect();
  });
  afterAll(async () => {
    await recorder?.end();
    await app?.stop();
  });

  /**
   * Whether some session of the app's database waits for a lock while `work` runs: asks pg_stat_activity again
   * as soon as it has answered, until `work` settles (the event awaited, not a time), at most 2,000 times.
   */
  async function waitsForLock(work: Promise<unknown>): Promise<boolean> {
    let settled = false;
    void work.finally(() => (settled = true));
    for (let poll = 0; poll < 2_000 && !settled; poll += 1) {
      const [row] = await app.sql<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if (row.waiting > 0) return true;
    }
    return false;
  }

  it('merges an organisation while an engagement of it and of its group is being recorded', async () => {
    const [target, source, group] = [await createOrganisation(app), await createOrganisation(app), await createGroup(app)];
    await addMembers(app, group.id, { organisationIds: [source.id] });
    const activity = await createActivity(app, (await createConsultation(app)).id);
    await recorder.query('begin');
    await recorder.query(
      `insert into engagement (id, activity_id, kind, organisation_id, group_id, created_at) values (gen_random_uuid(), $1, 'PARTICIPATED', $2, $3, now())`,
      [activity.id, target.id, group.id],
    );
    const merge = app.graphql(
      graphql(`
        mutation LocksMerge($t: ID!, $s: [ID!]!) {
          mergeOrganisations(targetId: $t, sourceIds: $s) {
            id
          }
        }
      `),
      { t: target.id, s: [source.id] },
      { roles: ['ADMIN'] },
    );
    const waited = await waitsForLock(merge);
    await recorder.query('rollback');
    // Not on the organisations' or the group's rows: on the register's coverage counter, which the recorder of
    // an organisation's engagement shares until it ends, so that the merge folds coverage after it (coverage
    // folds, migration-20261201110000-coverage-folds). No deadlock: the merge completes once the recorder ends.
    expect(waited).toBe(true);
    expect((await merge).errors).toBeUndefined();
  });

  it('changes a group’s members while an engagement naming the group is being recorded', async () => {
    const [organisation, group] = [await createOrganisation(app), await createGroup(app)];
    const activity = await createActivity(app, (await createConsultation(app)).id);
    await recorder.query('begin');
    await recorder.query(
      `insert into engagement (id, activity_id, kind, group_id, participant_count, created_at) values (gen_random_uuid(), $1, 'PARTICIPATED', $2, 5, now())`,
      [activity.id, group.id],
    );
    const add = app.graphql(
      graphql(`
        mutation LocksAddMember($g: ID!, $o: [ID!]) {
          addGroupMembers(groupId: $g, organisationIds: $o) {
            id
          }
        }
      `),
      {
        g: group.id,
        o: [organisation.id],
      },
    );
    const waited = await waitsForLock(add);
    await recorder.query('rollback');
    expect(waited).toBe(false);
    expect((await add).errors).toBeUndefined();
  });
});
