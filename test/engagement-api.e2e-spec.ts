import { graphql } from './graphql/generated/index.js';
import type { EngagementRecordInput } from './graphql/generated/graphql.js';
import { TestApp, type TokenClaims } from './support/test-app.js';
import { createGroup, createOrganisation, createPolicyArea } from './support/factories.js';
import { createActivity, createConsultation, type EngagementRecord, recordEngagements } from './support/engagement-factories.js';

const CREATE_CONSULTATION = graphql(`
  mutation EngagementApiCreateConsultation($input: CreateConsultationInput!) {
    createConsultation(input: $input) {
      ...EngagementApiConsultation
    }
  }
  fragment EngagementApiConsultation on Consultation {
    id
    title
    description
    ministry
    status
    currentPhase
    startsOn
    endsOn
    version
    policyAreas {
      code
    }
    targetGroups {
      name
    }
  }
`);
const UPDATE_CONSULTATION = graphql(`
  mutation EngagementApiUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {
    updateConsultation(id: $id, version: $version, input: $input) {
      ...EngagementApiConsultation
    }
  }
`);
const CREATE_ACTIVITY = graphql(`
  mutation EngagementApiCreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
      title
      method
      mode
      phase
      date
      participantCount
      version
      consultation {
        id
      }
    }
  }
`);
const RECORD = graphql(`
  mutation EngagementApiRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {
    recordEngagements(activityId: $activityId, records: $records) {
      id
      kind
      participantCount
      notes
      organisation {
        id
      }
      contact {
        id
      }
      group {
        id
      }
      activity {
        id
      }
    }
  }
`);

const TEM_EDITOR: TokenClaims = { roles: ['EDITOR'], ministry: 'TEM' };
const YM_EDITOR: TokenClaims = { roles: ['EDITOR'], ministry: 'YM' };

/**
 * Consultations, activities and engagements through the API: the roles (a VIEWER reads every ministry's and
 * changes nothing, an EDITOR of any ministry edits the shared register) and the validation of the arguments.
 * The rules of the services themselves, ministry scoping included, are service tests (engagement.test.ts).
 */
describe('consultations, activities and engagements through the API', () => {
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
        graphql(`
          query EngagementApiConsultation($id: ID!) {
            consultation(id: $id) {
              ...EngagementApiConsultation
            }
          }
        `),
        { id: data.createConsultation.id },
        { roles: ['VIEWER'], ministry: 'YM' },
      );
      expect(read.consultation).toEqual(data.createConsultation);
    });

    it('refuses an unknown ministry code and endsOn before startsOn, each with its path, writing nothing', async () => {
      const before = await count('consultation');
      const unknownCode = await app.graphql(CREATE_CONSULTATION, { input: { title: 'X', ministry: 'ABC', endsOn: '2026-01-01', startsOn: '2026-02-01' } });
      expect(errorOf(unknownCode)?.code).toBe('BAD_USER_INPUT');
      expect(paths(unknownCode)).toEqual(['endsOn', 'ministry']);
      expect(await count('consultation')).toBe(before);
    });
  });

  describe('roles', () => {
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
      const read = await app.ok(
        graphql(`
          query EngagementApiViewerRead($id: ID!) {
            consultation(id: $id) {
              ministry
              activities {
                id
              }
            }
          }
        `),
        { id: stm.id },
        viewer,
      );
      expect(read.consultation).toEqual({ ministry: 'STM', activities: [{ id: activity.id }] });
    });

    it('lets an EDITOR of any ministry edit the shared register', async () => {
      await app.ok(
        graphql(`
          mutation EngagementApiSharedRegister {
            createOrganisation(input: { name: "Jaettu rekisteri ry", type: ASSOCIATION }) {
              id
            }
          }
        `),
        {},
        YM_EDITOR,
      );
    });
  });

  describe('activities', () => {
    it('refuses a negative participantCount and an empty title with their paths', async () => {
      const consultation = await createConsultation(app);
      const negative = await app.graphql(CREATE_ACTIVITY, {
        input: { consultationId: consultation.id, title: '', method: 'MEETING', mode: 'VIRTUAL', phase: 'DRAFTING', date: '2026-03-01', participantCount: -1 },
      });
      expect(paths(negative)).toEqual(['participantCount', 'title']);
    });
  });

  describe('engagement history', () => {
    it('writes none of a batch whose record 3 is invalid, and lists every invalid record at once', async () => {
      const organisation = await createOrganisation(app);
      const group = await createGroup(app);
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const before = await count('engagement');
      const records: EngagementRecord[] = [
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
      expect(await recordEngagements(app, activity.id, records)).toHaveLength(5);
      expect(await count('engagement')).toBe(before + 5);
    });

    it('refuses more than 1000 records in one call', async () => {
      const group = await createGroup(app);
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const records = Array.from({ length: 1001 }, (): EngagementRecordInput => ({ kind: 'PARTICIPATED', groupId: group.id, participantCount: 1 }));
      const response = await app.graphql(RECORD, { activityId: activity.id, records });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'records' }] });
    });
  });
});
