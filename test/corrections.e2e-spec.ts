import { graphql } from './graphql/generated/index.js';
import { TestApp, wrongType, type TokenClaims } from './support/test-app.js';
import { createOrganisation, createPolicyArea } from './support/factories.js';
import { createActivity, createConsultation, recordEngagements } from './support/engagement-factories.js';

const UPDATE_ACTIVITY = graphql(`
  mutation CorrectionsUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) {
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
const VOID = graphql(`
  mutation CorrectionsVoid($ids: [ID!]!, $reason: String!) {
    voidEngagements(ids: $ids, reason: $reason) {
      id
      voided
      voidReason
      voidedAt
      voidedBy
    }
  }
`);
const ENGAGEMENTS = graphql(`
  query CorrectionsEngagements($id: ID!) {
    activity(id: $id) {
      engagements {
        id
      }
      all: engagements(includeVoided: true) {
        id
        voided
        voidReason
        voidedAt
        voidedBy
      }
    }
  }
`);
const ARCHIVE = graphql(`
  mutation CorrectionsArchive($id: ID!, $version: Int!) {
    archiveOrganisation(id: $id, version: $version) {
      archived
      version
    }
  }
`);
const UNARCHIVE = graphql(`
  mutation CorrectionsUnarchive($id: ID!, $version: Int!) {
    unarchiveOrganisation(id: $id, version: $version) {
      id
      archived
      version
    }
  }
`);
const UPDATE_POLICY_AREA = graphql(`
  mutation CorrectionsUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {
    updatePolicyArea(id: $id, input: $input) {
      id
      code
      name
    }
  }
`);
const EVENTS = graphql(`
  query CorrectionsEvents($entityId: ID) {
    auditEvents(entityId: $entityId, first: 50) {
      nodes {
        actor
        action
        entityType
        changes {
          field
          from
          to
        }
      }
    }
  }
`);
const MERGE = graphql(`
  mutation CorrectionsMerge($t: ID!, $s: [ID!]!) {
    mergeOrganisations(targetId: $t, sourceIds: $s) {
      id
    }
  }
`);

const TEM_EDITOR: TokenClaims = { roles: ['EDITOR'], ministry: 'TEM', sub: 'tem-editor' };
const YM_EDITOR: TokenClaims = { roles: ['EDITOR'], ministry: 'YM' };
const VIEWER: TokenClaims = { roles: ['VIEWER'], ministry: 'TEM' };
const UNKNOWN_ID = '6e0c2d80-0000-4000-8000-000000000000';

type Response = { errors?: { message: string; extensions: { code: string; fields?: { path: string }[] } }[] };
const codeOf = (response: Response) => response.errors?.[0].extensions.code;
const pathsOf = (response: Response) => (response.errors?.[0].extensions.fields ?? []).map((field) => field.path).sort();

/** Corrections (issue 13, item 1) through the API: roles, the consultation's ministry, error codes and paths, the audit trail. */
describe('corrections', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const eventsOf = async (entityId: string) => (await app.ok(EVENTS, { entityId })).auditEvents.nodes;

  describe('updateActivity', () => {
    it("lets an EDITOR of the consultation's ministry correct the fields given, audited, with a new version; never its consultation", async () => {
      const consultation = await createConsultation(app, {}, TEM_EDITOR);
      const activity = await createActivity(app, consultation.id, { participantCount: 12 }, TEM_EDITOR);
      const data = await app.ok(
        UPDATE_ACTIVITY,
        { id: activity.id, version: 1, input: { title: '  Korjattu työpaja ', phase: 'STATEMENT_ROUND', date: '2026-04-02', participantCount: null } },
        TEM_EDITOR,
      );
      expect(data.updateActivity).toEqual({
        id: activity.id,
        title: 'Korjattu työpaja',
        method: 'WORKSHOP',
        mode: 'IN_PERSON',
        phase: 'STATEMENT_ROUND',
        date: '2026-04-02',
        participantCount: null,
        version: 2,
        consultation: { id: consultation.id },
      });
      const [event] = (await eventsOf(activity.id)).filter((candidate) => candidate.action === 'UPDATE');
      expect(event).toMatchObject({ actor: 'tem-editor', entityType: 'Activity' });
      expect(event.changes.map((change) => change.field)).toEqual(['title', 'phase', 'date', 'participantCount']);

      // UpdateActivityInput has no consultationId: the schema refuses the field.
      const moved = await app.graphql(UPDATE_ACTIVITY, { id: activity.id, version: 2, input: wrongType({ consultationId: consultation.id }) }, TEM_EDITOR);
      expect(moved.errors).toBeDefined();
    });

    it('is FORBIDDEN to an EDITOR of another ministry and to a VIEWER; NOT_FOUND for an unknown id; CONFLICT for a stale version', async () => {
      const activity = await createActivity(app, (await createConsultation(app, {}, TEM_EDITOR)).id, {}, TEM_EDITOR);
      const input = { title: 'Toisen ministeriön korjaus' };
      expect(codeOf(await app.graphql(UPDATE_ACTIVITY, { id: activity.id, version: 1, input }, YM_EDITOR))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(UPDATE_ACTIVITY, { id: activity.id, version: 1, input }, VIEWER))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(UPDATE_ACTIVITY, { id: UNKNOWN_ID, version: 1, input }, TEM_EDITOR))).toBe('NOT_FOUND');
      await app.ok(UPDATE_ACTIVITY, { id: activity.id, version: 1, input }, { roles: ['ADMIN'], ministry: 'YM' });
      expect(codeOf(await app.graphql(UPDATE_ACTIVITY, { id: activity.id, version: 1, input: { title: 'Vanha versio' } }, TEM_EDITOR))).toBe('CONFLICT');
    });

    it('validates as createActivity does: a blank title, a null method, a negative count are BAD_USER_INPUT at their paths', async () => {
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const response = await app.graphql(UPDATE_ACTIVITY, { id: activity.id, version: 1, input: { title: ' ', method: null, participantCount: -1 } });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(pathsOf(response)).toEqual(['method', 'participantCount', 'title']);
      const [row] = await app.sql<{ version: number }>('select version from activity where id = ?', [activity.id]);
      expect(row.version).toBe(1);
    });
  });

  describe('voidEngagements', () => {
    it('voids records of its ministry for an EDITOR, keeps them in the history with who, when and why, and audits it', async () => {
      const activity = await createActivity(app, (await createConsultation(app, {}, TEM_EDITOR)).id, {}, TEM_EDITOR);
      const [kept, mistaken] = await recordEngagements(
        app,
        activity.id,
        [
          { kind: 'PARTICIPATED', organisationId: (await createOrganisation(app)).id },
          { kind: 'PARTICIPATED', organisationId: (await createOrganisation(app)).id },
        ],
        TEM_EDITOR,
      );
      const data = await app.ok(VOID, { ids: [mistaken.id.toUpperCase()], reason: ' Väärä tilaisuus ' }, TEM_EDITOR);
      expect(data.voidEngagements).toEqual([
        {
          id: mistaken.id,
          voided: true,
          voidReason: 'Väärä tilaisuus',
          voidedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/) as string,
          voidedBy: 'tem-editor',
        },
      ]);
      const read = await app.ok(ENGAGEMENTS, { id: activity.id }, VIEWER);
      expect(read.activity?.engagements).toEqual([{ id: kept.id }]);
      // Recorded in one call, so in id order.
      expect(read.activity?.all.map((record) => [record.id, record.voided, record.voidReason])).toEqual(
        [
          [kept.id, false, null],
          [mistaken.id, true, 'Väärä tilaisuus'],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      const [event] = await eventsOf(mistaken.id).then((events) => events.filter((candidate) => candidate.action === 'UPDATE'));
      expect(event).toMatchObject({
        actor: 'tem-editor',
        entityType: 'Engagement',
        changes: [
          { field: 'voided', from: 'false', to: 'true' },
          { field: 'voidReason', from: null, to: JSON.stringify('Väärä tilaisuus') },
        ],
      });

      const again = await app.graphql(VOID, { ids: [kept.id, mistaken.id], reason: 'Uudelleen' }, TEM_EDITOR);
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(pathsOf(again)).toEqual(['ids.1']);
      expect((await app.sql('select id from engagement where id = ? and voided', [kept.id])).length).toBe(0);
    });

    it('is FORBIDDEN to an EDITOR of another ministry (for any record of the list) and to a VIEWER; a blank reason is BAD_USER_INPUT', async () => {
      const tem = await createActivity(app, (await createConsultation(app, {}, TEM_EDITOR)).id, {}, TEM_EDITOR);
      const ym = await createActivity(app, (await createConsultation(app, {}, YM_EDITOR)).id, {}, YM_EDITOR);
      const [temRecord] = await recordEngagements(app, tem.id, [{ kind: 'SUBMITTED', organisationId: (await createOrganisation(app)).id }], TEM_EDITOR);
      const [ymRecord] = await recordEngagements(app, ym.id, [{ kind: 'SUBMITTED', organisationId: (await createOrganisation(app)).id }], YM_EDITOR);
      expect(codeOf(await app.graphql(VOID, { ids: [ymRecord.id, temRecord.id], reason: 'Virhe' }, YM_EDITOR))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(VOID, { ids: [temRecord.id], reason: 'Virhe' }, VIEWER))).toBe('FORBIDDEN');
      const blank = await app.graphql(VOID, { ids: [temRecord.id], reason: '  ' }, TEM_EDITOR);
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(pathsOf(blank)).toEqual(['reason']);
      expect((await app.sql('select id from engagement where id in (?, ?) and voided', [temRecord.id, ymRecord.id])).length).toBe(0);
      await app.ok(VOID, { ids: [temRecord.id, ymRecord.id], reason: 'Virhe' }, { roles: ['ADMIN'], ministry: 'VM' });
    });
  });

  describe('unarchiveOrganisation', () => {
    it('brings an archived organisation back for an ADMIN, audited; FORBIDDEN to an EDITOR; CONFLICT for a stale version', async () => {
      const organisation = await createOrganisation(app);
      const archived = (await app.ok(ARCHIVE, { id: organisation.id, version: organisation.version })).archiveOrganisation;
      expect(codeOf(await app.graphql(UNARCHIVE, { id: organisation.id, version: archived.version }, TEM_EDITOR))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(UNARCHIVE, { id: organisation.id, version: organisation.version }))).toBe('CONFLICT');
      expect(codeOf(await app.graphql(UNARCHIVE, { id: UNKNOWN_ID, version: 1 }))).toBe('NOT_FOUND');
      const data = await app.ok(UNARCHIVE, { id: organisation.id, version: archived.version });
      expect(data.unarchiveOrganisation).toEqual({ id: organisation.id, archived: false, version: archived.version + 1 });
      const [event] = (await eventsOf(organisation.id)).filter((candidate) => candidate.action === 'UPDATE');
      expect(event.changes).toEqual([{ field: 'archived', from: 'true', to: 'false' }]);
    });

    it('refuses a merged organisation with CONFLICT naming the organisation it was merged into, writing nothing', async () => {
      const [target, source] = [await createOrganisation(app), await createOrganisation(app)];
      await app.ok(MERGE, { t: target.id, s: [source.id] });
      const [before] = await app.sql<{ version: number; archived: boolean }>('select version, archived from organisation where id = ?', [source.id]);
      const response = await app.graphql(UNARCHIVE, { id: source.id, version: before.version });
      expect(codeOf(response)).toBe('CONFLICT');
      expect(response.errors![0].message).toContain(`merged into organisation ${target.id}`);
      expect(await app.sql('select version, archived from organisation where id = ?', [source.id])).toEqual([before]);
      expect(before.archived).toBe(true);
    });
  });

  describe('updatePolicyArea', () => {
    it('corrects a policy area for an ADMIN, audited; FORBIDDEN to an EDITOR; NOT_FOUND for an unknown id', async () => {
      const area = await createPolicyArea(app);
      expect(codeOf(await app.graphql(UPDATE_POLICY_AREA, { id: area.id, input: { name: 'X' } }, TEM_EDITOR))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(UPDATE_POLICY_AREA, { id: UNKNOWN_ID, input: { name: 'X' } }))).toBe('NOT_FOUND');
      const data = await app.ok(UPDATE_POLICY_AREA, { id: area.id, input: { name: '  Työmarkkinat ' } });
      expect(data.updatePolicyArea).toEqual({ id: area.id, code: area.code, name: 'Työmarkkinat' });
      const [event] = (await eventsOf(area.id)).filter((candidate) => candidate.action === 'UPDATE');
      expect(event.changes).toEqual([{ field: 'name', from: JSON.stringify(area.name), to: JSON.stringify('Työmarkkinat') }]);
    });

    it('validates as creation does (code and name at their paths) and answers CONFLICT for a code another area holds', async () => {
      const [area, other] = [await createPolicyArea(app), await createPolicyArea(app)];
      const invalid = await app.graphql(UPDATE_POLICY_AREA, { id: area.id, input: { code: 'Ei Kelpaa', name: null } });
      expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
      expect(pathsOf(invalid)).toEqual(['code', 'name']);
      expect(codeOf(await app.graphql(UPDATE_POLICY_AREA, { id: area.id, input: { code: other.code } }))).toBe('CONFLICT');
      expect((await app.ok(UPDATE_POLICY_AREA, { id: area.id, input: { code: area.code } })).updatePolicyArea).toMatchObject({ code: area.code });
      expect(await app.sql('select code, name from policy_area where id = ?', [area.id])).toEqual([{ code: area.code, name: area.name }]);
    });
  });
});
