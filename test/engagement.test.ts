import { randomUUID } from 'node:crypto';
import { type Connection } from '@sidos/common';
import {
  ActivityService,
  type Consultation,
  ConsultationService,
  ConsultationsArgs,
  CreateActivityInput,
  CreateConsultationInput,
  EngagementLoaders,
  EngagementService,
  RecordEngagementsArgs,
  UpdateConsultationInput,
} from '@sidos/engagement';
import { TestServices } from './support/test-services.js';
import {
  asInput,
  type Claims,
  createActivity,
  createConsultation,
  createContact,
  createGroup,
  createOrganisation,
  createPolicyArea,
  type EngagementRecord,
  recordEngagements,
  viewer,
} from './support/service-factories.js';

const TEM_EDITOR: Claims = { roles: ['EDITOR'], ministry: 'TEM' };
const YM_EDITOR: Claims = { roles: ['EDITOR'], ministry: 'YM' };

/**
 * Consultations, activities and the engagement history: the services on a real database (service tier;
 * engagement-api.e2e-spec.ts has what only the API shows: the roles, the validation of the arguments).
 */
describe('consultations, activities and engagements', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const count = async (table: string) => Number((await app.sql<{ count: string }>(`select count(*) as count from "${table}"`))[0].count);
  const paths = (error: { fields?: { path: string }[] }) => (error.fields ?? []).map((field) => field.path).sort();
  /** The error a call fails with (the test fails if it succeeds). */
  const failureOf = async (call: Promise<unknown>): Promise<{ code: string; fields?: { path: string; message: string }[] }> => {
    try {
      await call;
    } catch (error) {
      return error as { code: string; fields?: { path: string; message: string }[] };
    }
    throw new Error('expected the call to fail');
  };

  /** A consultation as the API answers it: its fields, policy areas (by name) and target groups (by name). */
  const consultationView = async (consultation: Consultation) => ({
    id: consultation.id,
    title: consultation.title,
    description: consultation.description,
    ministry: consultation.ministry,
    status: consultation.status,
    currentPhase: consultation.currentPhase,
    startsOn: consultation.startsOn,
    endsOn: consultation.endsOn,
    version: consultation.version,
    policyAreas: (await app.load(EngagementLoaders, (loaders, request) => loaders.policyAreasOfConsultation(request), consultation.id)).map((area) => ({
      code: area.code,
    })),
    targetGroups: (await app.load(EngagementLoaders, (loaders, request) => loaders.targetGroupsOfConsultation(request), consultation.id)).map((group) => ({
      name: group.name,
    })),
  });
  const create = async (input: Record<string, unknown>, claims: Claims = {}) => {
    const asked = await asInput(CreateConsultationInput, input, 'input');
    return app.mutate(() => app.get(ConsultationService).create(viewer(claims), asked));
  };
  const update = async (id: string, version: number, input: Record<string, unknown>, claims: Claims = {}) => {
    const asked = await asInput(UpdateConsultationInput, input, 'input');
    return app.mutate(() => app.get(ConsultationService).update(viewer(claims), id, version, asked));
  };
  const createActivityOf = async (input: Record<string, unknown>, claims: Claims = {}) => {
    const asked = await asInput(CreateActivityInput, input, 'input');
    return app.mutate(() => app.get(ActivityService).create(viewer(claims), asked));
  };
  const record = async (activityId: string, records: object[], claims: Claims = {}) => {
    const args = await asInput(RecordEngagementsArgs, { activityId, records });
    return app.mutate(() => app.get(EngagementService).record(viewer(claims), args));
  };
  const activitiesOf = (consultationId: string) => app.load(EngagementLoaders, (loaders, request) => loaders.activitiesOfConsultation(request), consultationId);

  describe('consultations', () => {
    it("creates a consultation owned by the token's ministry, with its defaults, policy areas and target groups", async () => {
      const area = await createPolicyArea(app, { name: 'Työmarkkinat' });
      const groupB = await createGroup(app, { name: 'b-ryhmä' });
      const groupA = await createGroup(app, { name: 'A-ryhmä' });
      const created = await create(
        { title: '  Työllisyyspalvelujen uudistus  ', policyAreaIds: [area.id, area.id], targetGroupIds: [groupB.id, groupA.id.toUpperCase()] },
        TEM_EDITOR,
      );
      const answer = await consultationView(created);
      expect(answer).toMatchObject({
        title: 'Työllisyyspalvelujen uudistus',
        description: null,
        ministry: 'TEM',
        status: 'PLANNED',
        currentPhase: 'INITIATION',
        startsOn: null,
        version: 1,
        policyAreas: [{ code: area.code }],
        targetGroups: [{ name: 'A-ryhmä' }, { name: 'b-ryhmä' }],
      });
      const read = await app.run(() => app.get(ConsultationService).findById(created.id));
      expect(await consultationView(read!)).toEqual(answer);
    });

    it('lets an ADMIN create for any ministry, upper-casing the code', async () => {
      const created = await create({
        title: 'Luonnonsuojelu',
        ministry: ' ym ',
        status: 'ONGOING',
        currentPhase: 'DRAFTING',
        startsOn: '2026-02-01',
        endsOn: '2026-06-30',
      });
      expect(created).toMatchObject({
        ministry: 'YM',
        status: 'ONGOING',
        currentPhase: 'DRAFTING',
        startsOn: '2026-02-01',
        endsOn: '2026-06-30',
      });
    });

    it('refuses a missing ministry and unknown ids, each with its path, writing nothing', async () => {
      const before = await count('consultation');
      const noMinistry = await failureOf(create({ title: 'X' }, { roles: ['ADMIN'], ministry: '' }));
      expect(noMinistry).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'ministry' }] });

      const group = await createGroup(app);
      const unknownIds = await failureOf(create({ title: 'X', policyAreaIds: [randomUUID()], targetGroupIds: [group.id, 'not-an-id', randomUUID()] }));
      expect(unknownIds.code).toBe('BAD_USER_INPUT');
      expect(paths(unknownIds)).toEqual(['policyAreaIds.0', 'targetGroupIds.1', 'targetGroupIds.2']);
      expect(await count('consultation')).toBe(before);
    });

    it('changes only the given fields, replaces the lists, and answers CONFLICT for a stale version', async () => {
      const [keep, drop, add] = [
        await createGroup(app, { name: 'Pysyy' }),
        await createGroup(app, { name: 'Poistuu' }),
        await createGroup(app, { name: 'Lisätään' }),
      ];
      const consultation = await createConsultation(app, { description: 'Alku', startsOn: '2026-01-01', targetGroupIds: [keep.id, drop.id] });

      const updated = await update(consultation.id, 1, { currentPhase: 'STATEMENT_ROUND', targetGroupIds: [keep.id, add.id] });
      expect(await consultationView(updated)).toMatchObject({
        title: consultation.title,
        description: 'Alku',
        currentPhase: 'STATEMENT_ROUND',
        version: 2,
        targetGroups: [{ name: 'Lisätään' }, { name: 'Pysyy' }],
      });

      const stale = await failureOf(update(consultation.id, 1, { title: 'Vanhentunut' }));
      expect(stale.code).toBe('CONFLICT');

      const endsBeforeStored = await failureOf(update(consultation.id, 2, { endsOn: '2025-12-31' }));
      expect(endsBeforeStored).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endsOn' }] });

      const cleared = await update(consultation.id, 2, { description: '', policyAreaIds: [] });
      expect(await consultationView(cleared)).toMatchObject({ description: null, version: 3, policyAreas: [] });
      const [row] = await app.sql<{ version: number }>('select version from consultation where id = ?', [consultation.id]);
      expect(row.version).toBe(3);
    });

    it('answers NOT_FOUND for changing an unknown consultation, and null for reading an unknown or malformed id', async () => {
      const missing = await failureOf(update(randomUUID(), 1, { title: 'X' }));
      expect(missing.code).toBe('NOT_FOUND');
      for (const id of [randomUUID(), 'nope']) {
        expect(await app.run(() => app.get(ConsultationService).findById(id))).toBeNull();
        expect(await app.run(() => app.get(ActivityService).findById(id))).toBeNull();
      }
    });

    it('filters by ministry, status, policy area and search, and pages by title', async () => {
      const area = await createPolicyArea(app);
      const marker = `Suodatus${Date.now()}`;
      await createConsultation(app, { title: `${marker} c Työaika`, policyAreaIds: [area.id], status: 'ONGOING' });
      await createConsultation(app, { title: `${marker} A Sääntely`, description: 'Yrittäjien hallinnollinen taakka', policyAreaIds: [area.id] });
      await createConsultation(app, { title: `${marker} b Vesistöt`, ministry: 'YM', policyAreaIds: [area.id], status: 'CLOSED' });
      const list = async (args: Record<string, unknown>): Promise<Connection<Consultation>> => {
        const asked = await asInput(ConsultationsArgs, args);
        return app.run(() => app.get(ConsultationService).list(asked));
      };
      const titles = async (filter: Record<string, unknown>, first = 50) =>
        (await list({ filter: { policyAreaIds: [area.id], ...filter }, first })).nodes.map((node) => node.title.slice(marker.length + 1));

      expect(await titles({})).toEqual(['A Sääntely', 'b Vesistöt', 'c Työaika']);
      expect(await titles({ ministry: 'tem' })).toEqual(['A Sääntely', 'c Työaika']);
      expect(await titles({ status: ['ONGOING', 'CLOSED'] })).toEqual(['b Vesistöt', 'c Työaika']);
      expect(await titles({ status: [] })).toEqual([]);
      expect(await titles({ search: 'YRITTAJIEN' })).toEqual(['A Sääntely']);
      expect(await titles({ policyAreaIds: [randomUUID(), 'bad'] })).toEqual([]);

      const firstPage = await list({ filter: { policyAreaIds: [area.id] }, first: 2 });
      expect(firstPage).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const secondPage = await list({ filter: { policyAreaIds: [area.id] }, first: 2, after: firstPage.pageInfo.endCursor });
      expect(secondPage.nodes.map((node) => node.title)).toEqual([`${marker} c Työaika`]);
      expect(secondPage.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('ministry scoping', () => {
    it("keeps an EDITOR to its own ministry's consultations, activities and engagements", async () => {
      const organisation = await createOrganisation(app);
      const ym = await createConsultation(app, { title: 'YM:n kuuleminen', ministry: 'YM' });
      const ymActivity = await createActivity(app, ym.id);
      const records: EngagementRecord[] = [{ kind: 'PARTICIPATED', organisationId: organisation.id }];
      const engagementsBefore = await count('engagement');

      const refused = [
        await failureOf(update(ym.id, ym.version, { title: 'Kaapattu' }, TEM_EDITOR)),
        await failureOf(
          createActivityOf({ consultationId: ym.id, title: 'T', method: 'MEETING', mode: 'VIRTUAL', phase: 'DRAFTING', date: '2026-03-01' }, TEM_EDITOR),
        ),
        await failureOf(record(ymActivity.id, [...records], TEM_EDITOR)),
        await failureOf(create({ title: 'Toisen nimissä', ministry: 'YM' }, TEM_EDITOR)),
        await failureOf(create({ title: 'Ilman ministeriötä', ministry: 'TEM' }, { roles: ['EDITOR'], ministry: '' })),
      ];
      expect(refused.map((error) => error.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect(await count('engagement')).toBe(engagementsBefore);
      expect((await app.sql('select title from consultation where id = ?', [ym.id]))[0]).toEqual({ title: 'YM:n kuuleminen' });

      const own = await update(ym.id, ym.version, { status: 'ONGOING' }, YM_EDITOR);
      expect(own.status).toBe('ONGOING');
      await createActivity(app, ym.id, {}, YM_EDITOR);
      expect(await recordEngagements(app, ymActivity.id, records, YM_EDITOR)).toHaveLength(1);
      expect((await create({ title: 'Oma', ministry: 'ym' }, YM_EDITOR)).ministry).toBe('YM');
      // The register stays shared: the register's services know no ministry (engagement-api.e2e-spec.ts: the EDITOR role may edit it).
      await createOrganisation(app, { name: 'Jaettu rekisteri ry' }, YM_EDITOR);
    });

    it('lets an ADMIN change any ministry', async () => {
      const stm = await createConsultation(app, { ministry: 'STM' }, { roles: ['ADMIN'], ministry: 'TEM' });
      const activity = await createActivity(app, stm.id, {}, { roles: ['ADMIN'], ministry: 'VM' });
      const updated = await update(stm.id, 1, { currentPhase: 'FINALISATION' }, { roles: ['ADMIN'], ministry: '' });
      expect(updated.currentPhase).toBe('FINALISATION');
      const read = await app.run(() => app.get(ConsultationService).findById(stm.id));
      expect({ ministry: read!.ministry, activities: (await activitiesOf(stm.id)).map((row) => ({ id: row.id })) }).toEqual({
        ministry: 'STM',
        activities: [{ id: activity.id }],
      });
    });
  });

  describe('activities', () => {
    it('creates activities and lists them by date, oldest first', async () => {
      const consultation = await createConsultation(app);
      const webinar = await createActivityOf({
        consultationId: consultation.id,
        title: ' Webinaari ',
        method: 'WEBINAR',
        mode: 'VIRTUAL',
        phase: 'DRAFTING',
        date: '2026-04-22',
        participantCount: 912,
      });
      expect({
        id: webinar.id,
        title: webinar.title,
        method: webinar.method,
        mode: webinar.mode,
        phase: webinar.phase,
        date: webinar.date,
        participantCount: webinar.participantCount,
        version: webinar.version,
        consultation: { id: webinar.consultation.id },
      }).toEqual({
        id: expect.any(String),
        title: 'Webinaari',
        method: 'WEBINAR',
        mode: 'VIRTUAL',
        phase: 'DRAFTING',
        date: '2026-04-22',
        participantCount: 912,
        version: 1,
        consultation: { id: consultation.id },
      });
      const dialogue = await createActivity(app, consultation.id, { method: 'DIALOGUE', phase: 'INITIATION', date: '2026-02-10' });
      const statements = await createActivity(app, consultation.id, {
        method: 'STATEMENT_REQUEST',
        mode: 'WRITTEN',
        phase: 'STATEMENT_ROUND',
        date: '2026-06-01',
      });

      expect((await activitiesOf(consultation.id)).map((activity) => activity.id)).toEqual([dialogue.id, webinar.id, statements.id]);
    });

    it('refuses an unknown consultationId with its path', async () => {
      const unknown = await failureOf(
        createActivityOf({ consultationId: randomUUID(), title: 'T', method: 'MEETING', mode: 'VIRTUAL', phase: 'DRAFTING', date: '2026-03-01' }),
      );
      expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'consultationId' }] });
    });
  });

  describe('engagement history', () => {
    it('records a batch for one activity and keeps every record with it', async () => {
      const organisation = await createOrganisation(app);
      const contact = await createContact(app, { affiliations: [{ organisationId: organisation.id }] });
      const group = await createGroup(app, { hardToReach: true });
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id, { method: 'WEBINAR', mode: 'VIRTUAL', participantCount: 900 });

      const recorded = await record(activity.id, [
        { kind: 'INVITED', organisationId: organisation.id },
        { kind: 'PARTICIPATED', contactId: contact.id, organisationId: organisation.id, notes: '  puhui paneelissa ' },
        { kind: 'PARTICIPATED', groupId: group.id, participantCount: 37 },
      ]);
      const idOf = (reference: { id: string } | null) => (reference ? { id: reference.id } : null);
      expect(
        recorded.map((engagement) => ({
          id: engagement.id,
          kind: engagement.kind,
          participantCount: engagement.participantCount,
          notes: engagement.notes,
          organisation: idOf(engagement.organisation),
          contact: idOf(engagement.contact),
          group: idOf(engagement.group),
          activity: idOf(engagement.activity),
        })),
      ).toEqual([
        {
          id: expect.any(String),
          kind: 'INVITED',
          participantCount: null,
          notes: null,
          organisation: { id: organisation.id },
          contact: null,
          group: null,
          activity: { id: activity.id },
        },
        {
          id: expect.any(String),
          kind: 'PARTICIPATED',
          participantCount: null,
          notes: 'puhui paneelissa',
          organisation: { id: organisation.id },
          contact: { id: contact.id },
          group: null,
          activity: { id: activity.id },
        },
        {
          id: expect.any(String),
          kind: 'PARTICIPATED',
          participantCount: 37,
          notes: null,
          organisation: null,
          contact: null,
          group: { id: group.id },
          activity: { id: activity.id },
        },
      ]);
      const read = await app.run(() => app.get(ActivityService).findById(activity.id));
      expect(read!.participantCount).toBe(900);
      expect({ id: read!.consultation.id }).toEqual({ id: consultation.id });
      const engagements = await app.load(EngagementLoaders, (loaders, request) => loaders.engagementsOfActivity(request), activity.id);
      expect(engagements.map((engagement) => engagement.id).sort()).toEqual(recorded.map((engagement) => engagement.id).sort());
    });

    it('refuses unknown or malformed ids in records with their paths, writing nothing', async () => {
      const organisation = await createOrganisation(app);
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const before = await count('engagement');
      const refused = await failureOf(
        record(activity.id, [
          { kind: 'PARTICIPATED', organisationId: randomUUID() },
          { kind: 'PARTICIPATED', organisationId: organisation.id, contactId: randomUUID() },
          { kind: 'PARTICIPATED', groupId: 'not-an-id', participantCount: 2 },
          { kind: 'PARTICIPATED', organisationId: organisation.id },
          { kind: 'PARTICIPATED', contactId: organisation.id }, // an existing id, of another table
        ]),
      );
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(paths(refused)).toEqual(['records.0.organisationId', 'records.1.contactId', 'records.2.groupId', 'records.4.contactId']);
      expect(await count('engagement')).toBe(before);
    });

    it('answers NOT_FOUND for an unknown or malformed activityId', async () => {
      const group = await createGroup(app);
      for (const activityId of [randomUUID(), 'x']) {
        const refused = await failureOf(record(activityId, [{ kind: 'PARTICIPATED', groupId: group.id, participantCount: 1 }]));
        expect(refused.code).toBe('NOT_FOUND');
      }
    });

    it('has the database refuse an engagement without a party, or a group alone without people', async () => {
      const group = await createGroup(app);
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const insert = (groupId: string | null, participantCount: number | null) =>
        app.sql('insert into "engagement" ("id", "activity_id", "kind", "group_id", "participant_count", "created_at") values (?, ?, ?, ?, ?, now())', [
          randomUUID(),
          activity.id,
          'PARTICIPATED',
          groupId,
          participantCount,
        ]);
      await expect(insert(null, 3)).rejects.toThrow(/engagement_party_check/);
      await expect(insert(group.id, 0)).rejects.toThrow(/engagement_party_check/);
      await expect(insert(group.id, 1)).resolves.toBeDefined();
    });
  });
});
