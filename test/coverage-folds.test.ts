import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Role, type Viewer } from '@sidos/auth';
import { CoverageRepository, CoverageService } from '@sidos/coverage';
import { observeQueries } from '@sidos/database';
import { ActivityService, EngagementKind, EngagementService } from '@sidos/engagement';
import { StakeholderGroupService } from '@sidos/register';
import { ContactPrivacyService, OrganisationMergeService } from '@sidos/upkeep';
import { TestServices } from './support/test-services.js';

const admin: Viewer = { id: 'folds-admin', name: null, roles: [Role.ADMIN], ministry: 'TEM' };

const PHASES = ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION'];
const KINDS = [EngagementKind.INVITED, EngagementKind.DECLINED, EngagementKind.PARTICIPATED, EngagementKind.SUBMITTED];
/** The seeds of the randomised histories: a failure names its seed and batch, and reproduces with it. */
const SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127];
const BATCHES = 14;

/** mulberry32: a small seeded PRNG, so that a seed gives the same history every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const chance = (p: number) => next() < p;
  /** A day of 2025–2026, as "YYYY-MM-DD". */
  const day = () => new Date(Date.UTC(2025, 0, 1) + int(0, 729) * 86_400_000).toISOString().slice(0, 10);
  return { next, int, pick, chance, day };
}

type Random = ReturnType<typeof generator>;

/** One seed's register: its groups, parties, consultations and activities (ids). */
interface World {
  marker: string;
  groups: string[];
  organisations: string[];
  contacts: string[];
  consultations: string[];
  activities: string[];
}

/**
 * The kept coverage folds (coverage_fold, coverage_tally: migration-20261201110000-coverage-folds) against the
 * rules computed from scratch (consultationRowsFromRecords), on randomised histories: every write path the
 * triggers must follow — records through the service and by SQL (all shapes, group-only ones too), voiding and
 * un-voiding, deleting, changing a record's kind, party or activity, memberships added and ended through the
 * service with dates, periods written, changed and deleted by SQL, activities' dates and phases changed
 * through the service, activities moved and deleted, merges, erasures, groups deleted, target groups and
 * hard-to-reach flags changed, rolled-back transactions. After every batch every row of every consultation
 * equals (all columns); after every seed the folds equal a rebuild from the whole history, and the tallies
 * the sums of the folds. The organisations' engagement tallies (organisation_engagement_tally:
 * migration-20261201130000-engagement-tallies) are checked alike: after every batch each organisation's
 * engagementStats as kept equals engagementStatsFromRecords, and after every seed the tallies equal a rebuild.
 */
describe.each([
  ['by the parties a write touches', undefined, SEEDS],
  // As a COPY or an activity of thousands of records redated does: their consultations folded whole.
  ['by whole consultations (sidos.coverage_keyed_refresh_limit = 0)', '0', SEEDS.slice(0, 6)],
])('coverage folds kept %s equal the rules computed from scratch', (_how, keyedRefreshLimit, seeds) => {
  let app: TestServices;
  let repository: CoverageRepository;

  beforeAll(async () => {
    app = await TestServices.start();
    repository = app.get(CoverageRepository);
    if (keyedRefreshLimit !== undefined) {
      // For every session of this database from now on: the pool connects again.
      await app.sql(`select set_config('sidos.coverage_keyed_refresh_limit', ?, false)`, [keyedRefreshLimit]);
      const name = new URL(app.database.url).pathname.slice(1);
      await app.sql(`alter database "${name}" set sidos.coverage_keyed_refresh_limit = '${keyedRefreshLimit}'`);
      await app.get(MikroORM).reconnect();
      expect(await app.sql(`select current_setting('sidos.coverage_keyed_refresh_limit') as "limit"`)).toEqual([{ limit: keyedRefreshLimit }]);
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => app.sql<T>(query, params);

  /** Multi-row insert of `rows` into `table`. */
  async function insert(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ');
    await sql(`insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values ${values}`, rows.flat());
  }

  async function createWorld(random: Random, marker: string): Promise<World> {
    const now = new Date();
    const world: World = {
      marker,
      groups: Array.from({ length: 6 }, () => randomUUID()),
      organisations: Array.from({ length: 9 }, () => randomUUID()),
      contacts: Array.from({ length: 8 }, () => randomUUID()),
      consultations: Array.from({ length: 3 }, () => randomUUID()),
      activities: [],
    };
    await insert(
      'stakeholder_group',
      ['id', 'name', 'hard_to_reach', 'created_at', 'updated_at'],
      world.groups.map((id, index) => [id, `${marker} ryhmä ${index}`, index < 2, now, now]),
    );
    await insert(
      'organisation',
      ['id', 'name', 'type', 'created_at', 'updated_at'],
      world.organisations.map((id, index) => [id, `${marker} järjestö ${index}`, 'ASSOCIATION', now, now]),
    );
    await insert(
      'contact',
      ['id', 'first_name', 'last_name', 'lawful_basis', 'created_at', 'updated_at'],
      world.contacts.map((id, index) => [id, 'Testi', `${marker}henkilö${index}`, 'PUBLIC_TASK', now, now]),
    );
    await insert(
      'consultation',
      ['id', 'title', 'ministry', 'status', 'current_phase', 'created_at', 'updated_at'],
      world.consultations.map((id, index) => [id, `${marker} kuuleminen ${index}`, 'TEM', 'ONGOING', 'DRAFTING', now, now]),
    );
    await insert(
      'consultation_target_group',
      ['consultation_id', 'group_id'],
      world.consultations.flatMap((consultation) => world.groups.filter(() => random.chance(0.5)).map((group) => [consultation, group])),
    );
    // Memberships as periods: open, dated, ended, several in one group (never overlapping, as the services keep them).
    const periods: unknown[][] = [];
    for (const [table, members] of [
      ['group_organisation', world.organisations],
      ['group_contact', world.contacts],
    ] as const) {
      for (const member of members) {
        for (const group of world.groups) {
          const roll = random.next();
          if (roll < 0.5) continue;
          if (roll < 0.75) periods.push([table, group, member, null, null]);
          else {
            const [first, second, third] = [random.day(), random.day(), random.day()].sort();
            if (first < second) periods.push([table, group, member, random.chance(0.3) ? null : first, second]);
            if (second < third && random.chance(0.6)) periods.push([table, group, member, third, random.chance(0.5) ? null : '2027-01-01']);
          }
        }
      }
    }
    for (const table of ['group_organisation', 'group_contact']) {
      const column = table === 'group_organisation' ? 'organisation_id' : 'contact_id';
      await insert(
        table,
        ['group_id', column, 'since', 'until', 'created_at'],
        periods.filter((period) => period[0] === table).map((period) => [...period.slice(1), now]),
      );
    }
    for (const consultation of world.consultations) {
      for (let index = random.int(1, 3); index > 0; index -= 1) await newActivity(random, world, consultation);
    }
    return world;
  }

  async function newActivity(random: Random, world: World, consultation = random.pick(world.consultations)): Promise<void> {
    const id = randomUUID();
    await insert(
      'activity',
      ['id', 'consultation_id', 'title', 'method', 'mode', 'phase', 'date', 'created_at', 'updated_at'],
      [[id, consultation, `${world.marker} tilaisuus`, 'WORKSHOP', 'HYBRID', random.pick(PHASES), random.day(), new Date(), new Date()]],
    );
    world.activities.push(id);
  }

  /** A random record of any shape: an organisation, a contact, both, either naming a group, or a group alone with its people. */
  function randomRecord(random: Random, world: World, parties: { organisations: string[]; contacts: string[] }) {
    const shape = random.int(0, 5);
    const kind = random.pick(KINDS);
    const organisationId = [0, 2, 3].includes(shape) && parties.organisations.length > 0 ? random.pick(parties.organisations) : undefined;
    const contactId = [1, 2, 4].includes(shape) && parties.contacts.length > 0 ? random.pick(parties.contacts) : undefined;
    const groupId = [3, 4, 5].includes(shape) || (!organisationId && !contactId) ? random.pick(world.groups) : undefined;
    const participantCount = !organisationId && !contactId ? random.int(1, 40) : random.chance(0.2) ? random.int(0, 5) : undefined;
    return { kind, organisationId, contactId, groupId, participantCount };
  }

  const liveParties = async (world: World) => ({
    organisations: (await sql<{ id: string }>(`select "id" from "organisation" where "id" in (?) and not "archived" order by "id"`, [world.organisations])).map(
      (row) => row.id,
    ),
    contacts: (await sql<{ id: string }>(`select "id" from "contact" where "id" in (?) and not "erased" order by "id"`, [world.contacts])).map((row) => row.id),
  });

  const recordsOf = async (world: World, voided?: boolean) =>
    (
      await sql<{ id: string }>(
        `select e."id" from "engagement" e where e."activity_id" in (?)${voided === undefined ? '' : ` and e."voided" = ${voided}`} order by e."id"`,
        [world.activities],
      )
    ).map((row) => row.id);

  /** The operations of a random history, each one write (a statement, a service call or a transaction). */
  const operations: [weight: number, name: string, run: (random: Random, world: World) => Promise<void>][] = [
    [
      6,
      'record through the service',
      async (random, world) => {
        const parties = await liveParties(world);
        const records = Array.from({ length: random.int(1, 5) }, () => randomRecord(random, world, parties));
        await app.run(() => app.get(EngagementService).record(admin, { activityId: random.pick(world.activities), records }));
      },
    ],
    [
      6,
      'insert records by SQL',
      async (random, world) => {
        const rows = Array.from({ length: random.int(1, 6) }, () => {
          const record = randomRecord(random, world, world);
          // Some made before the run (before any merge's inherited periods), some now.
          const createdAt = random.chance(0.3) ? new Date(Date.UTC(2025, random.int(0, 11), 1)) : new Date();
          return [
            randomUUID(),
            random.pick(world.activities),
            record.kind,
            record.organisationId ?? null,
            record.contactId ?? null,
            record.groupId ?? null,
            record.participantCount ?? null,
            createdAt,
          ];
        });
        await insert('engagement', ['id', 'activity_id', 'kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count', 'created_at'], rows);
      },
    ],
    [
      3,
      'void through the service',
      async (random, world) => {
        const live = await recordsOf(world, false);
        if (live.length === 0) return;
        const ids = [...new Set([random.pick(live), random.pick(live)])];
        await app.run(() => app.get(EngagementService).voidRecords(admin, { ids, reason: 'Väärä tilaisuus' }));
      },
    ],
    [
      1,
      'un-void by SQL',
      async (random, world) => {
        const voided = await recordsOf(world, true);
        if (voided.length > 0) await sql(`update "engagement" set "voided" = false, "void_reason" = null where "id" = ?`, [random.pick(voided)]);
      },
    ],
    [
      2,
      'delete a record',
      async (random, world) => {
        const all = await recordsOf(world);
        if (all.length > 0) await sql(`delete from "engagement" where "id" = ?`, [random.pick(all)]);
      },
    ],
    [
      3,
      "change a record's kind, party or activity",
      async (random, world) => {
        const all = await recordsOf(world);
        if (all.length === 0) return;
        const id = random.pick(all);
        const change = random.int(0, 3);
        if (change === 0) await sql(`update "engagement" set "kind" = ? where "id" = ?`, [random.pick(KINDS), id]);
        else if (change === 1)
          await sql(`update "engagement" set "organisation_id" = ? where "id" = ? and ("organisation_id" is not null or "contact_id" is not null)`, [
            random.pick(world.organisations),
            id,
          ]);
        else if (change === 2) await sql(`update "engagement" set "activity_id" = ? where "id" = ?`, [random.pick(world.activities), id]);
        else await sql(`update "engagement" set "notes" = 'Muistiinpano', "created_at" = ? where "id" = ?`, [new Date(Date.UTC(2024, 5, 1)), id]);
      },
    ],
    [
      3,
      'add members through the service (dated or not)',
      async (random, world) => {
        const { contacts } = await liveParties(world);
        await app.run(() =>
          app.get(StakeholderGroupService).addMembers(admin, {
            groupId: random.pick(world.groups),
            organisationIds: world.organisations.filter(() => random.chance(0.3)),
            contactIds: contacts.filter(() => random.chance(0.3)),
            since: random.chance(0.4) ? null : random.day(),
          }),
        );
      },
    ],
    [
      3,
      'end memberships through the service (a past until too)',
      async (random, world) => {
        const { contacts } = await liveParties(world);
        await app.run(() =>
          app.get(StakeholderGroupService).removeMembers(admin, {
            groupId: random.pick(world.groups),
            organisationIds: world.organisations.filter(() => random.chance(0.3)),
            contactIds: contacts.filter(() => random.chance(0.3)),
            until: random.chance(0.3) ? null : random.day(),
          }),
        );
      },
    ],
    [
      2,
      'change or delete a period by SQL',
      async (random, world) => {
        const table = random.pick(['group_organisation', 'group_contact']);
        const periods = await sql<{ id: string; since: string | null; until: string | null }>(
          `select "id", "since"::text as "since", "until"::text as "until" from "${table}" where "group_id" in (?) order by "id"`,
          [world.groups],
        );
        if (periods.length === 0) return;
        const period = random.pick(periods);
        if (random.chance(0.4)) await sql(`delete from "${table}" where "id" = ?`, [period.id]);
        else if (period.until !== null)
          await sql(
            `update "${table}" set "until" = null where "id" = ? and not exists (select 1 from "${table}" o where o."group_id" = "${table}"."group_id" and o."${table === 'group_contact' ? 'contact_id' : 'organisation_id'}" = "${table}"."${table === 'group_contact' ? 'contact_id' : 'organisation_id'}" and o."id" <> "${table}"."id" and (o."since" is null or o."since" >= "${table}"."until"))`,
            [period.id],
          );
        else if (period.since !== null)
          await sql(`update "${table}" set "since" = ("since" + 30) where "id" = ? and ("until" is null or "since" + 30 < "until")`, [period.id]);
        else await sql(`update "${table}" set "until" = ? where "id" = ?`, [random.day(), period.id]);
      },
    ],
    [
      3,
      "change an activity's date or phase through the service",
      async (random, world) => {
        const id = random.pick(world.activities);
        const [{ version }] = await sql<{ version: number }>(`select "version" from "activity" where "id" = ?`, [id]);
        const input = random.chance(0.5)
          ? { date: random.day() }
          : random.chance(0.5)
            ? { phase: random.pick(PHASES) }
            : { date: random.day(), phase: random.pick(PHASES) };
        await app.run(() => app.get(ActivityService).update(admin, id, version, input as never));
      },
    ],
    [
      1,
      'move an activity to another consultation',
      async (random, world) => {
        await sql(`update "activity" set "consultation_id" = ? where "id" = ?`, [random.pick(world.consultations), random.pick(world.activities)]);
      },
    ],
    [
      1,
      'delete an activity (its records with it)',
      async (random, world) => {
        if (world.activities.length <= 2) return;
        const id = random.pick(world.activities);
        await sql(`delete from "activity" where "id" = ?`, [id]);
        world.activities.splice(world.activities.indexOf(id), 1);
      },
    ],
    [2, 'a new activity', async (random, world) => newActivity(random, world)],
    [
      2,
      'merge organisations',
      async (random, world) => {
        const { organisations } = await liveParties(world);
        const unmerged = (
          await sql<{ id: string }>(`select "id" from "organisation" where "id" in (?) and "merged_into_id" is null order by "id"`, [world.organisations])
        ).map((row) => row.id);
        if (organisations.length < 2) return;
        const target = random.pick(organisations);
        const sources = unmerged.filter((id) => id !== target && random.chance(0.3)).slice(0, 2);
        if (sources.length === 0) return;
        await app.run(() => app.get(OrganisationMergeService).merge(admin, target, sources));
      },
    ],
    [
      1,
      'erase a contact',
      async (random, world) => {
        await app.run(() => app.get(ContactPrivacyService).erase(admin, random.pick(world.contacts)));
      },
    ],
    [
      1,
      'inherit or keep a merged period by SQL',
      async (random, world) => {
        if (random.chance(0.5))
          await sql(
            `update "group_organisation" set "inherited_at" = ? where "id" = (select "id" from "group_organisation" where "organisation_id" in (?) order by md5("id"::text) limit 1)`,
            [new Date(Date.UTC(2025, random.int(0, 23), 1)), world.organisations],
          );
        else {
          const since = random.day();
          await sql(`insert into "merged_membership" ("group_id", "organisation_id", "since", "until", "counts_from") values (?, ?, ?, ?, ?)`, [
            random.pick(world.groups),
            random.pick(world.organisations),
            random.chance(0.5) ? null : since,
            random.chance(0.5) ? null : '2027-06-01',
            random.chance(0.5) ? null : new Date(Date.UTC(2025, random.int(0, 23), 1)),
          ]);
        }
      },
    ],
    [
      1,
      'target groups and hard-to-reach flags',
      async (random, world) => {
        const consultation = random.pick(world.consultations);
        const group = random.pick(world.groups);
        if (random.chance(0.5)) await sql(`update "stakeholder_group" set "hard_to_reach" = not "hard_to_reach" where "id" = ?`, [group]);
        else if (
          (await sql(`delete from "consultation_target_group" where "consultation_id" = ? and "group_id" = ? returning 1`, [consultation, group])).length === 0
        )
          await insert('consultation_target_group', ['consultation_id', 'group_id'], [[consultation, group]]);
      },
    ],
    [
      1,
      'delete a group no record names',
      async (random, world) => {
        if (world.groups.length <= 3) return;
        const group = random.pick(world.groups);
        if (
          (
            await sql(
              `delete from "stakeholder_group" g where g."id" = ? and not exists (select 1 from "engagement" e where e."group_id" = g."id") returning 1`,
              [group],
            )
          ).length > 0
        )
          world.groups.splice(world.groups.indexOf(group), 1);
      },
    ],
    [
      1,
      'a transaction rolled back',
      async (random, world) => {
        await expect(
          app.em().transactional(async (em) => {
            await em.execute(
              `insert into "engagement" ("id", "activity_id", "kind", "organisation_id", "created_at") values (?, ?, 'PARTICIPATED', ?, now())`,
              [randomUUID(), random.pick(world.activities), random.pick(world.organisations)],
            );
            await em.execute(`delete from "group_contact" where "contact_id" = ?`, [random.pick(world.contacts)]);
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
      },
    ],
  ];
  /** How often each operation ran, over all seeds. */
  const ran = new Map<string, number>();
  const totalWeight = operations.reduce((sum, [weight]) => sum + weight, 0);
  const pickOperation = (random: Random) => {
    let roll = random.next() * totalWeight;
    for (const operation of operations) {
      roll -= operation[0];
      if (roll < 0) return operation;
    }
    return operations[operations.length - 1];
  };

  async function expectSameRows(world: World, context: string): Promise<void> {
    for (const consultation of world.consultations) {
      const kept = await repository.consultationRows(consultation);
      const computed = await repository.consultationRowsFromRecords(consultation);
      if (JSON.stringify(kept.rows) !== JSON.stringify(computed.rows))
        expect({ context, consultation, rows: kept.rows }).toEqual({ context, consultation, rows: computed.rows });
    }
    // The organisations' kept engagement tallies (engagementStats of all time) by the same writes.
    const keys = world.organisations.map((organisationId) => ({ organisationId, since: null }));
    const keptStats = await repository.engagementStats(keys);
    const computedStats = await repository.engagementStatsFromRecords(keys);
    expect({ context, stats: keptStats }).toEqual({ context, stats: computedStats });
  }

  const FOLD_ROWS = `select "consultation_id", "group_id", "party_kind", "party", "invited", "heard", "phases", "first_heard_on"::text as "first", "people"::text as "people"
                     from "coverage_fold" order by 1, 2, 3, 4`;
  const ORGANISATION_TALLY_ROWS = `select "organisation_id", "consultation_id", "invited", "declined", "heard", "last_heard_on"::text as "last"
                                   from "organisation_engagement_tally" where "invited" > 0 or "declined" > 0 or "heard" > 0 order by 1, 2`;
  const TALLY_ROWS = `select "consultation_id", "group_id", "invited", "heard"::text as "heard", "heard_in_initiation", "heard_in_drafting", "heard_in_statement_round",
                             "heard_in_finalisation", "heard_in_implementation", "first_heard_on"::text as "first"
                      from "coverage_tally" where "invited" > 0 or "heard" > 0 order by 1, 2`;

  /** The folds and tallies as kept equal those a rebuild from the whole history makes (in a transaction rolled back). */
  async function expectSameAsRebuilt(context: string): Promise<void> {
    const kept = { folds: await sql(FOLD_ROWS), tallies: await sql(TALLY_ROWS), organisationTallies: await sql(ORGANISATION_TALLY_ROWS) };
    let rebuilt: typeof kept | undefined;
    await expect(
      app.em().transactional(async (em) => {
        await em.execute(`select "rebuild_coverage_folds"()`);
        await em.execute(`select "rebuild_organisation_engagement_tallies"()`);
        rebuilt = { folds: await em.execute(FOLD_ROWS), tallies: await em.execute(TALLY_ROWS), organisationTallies: await em.execute(ORGANISATION_TALLY_ROWS) };
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect({ context, ...kept }).toEqual({ context, ...rebuilt });
  }

  it.each(seeds)(
    'seed %i: after every batch of random writes, every coverage row of every consultation equals the rules computed from scratch',
    async (seed) => {
      const random = generator(seed);
      const world = await createWorld(random, `S${seed}`);
      await expectSameRows(world, `seed ${seed}, created`);
      const done: string[] = [];
      for (let batch = 1; batch <= BATCHES; batch += 1) {
        for (let count = random.int(1, 4); count > 0; count -= 1) {
          const [, name, run] = pickOperation(random);
          await run(random, world);
          done.push(name);
          ran.set(name, (ran.get(name) ?? 0) + 1);
        }
        await expectSameRows(world, `seed ${seed}, batch ${batch}: ${done.slice(-4).join('; ')}`);
      }
      await expectSameAsRebuilt(`seed ${seed}`);
    },
  );

  it('ran every kind of write in those histories', () => {
    expect(operations.map(([, name]) => name).filter((name) => !ran.has(name))).toEqual([]);
  });

  it('answers consultationCoverage in two statements after a write, for a large consultation as for a small one, and in one when kept', async () => {
    const random = generator(7);
    const small = await createWorld(random, 'Pieni');
    const large = await createWorld(random, 'Suuri');
    const rows = Array.from({ length: 400 }, () => {
      const record = randomRecord(random, large, large);
      return [
        randomUUID(),
        random.pick(large.activities),
        record.kind,
        record.organisationId ?? null,
        record.contactId ?? null,
        record.groupId ?? null,
        record.participantCount ?? null,
        new Date(),
      ];
    });
    await insert('engagement', ['id', 'activity_id', 'kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count', 'created_at'], rows);
    const coverage = app.get(CoverageService);
    const statements = async (consultationId: string) => {
      const seen: string[] = [];
      const stop = observeQueries((query) => seen.push(query));
      try {
        await app.run(() => coverage.consultationCoverage(consultationId));
      } finally {
        stop();
      }
      return seen.length;
    };
    const write = (world: World) =>
      app.run(() =>
        app
          .get(EngagementService)
          .record(admin, { activityId: world.activities[0], records: [{ kind: EngagementKind.PARTICIPATED, organisationId: world.organisations[0] }] }),
      );
    const counts: number[] = [];
    for (const world of [small, large]) {
      await write(world);
      counts.push(await statements(world.consultations[0]), await statements(world.consultations[0]));
    }
    expect(counts).toEqual([2, 1, 2, 1]);
    expect(
      Number((await sql<{ count: string }>(`select count(*) from "coverage_fold" where "consultation_id" = ?`, [large.consultations[0]]))[0].count),
    ).toBeGreaterThan(50);
  });
});
