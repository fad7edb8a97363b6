import { randomUUID } from 'node:crypto';
import { TestApp, type TokenClaims } from './support/test-app.js';
import { createContact, createGroup, createOrganisation, createPolicyArea } from './support/factories.js';
import { createActivity, createConsultation, type EngagementRecord, recordEngagements } from './support/engagement-factories.js';

const CONSULTATION_FIELDS = 'id title description ministry status currentPhase startsOn endsOn version policyAreas { code } targetGroups { name }';
const CREATE_CONSULTATION = `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { ${CONSULTATION_FIELDS} } }`;
const UPDATE_CONSULTATION = `mutation ($id: ID!, $version: Int!, $input: UpdateConsultationInput!) { updateConsultation(id: $id, version: $version, input: $input) { ${CONSULTATION_FIELDS} } }`;
const CREATE_ACTIVITY =
  'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id title method mode phase date participantCount version consultation { id } } }';
const RECORD = `mutation ($activityId: ID!, $records: [EngagementRecordInput!]!) {
  recordEngagements(activityId: $activityId, records: $records) { id kind participantCount notes organisation { id } contact { id } group { id } activity { id } }
}`;
const CONSULTATIONS = `query ($filter: ConsultationFilter, $first: Int, $after: String) {
  consultations(filter: $filter, first: $first, after: $after) { totalCount nodes { id title } pageInfo { hasNextPage endCursor } }
}`;

const TEM_EDITOR: TokenClaims = { roles: ['EDITOR'], ministry: 'TEM' };
const YM_EDITOR: TokenClaims = { roles: ['EDITOR'], ministry: 'YM' };

/** Consultations, activities and the engagement history, through the API on a real database. */
describe('consultations, activities and engagements', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const count = async (table: string) => Number((await app.sql<{ count: string }>(`select count(*) as count from "${table}"`))[0].count);
  const errorOf = (response: { errors?: { extensions: { code: string; fields?: { path: string; message: string }[] } }[] }) => response.errors?.[0].extensions;
  const paths = (response: Parameters<typeof errorOf>[0]) => (errorOf(response)?.fields ?? []).map((field) => field.path).sort();

  describe('consultations', () => {
    it("creates a consultation owned by the token's ministry, with its defaults, policy areas and target groups", async () => {
      const area = await createPolicyArea(app, { name: 'Työmarkkinat' });
      const groupB = await createGroup(app, { name: 'b-ryhmä' });
      const groupA = await createGroup(app, { name: 'A-ryhmä' });
      const data = await app.ok(
        CREATE_CONSULTATION,
        { input: { title: '  Työllisyyspalvelujen uudistus  ', policyAreaIds: [area.id, area.id], targetGroupIds: [groupB.id, groupA.id.toUpperCase()] } },
        TEM_EDITOR,
      );
      expect(data.createConsultation).toMatchObject({
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
      const read = await app.ok(
        `query ($id: ID!) { consultation(id: $id) { ${CONSULTATION_FIELDS} } }`,
        { id: data.createConsultation.id },
        { roles: ['VIEWER'], ministry: 'YM' },
      );
      expect(read.consultation).toEqual(data.createConsultation);
    });

    it('lets an ADMIN create for any ministry, upper-casing the code', async () => {
      const data = await app.ok(CREATE_CONSULTATION, {
        input: { title: 'Luonnonsuojelu', ministry: ' ym ', status: 'ONGOING', currentPhase: 'DRAFTING', startsOn: '2026-02-01', endsOn: '2026-06-30' },
      });
      expect(data.createConsultation).toMatchObject({
        ministry: 'YM',
        status: 'ONGOING',
        currentPhase: 'DRAFTING',
        startsOn: '2026-02-01',
        endsOn: '2026-06-30',
      });
    });

    it('refuses an unknown ministry, a missing one, endsOn before startsOn and unknown ids, each with its path, writing nothing', async () => {
      const before = await count('consultation');
      const unknownCode = await app.graphql(CREATE_CONSULTATION, { input: { title: 'X', ministry: 'ABC', endsOn: '2026-01-01', startsOn: '2026-02-01' } });
      expect(errorOf(unknownCode)?.code).toBe('BAD_USER_INPUT');
      expect(paths(unknownCode)).toEqual(['endsOn', 'ministry']);

      const noMinistry = await app.graphql(CREATE_CONSULTATION, { input: { title: 'X' } }, { roles: ['ADMIN'], ministry: '' });
      expect(errorOf(noMinistry)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'ministry' }] });

      const group = await createGroup(app);
      const unknownIds = await app.graphql(CREATE_CONSULTATION, {
        input: { title: 'X', policyAreaIds: [randomUUID()], targetGroupIds: [group.id, 'not-an-id', randomUUID()] },
      });
      expect(errorOf(unknownIds)?.code).toBe('BAD_USER_INPUT');
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

      const updated = await app.ok(UPDATE_CONSULTATION, {
        id: consultation.id,
        version: 1,
        input: { currentPhase: 'STATEMENT_ROUND', targetGroupIds: [keep.id, add.id] },
      });
      expect(updated.updateConsultation).toMatchObject({
        title: consultation.title,
        description: 'Alku',
        currentPhase: 'STATEMENT_ROUND',
        version: 2,
        targetGroups: [{ name: 'Lisätään' }, { name: 'Pysyy' }],
      });

      const stale = await app.graphql(UPDATE_CONSULTATION, { id: consultation.id, version: 1, input: { title: 'Vanhentunut' } });
      expect(errorOf(stale)?.code).toBe('CONFLICT');

      const endsBeforeStored = await app.graphql(UPDATE_CONSULTATION, { id: consultation.id, version: 2, input: { endsOn: '2025-12-31' } });
      expect(errorOf(endsBeforeStored)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endsOn' }] });

      const cleared = await app.ok(UPDATE_CONSULTATION, { id: consultation.id, version: 2, input: { description: '', policyAreaIds: [] } });
      expect(cleared.updateConsultation).toMatchObject({ description: null, version: 3, policyAreas: [] });
      const [row] = await app.sql<{ version: number }>('select version from consultation where id = ?', [consultation.id]);
      expect(row.version).toBe(3);
    });

    it('answers NOT_FOUND for changing an unknown consultation, and null for reading an unknown or malformed id', async () => {
      const missing = await app.graphql(UPDATE_CONSULTATION, { id: randomUUID(), version: 1, input: { title: 'X' } });
      expect(errorOf(missing)?.code).toBe('NOT_FOUND');
      for (const id of [randomUUID(), 'nope']) {
        expect((await app.ok('query ($id: ID!) { consultation(id: $id) { id } activity(id: $id) { id } }', { id })).consultation).toBeNull();
        expect((await app.ok('query ($id: ID!) { activity(id: $id) { id } }', { id })).activity).toBeNull();
      }
    });

    it('filters by ministry, status, policy area and search, and pages by title', async () => {
      const area = await createPolicyArea(app);
      const marker = `Suodatus${Date.now()}`;
      await createConsultation(app, { title: `${marker} c Työaika`, policyAreaIds: [area.id], status: 'ONGOING' });
      await createConsultation(app, { title: `${marker} A Sääntely`, description: 'Yrittäjien hallinnollinen taakka', policyAreaIds: [area.id] });
      await createConsultation(app, { title: `${marker} b Vesistöt`, ministry: 'YM', policyAreaIds: [area.id], status: 'CLOSED' });
      const titles = async (filter: Record<string, unknown>, first = 50) =>
        (await app.ok(CONSULTATIONS, { filter: { policyAreaIds: [area.id], ...filter }, first })).consultations.nodes.map((node: { title: string }) =>
          node.title.slice(marker.length + 1),
        );

      expect(await titles({})).toEqual(['A Sääntely', 'b Vesistöt', 'c Työaika']);
      expect(await titles({ ministry: 'tem' })).toEqual(['A Sääntely', 'c Työaika']);
      expect(await titles({ status: ['ONGOING', 'CLOSED'] })).toEqual(['b Vesistöt', 'c Työaika']);
      expect(await titles({ status: [] })).toEqual([]);
      expect(await titles({ search: 'YRITTAJIEN' })).toEqual(['A Sääntely']);
      expect(await titles({ policyAreaIds: [randomUUID(), 'bad'] })).toEqual([]);

      const firstPage = await app.ok(CONSULTATIONS, { filter: { policyAreaIds: [area.id] }, first: 2 });
      expect(firstPage.consultations).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const secondPage = await app.ok(CONSULTATIONS, { filter: { policyAreaIds: [area.id] }, first: 2, after: firstPage.consultations.pageInfo.endCursor });
      expect(secondPage.consultations.nodes.map((node: { title: string }) => node.title)).toEqual([`${marker} c Työaika`]);
      expect(secondPage.consultations.pageInfo.hasNextPage).toBe(false);
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
        await app.graphql(UPDATE_CONSULTATION, { id: ym.id, version: ym.version, input: { title: 'Kaapattu' } }, TEM_EDITOR),
        await app.graphql(
          CREATE_ACTIVITY,
          { input: { consultationId: ym.id, title: 'T', method: 'MEETING', mode: 'VIRTUAL', phase: 'DRAFTING', date: '2026-03-01' } },
          TEM_EDITOR,
        ),
        await app.graphql(RECORD, { activityId: ymActivity.id, records }, TEM_EDITOR),
        await app.graphql(CREATE_CONSULTATION, { input: { title: 'Toisen nimissä', ministry: 'YM' } }, TEM_EDITOR),
        await app.graphql(CREATE_CONSULTATION, { input: { title: 'Ilman ministeriötä', ministry: 'TEM' } }, { roles: ['EDITOR'], ministry: '' }),
      ];
      expect(refused.map(errorOf).map((extensions) => extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect(await count('engagement')).toBe(engagementsBefore);
      expect((await app.sql('select title from consultation where id = ?', [ym.id]))[0]).toEqual({ title: 'YM:n kuuleminen' });

      const own = await app.ok(UPDATE_CONSULTATION, { id: ym.id, version: ym.version, input: { status: 'ONGOING' } }, YM_EDITOR);
      expect(own.updateConsultation.status).toBe('ONGOING');
      await createActivity(app, ym.id, {}, YM_EDITOR);
      expect(await recordEngagements(app, ymActivity.id, records, YM_EDITOR)).toHaveLength(1);
      expect((await app.ok(CREATE_CONSULTATION, { input: { title: 'Oma', ministry: 'ym' } }, YM_EDITOR)).createConsultation.ministry).toBe('YM');
      // The register stays shared: an EDITOR of any ministry edits it.
      await app.ok('mutation { createOrganisation(input: { name: "Jaettu rekisteri ry", type: ASSOCIATION }) { id } }', {}, YM_EDITOR);
    });

    it('lets an ADMIN change any ministry, and a VIEWER change nothing', async () => {
      const stm = await createConsultation(app, { ministry: 'STM' }, { roles: ['ADMIN'], ministry: 'TEM' });
      const activity = await createActivity(app, stm.id, {}, { roles: ['ADMIN'], ministry: 'VM' });
      const updated = await app.ok(
        UPDATE_CONSULTATION,
        { id: stm.id, version: 1, input: { currentPhase: 'FINALISATION' } },
        { roles: ['ADMIN'], ministry: '' },
      );
      expect(updated.updateConsultation.currentPhase).toBe('FINALISATION');

      const viewer: TokenClaims = { roles: ['VIEWER'], ministry: 'STM' };
      const refused = [
        await app.graphql(CREATE_CONSULTATION, { input: { title: 'Katselija' } }, viewer),
        await app.graphql(UPDATE_CONSULTATION, { id: stm.id, version: 2, input: { title: 'Katselija' } }, viewer),
        await app.graphql(
          CREATE_ACTIVITY,
          { input: { consultationId: stm.id, title: 'T', method: 'MEETING', mode: 'VIRTUAL', phase: 'DRAFTING', date: '2026-03-01' } },
          viewer,
        ),
        await app.graphql(
          RECORD,
          { activityId: activity.id, records: [{ kind: 'INVITED', groupId: (await createGroup(app)).id, participantCount: 1 }] },
          viewer,
        ),
      ];
      expect(refused.map(errorOf).map((extensions) => extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      const read = await app.ok('query ($id: ID!) { consultation(id: $id) { ministry activities { id } } }', { id: stm.id }, viewer);
      expect(read.consultation).toEqual({ ministry: 'STM', activities: [{ id: activity.id }] });
    });
  });

  describe('activities', () => {
    it('creates activities and lists them by date, oldest first', async () => {
      const consultation = await createConsultation(app);
      const webinar = await app.ok(CREATE_ACTIVITY, {
        input: {
          consultationId: consultation.id,
          title: ' Webinaari ',
          method: 'WEBINAR',
          mode: 'VIRTUAL',
          phase: 'DRAFTING',
          date: '2026-04-22',
          participantCount: 912,
        },
      });
      expect(webinar.createActivity).toEqual({
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

      const read = await app.ok('query ($id: ID!) { consultation(id: $id) { activities { id date } } }', { id: consultation.id });
      expect(read.consultation.activities.map((activity: { id: string }) => activity.id)).toEqual([dialogue.id, webinar.createActivity.id, statements.id]);
    });

    it('refuses an unknown consultationId and a negative participantCount with their paths', async () => {
      const unknown = await app.graphql(CREATE_ACTIVITY, {
        input: { consultationId: randomUUID(), title: 'T', method: 'MEETING', mode: 'VIRTUAL', phase: 'DRAFTING', date: '2026-03-01' },
      });
      expect(errorOf(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'consultationId' }] });
      const consultation = await createConsultation(app);
      const negative = await app.graphql(CREATE_ACTIVITY, {
        input: { consultationId: consultation.id, title: '', method: 'MEETING', mode: 'VIRTUAL', phase: 'DRAFTING', date: '2026-03-01', participantCount: -1 },
      });
      expect(paths(negative)).toEqual(['participantCount', 'title']);
    });
  });

  describe('engagement history', () => {
    it('records a batch for one activity and keeps every record with it', async () => {
      const organisation = await createOrganisation(app);
      const contact = await createContact(app, { affiliations: [{ organisationId: organisation.id }] });
      const group = await createGroup(app, { hardToReach: true });
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id, { method: 'WEBINAR', mode: 'VIRTUAL', participantCount: 900 });

      const data = await app.ok(RECORD, {
        activityId: activity.id,
        records: [
          { kind: 'INVITED', organisationId: organisation.id },
          { kind: 'PARTICIPATED', contactId: contact.id, organisationId: organisation.id, notes: '  puhui paneelissa ' },
          { kind: 'PARTICIPATED', groupId: group.id, participantCount: 37 },
        ],
      });
      expect(data.recordEngagements).toEqual([
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
      const read = await app.ok('query ($id: ID!) { activity(id: $id) { participantCount consultation { id } engagements { id kind } } }', { id: activity.id });
      expect(read.activity.participantCount).toBe(900);
      expect(read.activity.consultation).toEqual({ id: consultation.id });
      expect(read.activity.engagements.map((engagement: { id: string }) => engagement.id).sort()).toEqual(
        data.recordEngagements.map((engagement: { id: string }) => engagement.id).sort(),
      );
    });

    it('writes none of a batch whose record 3 is invalid, and lists every invalid record at once', async () => {
      const organisation = await createOrganisation(app);
      const group = await createGroup(app);
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const before = await count('engagement');
      const records = [
        { kind: 'PARTICIPATED', organisationId: organisation.id },
        { kind: 'PARTICIPATED', groupId: group.id, participantCount: 12 },
        { kind: 'SUBMITTED', organisationId: organisation.id, groupId: group.id },
        { kind: 'PARTICIPATED', groupId: group.id, participantCount: 0 },
        { kind: 'PARTICIPATED', organisationId: organisation.id },
      ];

      const response = await app.graphql(RECORD, { activityId: activity.id, records });
      expect(errorOf(response)).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'records.3.participantCount', message: expect.stringContaining('at least 1') }],
      });
      expect(response.data).toBeNull();
      expect(await count('engagement')).toBe(before);

      const several = await app.graphql(RECORD, {
        activityId: activity.id,
        records: [
          ...records,
          { kind: 'DECLINED' },
          { kind: 'PARTICIPATED', groupId: group.id },
          { kind: 'INVITED', organisationId: organisation.id, participantCount: -2 },
        ],
      });
      expect(paths(several)).toEqual(['records.3.participantCount', 'records.5', 'records.6.participantCount', 'records.7.participantCount']);
      expect(await count('engagement')).toBe(before);

      records[3].participantCount = 1;
      expect(await recordEngagements(app, activity.id, records as EngagementRecord[])).toHaveLength(5);
      expect(await count('engagement')).toBe(before + 5);
    });

    it('refuses unknown or malformed ids in records with their paths, writing nothing', async () => {
      const organisation = await createOrganisation(app);
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const before = await count('engagement');
      const response = await app.graphql(RECORD, {
        activityId: activity.id,
        records: [
          { kind: 'PARTICIPATED', organisationId: randomUUID() },
          { kind: 'PARTICIPATED', organisationId: organisation.id, contactId: randomUUID() },
          { kind: 'PARTICIPATED', groupId: 'not-an-id', participantCount: 2 },
          { kind: 'PARTICIPATED', organisationId: organisation.id },
          { kind: 'PARTICIPATED', contactId: organisation.id }, // an existing id, of another table
        ],
      });
      expect(errorOf(response)?.code).toBe('BAD_USER_INPUT');
      expect(paths(response)).toEqual(['records.0.organisationId', 'records.1.contactId', 'records.2.groupId', 'records.4.contactId']);
      expect(await count('engagement')).toBe(before);
    });

    it('answers NOT_FOUND for an unknown or malformed activityId', async () => {
      const group = await createGroup(app);
      for (const activityId of [randomUUID(), 'x']) {
        const response = await app.graphql(RECORD, { activityId, records: [{ kind: 'PARTICIPATED', groupId: group.id, participantCount: 1 }] });
        expect(errorOf(response)?.code).toBe('NOT_FOUND');
      }
    });

    it('refuses more than 1000 records in one call', async () => {
      const group = await createGroup(app);
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const records = Array.from({ length: 1001 }, () => ({ kind: 'PARTICIPATED', groupId: group.id, participantCount: 1 }));
      const response = await app.graphql(RECORD, { activityId: activity.id, records });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'records' }] });
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
