import { CoverageService } from '@sidos/coverage';
import { FeedbackService, RecordFeedbackArgs } from '@sidos/facilitation';
import { RegisterLoaders } from '@sidos/register';
import { TestServices } from './support/test-services.js';
import {
  addMembers,
  asInput,
  coverageWindow,
  createActivity,
  createActivityWith,
  createConsultation,
  createGroup,
  createOrganisation,
  createPolicyArea,
  recordFeedback,
  viewer,
} from './support/service-factories.js';
import { activityFeedback, consultationFeedback, feedbackComments } from './support/service-reads.js';

interface MethodFeedbackRow {
  phase: string;
  method: string;
  activities: number;
  hardToReachGroupsHeard: number;
  feedback: { responses: number; averageRating: number | null; ratingCounts: number[]; wouldTakePartAgainRatio: number | null };
}

/** Participant feedback: what is stored, the summaries PostgreSQL computes, validation, and methodFeedback's folding (service tier). */
describe('feedback', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** recordFeedback's error (the test fails if it succeeds). */
  const refusal = async (activityId: string, responses: object[]): Promise<{ code: string; fields?: { path: string; message: string }[] }> => {
    try {
      const args = await asInput(RecordFeedbackArgs, { activityId, responses });
      await app.mutate(() => app.get(FeedbackService).record(viewer(), args));
    } catch (error) {
      return error as { code: string; fields?: { path: string; message: string }[] };
    }
    throw new Error('expected recordFeedback to fail');
  };
  const methodFeedback = async (window: Record<string, unknown>): Promise<MethodFeedbackRow[]> => {
    const asked = await coverageWindow(window);
    return app.run(() => app.get(FeedbackService).methodFeedback(asked));
  };

  describe('recording and summaries', () => {
    it('summarises: count, mean, five rating counts, and yes / (yes + no) over those who answered', async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      const summary = await recordFeedback(app, activity.id, [
        { rating: 5, wouldTakePartAgain: true },
        { rating: 4, wouldTakePartAgain: true },
        { rating: 4, wouldTakePartAgain: false },
        { rating: 1 },
        { rating: 5, wouldTakePartAgain: null },
      ]);
      expect(summary).toEqual({ responses: 5, averageRating: 3.8, ratingCounts: [1, 0, 0, 2, 2], wouldTakePartAgainRatio: 2 / 3 });
      const again = await recordFeedback(app, activity.id, [{ rating: 2 }]);
      expect(again).toEqual({ responses: 6, averageRating: 21 / 6, ratingCounts: [1, 1, 0, 2, 2], wouldTakePartAgainRatio: 2 / 3 });
      expect(await activityFeedback(app, activity.id)).toEqual(again);
    });

    it('answers an empty summary for an activity without responses, and null ratio when nobody answered it', async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      expect(await activityFeedback(app, activity.id)).toEqual({
        responses: 0,
        averageRating: null,
        ratingCounts: [0, 0, 0, 0, 0],
        wouldTakePartAgainRatio: null,
      });
      expect(await recordFeedback(app, activity.id, [{ rating: 3 }])).toEqual({
        responses: 1,
        averageRating: 3,
        ratingCounts: [0, 0, 1, 0, 0],
        wouldTakePartAgainRatio: null,
      });
    });

    it('keeps comments trimmed, an empty one as none, in the order recorded, with the respondent group', async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      const group = await createGroup(app, { name: 'Palautteen ryhmä' });
      await recordFeedback(app, activity.id, [{ rating: 4, comment: '  Hyvä alustus  ', groupId: group.id }, { rating: 2, comment: '   ' }, { rating: 5 }]);
      await recordFeedback(app, activity.id, [
        { rating: 3, comment: 'Liian lyhyt' },
        { rating: 1, comment: 'Äänentoisto pätki' },
      ]);
      const comments = await feedbackComments(app, activity.id);
      const groupName = async (groupId: string | null) =>
        groupId ? ((await app.load(RegisterLoaders, (loaders, request) => loaders.group(request), groupId))?.name ?? null) : null;
      expect(await Promise.all(comments.map(async (row) => [row.rating, row.comment, await groupName(row.groupId)]))).toEqual([
        [4, 'Hyvä alustus', 'Palautteen ryhmä'],
        [3, 'Liian lyhyt', null],
        [1, 'Äänentoisto pätki', null],
      ]);
      const stored = await app.sql<{ comment: string | null }>(`select "comment" from "feedback_response" where "activity_id" = ? order by "id"`, [
        activity.id,
      ]);
      expect(stored.map((row) => row.comment)).toEqual(['Hyvä alustus', null, null, 'Liian lyhyt', 'Äänentoisto pätki']);
    });

    it('lists every bad field at once and writes none of the responses', async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      const refused = await refusal(activity.id, [
        { rating: 5 },
        { rating: 0 },
        { rating: 6, comment: 'x'.repeat(2001) },
        { rating: 3, groupId: '00000000-0000-4000-8000-000000000000' },
        { rating: 3, comment: `  ${'y'.repeat(2000)}  ` },
      ]);
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.fields?.map((field) => field.path).sort()).toEqual([
        'responses.1.rating',
        'responses.2.comment',
        'responses.2.rating',
        'responses.3.groupId',
      ]);
      expect(await app.sql(`select 1 from "feedback_response" where "activity_id" = ?`, [activity.id])).toEqual([]);
    });

    it('takes 1..5000 responses in one call', async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      const none = await refusal(activity.id, []);
      expect(none.fields).toEqual([{ path: 'responses', message: expect.any(String) }]);
      const tooMany = await refusal(
        activity.id,
        Array.from({ length: 5001 }, () => ({ rating: 3 })),
      );
      expect(tooMany.fields?.[0].path).toBe('responses');
      const ratings = Array.from({ length: 5000 }, (_value, index) => ({ rating: (index % 5) + 1 }));
      expect((await recordFeedback(app, activity.id, ratings)).ratingCounts).toEqual([1000, 1000, 1000, 1000, 1000]);
    });

    it('is anonymous: no response names a contact', async () => {
      const columns = await app.sql<{ column_name: string }>(
        `select column_name from information_schema.columns where table_name = 'feedback_response' order by ordinal_position`,
      );
      expect(columns.map((column) => column.column_name)).toEqual([
        'id',
        'activity_id',
        'rating',
        'would_take_part_again',
        'comment',
        'group_id',
        'created_at',
      ]);
    });

    it('writes one audit event per call with the number of responses, not their text', async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      await recordFeedback(app, activity.id, [{ rating: 4, comment: 'Matti Meikäläinen puhui hyvin' }, { rating: 5 }]);
      const events = await app.sql<{ action: string; changes: unknown }>(
        `select "action", "changes" from "audit_event" where "entity_id" = ? and "entity_type" = 'FeedbackResponses'`,
        [activity.id],
      );
      expect(events).toEqual([{ action: 'CREATE', changes: [{ field: 'responses', from: null, to: '2' }] }]);
    });

    it('sums a consultation over all its activities', async () => {
      const consultation = await createConsultation(app);
      const [a, b] = [await createActivity(app, consultation.id), await createActivity(app, consultation.id)];
      await createActivity(app, consultation.id);
      await recordFeedback(app, a.id, [{ rating: 5, wouldTakePartAgain: true }, { rating: 3 }]);
      await recordFeedback(app, b.id, [{ rating: 1, wouldTakePartAgain: false }]);
      expect(await consultationFeedback(app, consultation.id)).toEqual({
        responses: 3,
        averageRating: 3,
        ratingCounts: [1, 0, 1, 0, 1],
        wouldTakePartAgainRatio: 0.5,
      });
      const empty = await createConsultation(app);
      expect((await consultationFeedback(app, empty.id)).ratingCounts).toEqual([0, 0, 0, 0, 0]);
    });
  });

  describe('methodFeedback', () => {
    // Its own year and ministry (VM), so that other scenarios' activities stay outside the window.
    const window = { from: '2031-01-01', to: '2031-12-31', ministry: 'VM' };
    let rows: MethodFeedbackRow[];
    let youth: { id: string };
    let elderly: { id: string };
    let area: { id: string };

    beforeAll(async () => {
      youth = await createGroup(app, { name: 'Nuoret (palaute)', hardToReach: true });
      elderly = await createGroup(app, { name: 'Ikääntyneet (palaute)', hardToReach: true });
      const employers = await createGroup(app, { name: 'Työnantajat (palaute)' });
      const youthCouncil = await createOrganisation(app, { name: 'Nuorisovaltuusto (palaute)' });
      const federation = await createOrganisation(app, { name: 'Työnantajaliitto (palaute)' });
      await addMembers(app, youth.id, { organisationIds: [youthCouncil.id] });
      await addMembers(app, employers.id, { organisationIds: [federation.id] });
      area = await createPolicyArea(app);

      const vm = await createConsultation(app, { ministry: 'VM', policyAreaIds: [area.id] });
      const other = await createConsultation(app, { ministry: 'STM' });
      const make = (consultationId: string, activity: Record<string, unknown>, records: Parameters<typeof createActivityWith>[3] = []) =>
        createActivityWith(app, consultationId, { mode: 'IN_PERSON', ...activity }, records);

      // INITIATION dialogues: youth heard through a member organisation (twice: one group), elderly as a group-only record.
      const dialogue1 = await make(vm.id, { method: 'DIALOGUE', phase: 'INITIATION', date: '2031-02-01' }, [
        { kind: 'PARTICIPATED', organisationId: youthCouncil.id },
      ]);
      const dialogue2 = await make(vm.id, { method: 'DIALOGUE', phase: 'INITIATION', date: '2031-02-15' }, [
        { kind: 'SUBMITTED', organisationId: youthCouncil.id },
        { kind: 'PARTICIPATED', groupId: elderly.id, participantCount: 3 },
      ]);
      // INITIATION workshop: youth only invited (not heard), employers heard (not hard to reach).
      const workshop = await make(vm.id, { method: 'WORKSHOP', phase: 'INITIATION', date: '2031-03-01' }, [
        { kind: 'INVITED', organisationId: youthCouncil.id },
        { kind: 'PARTICIPATED', organisationId: federation.id },
      ]);
      // DRAFTING webinar, no records; a DIALOGUE of DRAFTING after it in phase order.
      const webinar = await make(vm.id, { method: 'WEBINAR', phase: 'DRAFTING', date: '2031-04-01' });
      await make(vm.id, { method: 'DIALOGUE', phase: 'DRAFTING', date: '2031-12-31' }, [{ kind: 'PARTICIPATED', groupId: youth.id, participantCount: 1 }]);
      // Outside: the day before the window, another ministry.
      const before = await make(vm.id, { method: 'HEARING', phase: 'INITIATION', date: '2030-12-31' }, [
        { kind: 'PARTICIPATED', groupId: youth.id, participantCount: 5 },
      ]);
      const elsewhere = await make(other.id, { method: 'SURVEY', phase: 'INITIATION', date: '2031-05-01' });

      await recordFeedback(app, dialogue1.id, [{ rating: 5, wouldTakePartAgain: true }, { rating: 4 }]);
      await recordFeedback(app, dialogue2.id, [{ rating: 5 }, { rating: 5, wouldTakePartAgain: false }]);
      await recordFeedback(app, workshop.id, [{ rating: 3 }]);
      await recordFeedback(app, webinar.id, [{ rating: 2, wouldTakePartAgain: true }, { rating: 3 }]);
      await recordFeedback(app, before.id, [{ rating: 1 }]);
      await recordFeedback(app, elsewhere.id, [{ rating: 1 }]);
      rows = await methodFeedback(window);
    });

    it('has one row per (phase, method) with an activity in the window, in phase order, then method in enum order', () => {
      expect(rows.map((row) => [row.phase, row.method, row.activities])).toEqual([
        ['INITIATION', 'DIALOGUE', 2],
        ['INITIATION', 'WORKSHOP', 1],
        ['DRAFTING', 'DIALOGUE', 1],
        ['DRAFTING', 'WEBINAR', 1],
      ]);
    });

    it('summarises all responses to the activities of each row', () => {
      expect(rows[0].feedback).toEqual({ responses: 4, averageRating: 4.75, ratingCounts: [0, 0, 0, 1, 3], wouldTakePartAgainRatio: 0.5 });
      expect(rows[1].feedback).toEqual({ responses: 1, averageRating: 3, ratingCounts: [0, 0, 1, 0, 0], wouldTakePartAgainRatio: null });
      expect(rows[2].feedback).toEqual({ responses: 0, averageRating: null, ratingCounts: [0, 0, 0, 0, 0], wouldTakePartAgainRatio: null });
      expect(rows[3].feedback).toEqual({ responses: 2, averageRating: 2.5, ratingCounts: [0, 1, 1, 0, 0], wouldTakePartAgainRatio: 1 });
    });

    it('counts the distinct hard-to-reach groups heard in those activities as coverage does (members on the date, group records; not invitations, not other groups)', () => {
      expect(rows.map((row) => row.hardToReachGroupsHeard)).toEqual([2, 0, 1, 0]);
    });

    it('counts a member only on the days its membership covers, as coverage does', async () => {
      const group = await createGroup(app, { name: 'Saamelaiset (palaute)', hardToReach: true });
      const association = await createOrganisation(app, { name: 'Saamelaisyhdistys (palaute)' });
      await addMembers(app, group.id, { organisationIds: [association.id] }, '2034-06-01');
      const consultation = await createConsultation(app, { ministry: 'OM' });
      await createActivityWith(app, consultation.id, { method: 'HEARING', phase: 'INITIATION', date: '2034-03-01' }, [
        { kind: 'PARTICIPATED', organisationId: association.id },
      ]);
      await createActivityWith(app, consultation.id, { method: 'HEARING', phase: 'DRAFTING', date: '2034-07-01' }, [
        { kind: 'PARTICIPATED', organisationId: association.id },
      ]);
      const omWindow = { from: '2034-01-01', to: '2034-12-31', ministry: 'OM' };
      const result = await methodFeedback(omWindow);
      expect(result.map((row) => [row.phase, row.method, row.hardToReachGroupsHeard])).toEqual([
        ['INITIATION', 'HEARING', 0],
        ['DRAFTING', 'HEARING', 1],
      ]);
      const asked = await coverageWindow(omWindow);
      const matrix = await app.run(() => app.get(CoverageService).coverageMatrix(asked));
      expect(matrix.cells.map(({ groupId, heard, phasesHeard }) => ({ groupId, heard, phasesHeard }))).toEqual([
        { groupId: group.id, heard: 1, phasesHeard: ['DRAFTING'] },
      ]);
    });

    it("keeps to the window's ministry and policy areas; hardToReachOnly has no effect", async () => {
      const query = async (extra: Record<string, unknown>) => methodFeedback({ ...window, ...extra });
      expect(await query({ hardToReachOnly: true })).toEqual(rows);
      expect(await query({ policyAreaIds: [area.id] })).toEqual(rows);
      expect(await query({ policyAreaIds: ['00000000-0000-4000-8000-000000000000'] })).toEqual([]);
      const stm = await query({ ministry: 'STM' });
      expect(stm.map((row) => [row.phase, row.method, row.activities, row.feedback.responses])).toEqual([['INITIATION', 'SURVEY', 1, 1]]);
      const wider = await query({ from: '2030-12-31' });
      expect(wider.map((row) => [row.phase, row.method])).toContainEqual(['INITIATION', 'HEARING']);
      expect(wider.find((row) => row.method === 'HEARING')?.hardToReachGroupsHeard).toBe(1);
    });
  });
});
