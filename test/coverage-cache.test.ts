import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type ConsultationCoverage, CoverageService } from '@sidos/coverage';
import { observeQueries } from '@sidos/database';
import { TestServices } from './support/test-services.js';
import { waitUntilWaitingForLock } from './support/database-inspection.js';
import {
  addMembers,
  createActivity,
  createConsultation,
  createContact,
  createGroup,
  createOrganisation,
  recordEngagements,
} from './support/service-factories.js';

interface CoverageRow {
  group: { id: string; name: string; hardToReach: boolean };
  targeted: boolean;
  heard: number;
  phasesHeard: string[];
}

interface Coverage {
  consultation: { id: string; title: string };
  groups: (CoverageRow & { invited: number; reached: boolean; firstHeardOn: string | null })[];
  coverageRatio: number | null;
  earlyReachRatio: number | null;
  gaps: { id: string }[];
}

/** What the tests compare of a coverage answer (the fields the API answers). */
function coverageView(answer: ConsultationCoverage): Coverage {
  return {
    consultation: { id: answer.consultation.id, title: answer.consultation.title },
    groups: answer.groups.map((row) => ({
      group: { id: row.group.id, name: row.group.name, hardToReach: row.group.hardToReach },
      targeted: row.targeted,
      invited: row.invited,
      heard: row.heard,
      reached: row.reached,
      phasesHeard: row.phasesHeard,
      firstHeardOn: row.firstHeardOn,
    })),
    coverageRatio: answer.coverageRatio,
    earlyReachRatio: answer.earlyReachRatio,
    gaps: answer.gaps.map((gap) => ({ id: gap.id })),
  };
}

/** consultationCoverage as one request asks it, with the SQL statements it ran. */
async function read(app: TestServices, consultationId: string): Promise<{ statements: number; coverage: Coverage }> {
  let statements = 0;
  const stop = observeQueries(() => (statements += 1));
  try {
    const answer = await app.run(() => app.get(CoverageService).consultationCoverage(consultationId));
    return { statements, coverage: coverageView(answer) };
  } finally {
    stop();
  }
}

const rowOf = (coverage: Coverage, groupId: string): CoverageRow | undefined => coverage.groups.find((row) => row.group.id === groupId);

/** The two coverage generation counters as text, as the cache keys them. */
async function generations(app: TestServices, consultationId: string): Promise<{ consultation: number; register: number }> {
  const [row] = await app.sql<{ consultation: string | null; register: string }>(
    `select (select "generation" from "consultation_coverage_generation" where "consultation_id" = ?) as "consultation",
            (select "generation" from "register_coverage_generation" where "id" = 1) as "register"`,
    [consultationId],
  );
  return { consultation: Number(row.consultation ?? 0), register: Number(row.register) };
}

/**
 * consultationCoverage reuses the answer it computed while nothing it depends on has changed, and only
 * then: every write, through the services or around them (another instance, an import, psql), raises a counter
 * in the same transaction and the next read computes afresh.
 */
describe('coverage answers kept between requests', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** A consultation targeting one group with a member organisation, and a DRAFTING activity. */
  async function scenario() {
    const group = await createGroup(app, { name: `Kohderyhmä ${randomUUID().slice(0, 8)}` });
    const organisation = await createOrganisation(app);
    await addMembers(app, group.id, { organisationIds: [organisation.id] });
    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    const activity = await createActivity(app, consultation.id, { phase: 'DRAFTING', date: '2026-03-10' });
    return { group, organisation, consultation, activity };
  }

  it('answers a repeated question in one statement with the same answer, and computes again after a write through the services', async () => {
    const { group, organisation, consultation, activity } = await scenario();

    const first = await read(app, consultation.id);
    const second = await read(app, consultation.id);
    expect(first.statements).toBe(2);
    expect(second.statements).toBe(1);
    expect(second.coverage).toEqual(first.coverage);
    expect(rowOf(second.coverage, group.id)).toMatchObject({ targeted: true, heard: 0 });

    await recordEngagements(app, activity.id, [{ kind: 'PARTICIPATED', organisationId: organisation.id }]);
    const after = await read(app, consultation.id);
    expect(after.statements).toBe(2);
    expect(rowOf(after.coverage, group.id)).toMatchObject({ heard: 1, phasesHeard: ['DRAFTING'] });
  });

  it('sees every kind of write made around the API on the next read', async () => {
    const { group, organisation, consultation, activity } = await scenario();
    const contact = await createContact(app);
    const now = new Date();
    const coverage = async () => (await read(app, consultation.id)).coverage;
    expect(rowOf(await coverage(), group.id)).toMatchObject({ heard: 0 });

    // An engagement inserted directly.
    await app.sql(`insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "created_at") values (?, ?, 'PARTICIPATED', ?, ?)`, [
      randomUUID(),
      activity.id,
      organisation.id,
      now,
    ]);
    expect(rowOf(await coverage(), group.id)).toMatchObject({ heard: 1, phasesHeard: ['DRAFTING'] });

    // The activity's phase changed.
    await app.sql(`update "activity" set "phase" = 'INITIATION' where "id" = ?`, [activity.id]);
    expect(rowOf(await coverage(), group.id)).toMatchObject({ heard: 1, phasesHeard: ['INITIATION'] });

    // A contact heard before joining the group, then its membership added.
    await app.sql(`insert into "engagement" ("id", "activity_id", "kind", "contact_id", "created_at") values (?, ?, 'SUBMITTED', ?, ?)`, [
      randomUUID(),
      activity.id,
      contact.id,
      now,
    ]);
    expect(rowOf(await coverage(), group.id)).toMatchObject({ heard: 1 });
    await app.sql(`insert into "group_contact" ("group_id", "contact_id", "created_at") values (?, ?, ?)`, [group.id, contact.id, now]);
    expect(rowOf(await coverage(), group.id)).toMatchObject({ heard: 2 });

    // The organisation's membership removed.
    await app.sql(`delete from "group_organisation" where "group_id" = ? and "organisation_id" = ?`, [group.id, organisation.id]);
    expect(rowOf(await coverage(), group.id)).toMatchObject({ heard: 1 });

    // The group renamed.
    await app.sql(`update "stakeholder_group" set "name" = ? where "id" = ?`, ['Uusi nimi', group.id]);
    expect(rowOf(await coverage(), group.id)?.group.name).toBe('Uusi nimi');

    // Another group flagged hard to reach, then made a target.
    const other = await createGroup(app, { name: `Muu ryhmä ${randomUUID().slice(0, 8)}`, hardToReach: false });
    expect(rowOf(await coverage(), other.id)).toBeUndefined();
    await app.sql(`update "stakeholder_group" set "hard_to_reach" = true where "id" = ?`, [other.id]);
    expect(rowOf(await coverage(), other.id)).toMatchObject({ targeted: false, group: { hardToReach: true } });
    await app.sql(`insert into "consultation_target_group" ("consultation_id", "group_id") values (?, ?)`, [consultation.id, other.id]);
    expect(rowOf(await coverage(), other.id)).toMatchObject({ targeted: true });

    // A hard-to-reach group deleted.
    await app.sql(`delete from "stakeholder_group" where "id" = ?`, [other.id]);
    expect(rowOf(await coverage(), other.id)).toBeUndefined();

    // The engagements deleted.
    await app.sql(`delete from "engagement" where "activity_id" = ?`, [activity.id]);
    expect(rowOf(await coverage(), group.id)).toMatchObject({ heard: 0, phasesHeard: [] });

    // A second activity heard the contact; then the activity deleted (its engagements cascade).
    const second = await createActivity(app, consultation.id, { phase: 'STATEMENT_ROUND', date: '2026-05-01' });
    await recordEngagements(app, second.id, [{ kind: 'SUBMITTED', contactId: contact.id }]);
    expect(rowOf(await coverage(), group.id)).toMatchObject({ heard: 1, phasesHeard: ['STATEMENT_ROUND'] });
    await app.sql(`delete from "activity" where "id" = ?`, [second.id]);
    expect(rowOf(await coverage(), group.id)).toMatchObject({ heard: 0, phasesHeard: [] });
  });

  it('leaves the counters alone for writes that change nothing coverage reads (notes, titles), so the kept answer is reused', async () => {
    const { organisation, consultation, activity } = await scenario();
    const [engagement] = await recordEngagements(app, activity.id, [{ kind: 'PARTICIPATED', organisationId: organisation.id }]);
    await read(app, consultation.id);
    const before = await generations(app, consultation.id);
    await app.sql(`update "engagement" set "notes" = 'Puheenvuoro työpajassa' where "id" = ?`, [engagement.id]);
    await app.sql(`update "activity" set "title" = 'Uusi otsikko', "participant_count" = 40 where "id" = ?`, [activity.id]);
    await app.sql(`update "activity" set "phase" = "phase", "date" = "date" where "id" = ?`, [activity.id]);
    await app.sql(`delete from "group_contact" where "contact_id" = ?`, [randomUUID()]); // deletes nothing
    expect(await generations(app, consultation.id)).toEqual(before);
    expect((await read(app, consultation.id)).statements).toBe(1);
  });

  it('raises the consultation counter for writes to its engagements, activities and target groups, and the register counter for groups, memberships and merges', async () => {
    const { group, organisation, consultation, activity } = await scenario();
    const elsewhere = await createConsultation(app);
    const raised = async (write: () => Promise<unknown>) => {
      const before = await generations(app, consultation.id);
      await write();
      const after = await generations(app, consultation.id);
      return { consultation: after.consultation > before.consultation, register: after.register > before.register };
    };
    const engagementId = randomUUID();
    const now = new Date();

    expect(
      await raised(() =>
        app.sql(`insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "created_at") values (?, ?, 'INVITED', ?, ?)`, [
          engagementId,
          activity.id,
          organisation.id,
          now,
        ]),
      ),
    ).toEqual({ consultation: true, register: false });
    expect(await raised(() => app.sql(`update "engagement" set "kind" = 'PARTICIPATED' where "id" = ?`, [engagementId]))).toEqual({
      consultation: true,
      register: false,
    });
    expect(await raised(() => app.sql(`update "activity" set "date" = '2026-04-01' where "id" = ?`, [activity.id]))).toEqual({
      consultation: true,
      register: false,
    });
    expect(await raised(() => app.sql(`delete from "consultation_target_group" where "consultation_id" = ?`, [consultation.id]))).toEqual({
      consultation: true,
      register: false,
    });
    // An activity moved to another consultation changes both.
    const elsewhereBefore = await generations(app, elsewhere.id);
    expect(await raised(() => app.sql(`update "activity" set "consultation_id" = ? where "id" = ?`, [elsewhere.id, activity.id]))).toEqual({
      consultation: true,
      register: false,
    });
    expect((await generations(app, elsewhere.id)).consultation).toBeGreaterThan(elsewhereBefore.consultation);
    // Writes of another consultation leave this one's counter alone.
    expect(await raised(() => app.sql(`delete from "engagement" where "id" = ?`, [engagementId]))).toEqual({ consultation: false, register: false });

    const target = await createOrganisation(app);
    expect(await raised(() => app.sql(`update "stakeholder_group" set "description" = 'x' where "id" = ?`, [group.id]))).toEqual({
      consultation: false,
      register: true,
    });
    expect(await raised(() => app.sql(`insert into "merged_membership" ("group_id", "organisation_id") values (?, ?)`, [group.id, organisation.id]))).toEqual({
      consultation: false,
      register: true,
    });
    expect(
      await raised(() =>
        app.sql(`insert into "group_organisation" ("group_id", "organisation_id", "created_at") values (?, ?, ?)`, [group.id, target.id, now]),
      ),
    ).toEqual({ consultation: false, register: true });
    expect(
      await raised(() =>
        app.sql(`update "group_organisation" set "inherited_at" = ? where "group_id" = ? and "organisation_id" = ?`, [now, group.id, target.id]),
      ),
    ).toEqual({ consultation: false, register: true });
    const moved = randomUUID();
    await app.sql(`insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "created_at") values (?, ?, 'PARTICIPATED', ?, ?)`, [
      moved,
      activity.id,
      target.id,
      now,
    ]);
    expect(
      await raised(() =>
        app.sql(`insert into "moved_engagement" ("engagement_id", "recorded_organisation_id", "moved_at") values (?, ?, ?)`, [moved, organisation.id, now]),
      ),
    ).toEqual({ consultation: false, register: true });
  });

  // Two transactions at once: a PostgreSQL server (DATABASE_URL), not the one-backend embedded default.
  (process.env.DATABASE_URL ? it : it.skip)(
    'raises the consultation an activity was moved to for an engagement written while the move was not yet committed',
    async () => {
      const { organisation, activity } = await scenario();
      const target = await createConsultation(app);
      const mover = new Client({ connectionString: app.database.url });
      const writer = new Client({ connectionString: app.database.url });
      await mover.connect();
      await writer.connect();
      try {
        const before = (await generations(app, target.id)).consultation;
        await mover.query('begin');
        await mover.query('update "activity" set "consultation_id" = $1 where "id" = $2', [target.id, activity.id]);
        const [{ pid }] = (await writer.query<{ pid: number }>('select pg_backend_pid() as pid')).rows;
        const written = writer.query(
          `insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "created_at") values ($1, $2, 'PARTICIPATED', $3, now())`,
          [randomUUID(), activity.id, organisation.id],
        );
        // The insert has started and waits for a lock before the move commits.
        await waitUntilWaitingForLock(app, pid);
        await mover.query('commit');
        await written;
        // Once for the move, once for the engagement written into the moved activity.
        expect((await generations(app, target.id)).consultation).toBe(before + 2);
      } finally {
        await mover.end();
        await writer.end();
      }
    },
  );

  it('keeps the answer valid when a write is rolled back', async () => {
    const { group, organisation, consultation, activity } = await scenario();
    const before = await read(app, consultation.id);
    const em = app.em();
    await expect(
      em.transactional(async (tx) => {
        await tx.execute(`insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "created_at") values (?, ?, 'PARTICIPATED', ?, now())`, [
          randomUUID(),
          activity.id,
          organisation.id,
        ]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const after = await read(app, consultation.id);
    expect(after.statements).toBe(1);
    expect(after.coverage).toEqual(before.coverage);
    expect(rowOf(after.coverage, group.id)).toMatchObject({ heard: 0 });
  });

  it('brings back a deleted register counter on the next register write, so changes are seen again', async () => {
    const { consultation } = await scenario();
    const group = await createGroup(app, { name: `Ryhmä ${randomUUID().slice(0, 8)}`, hardToReach: true });
    await app.sql(`delete from "register_coverage_generation"`);
    await read(app, consultation.id);
    await app.sql(`update "stakeholder_group" set "name" = 'Palautunut' where "id" = ?`, [group.id]);
    expect((await generations(app, consultation.id)).register).toBe(1);
    expect(rowOf((await read(app, consultation.id)).coverage, group.id)?.group.name).toBe('Palautunut');
  });

  it('deletes a consultation with its activities and engagements (the counter row goes with it)', async () => {
    const { organisation, consultation, activity } = await scenario();
    await recordEngagements(app, activity.id, [{ kind: 'PARTICIPATED', organisationId: organisation.id }]);
    await read(app, consultation.id);
    await app.sql(`delete from "consultation" where "id" = ?`, [consultation.id]);
    expect(await app.sql(`select 1 from "consultation_coverage_generation" where "consultation_id" = ?`, [consultation.id])).toHaveLength(0);
    await expect(read(app, consultation.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('coverage answers with COVERAGE_CACHE_ROWS=0', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start({ COVERAGE_CACHE_ROWS: '0' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('computes every answer afresh', async () => {
    const group = await createGroup(app, { hardToReach: true });
    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    const first = await read(app, consultation.id);
    const second = await read(app, consultation.id);
    expect([first.statements, second.statements]).toEqual([2, 2]);
    expect(second.coverage).toEqual(first.coverage);
  });
});
