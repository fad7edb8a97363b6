import { finnishToday } from '@sidos/common';
import { CoverageService } from '@sidos/coverage';
import { AddGroupMembersArgs, RegisterLoaders, RemoveGroupMembersArgs, StakeholderGroupService } from '@sidos/register';
import { OrganisationMergeService } from '@sidos/upkeep';
import { TestServices } from './support/test-services.js';
import {
  addMembers,
  asInput,
  coverageWindow,
  createActivityWith,
  createConsultation,
  createContact,
  createGroup,
  createOrganisation,
  viewer,
} from './support/service-factories.js';
import { auditEventsOf } from './support/service-reads.js';

/** A date `days` after `date` ("YYYY-MM-DD"). */
function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

interface Period {
  since: string | null;
  until: string | null;
}

/**
 * Contract 1.1, dated group memberships: the periods written, and coverage by each activity's date (service
 * tier; memberships-api.e2e-spec.ts has the malformed date that the Date scalar refuses).
 */
describe('dated group memberships', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** addGroupMembers; answers the group's memberCount. */
  const add = async (g: string, members: { o?: string[]; c?: string[] }, since?: string | null) => {
    const args = await asInput(AddGroupMembersArgs, { groupId: g, organisationIds: members.o, contactIds: members.c, since });
    const group = await app.mutate(() => app.get(StakeholderGroupService).addMembers(viewer(), args));
    return { id: group.id, memberCount: await app.load(RegisterLoaders, (loaders, request) => loaders.memberCount(request), group.id) };
  };
  /** removeGroupMembers; answers the group's memberCount. */
  const remove = async (g: string, members: { o?: string[]; c?: string[] }, until?: string | null) => {
    const args = await asInput(RemoveGroupMembersArgs, { groupId: g, organisationIds: members.o, contactIds: members.c, until });
    const group = await app.mutate(() => app.get(StakeholderGroupService).removeMembers(viewer(), args));
    return { id: group.id, memberCount: await app.load(RegisterLoaders, (loaders, request) => loaders.memberCount(request), group.id) };
  };
  /** The error a call fails with (the test fails if it succeeds). */
  const errorOf = async (call: Promise<unknown>): Promise<{ code: string; fields?: { path: string; message: string }[] }> => {
    try {
      await call;
    } catch (error) {
      return error as { code: string; fields?: { path: string; message: string }[] };
    }
    throw new Error('expected the call to fail');
  };
  /** The periods of a member in a group, as stored, oldest first. */
  const periods = async (groupId: string, memberId: string): Promise<Period[]> =>
    app.sql<Period>(
      `select "since"::text as "since", "until"::text as "until" from (
         select "group_id", "organisation_id" as "member_id", "since", "until" from "group_organisation"
         union all select "group_id", "contact_id", "since", "until" from "group_contact"
       ) m where "group_id" = ? and "member_id" = ? order by "since" nulls first`,
      [groupId, memberId],
    );
  /** consultationCoverage: the fields the tests compare. */
  const coverage = async (id: string) => {
    const answer = await app.run(() => app.get(CoverageService).consultationCoverage(id));
    return {
      groups: answer.groups.map(({ group, invited, heard, reached, phasesHeard, firstHeardOn }) => ({
        group: { id: group.id },
        invited,
        heard,
        reached,
        phasesHeard,
        firstHeardOn,
      })),
      coverageRatio: answer.coverageRatio,
      earlyReachRatio: answer.earlyReachRatio,
    };
  };
  /** coverageMatrix and unheardGroups of one window: the fields the tests compare. */
  const windowed = async (from: string, to: string) => {
    const window = await coverageWindow({ from, to });
    const matrix = await app.run(() => app.get(CoverageService).coverageMatrix(window));
    const unheard = await app.run(() => app.get(CoverageService).unheardGroups(window));
    return {
      coverageMatrix: {
        consultations: matrix.consultations.map((consultation) => ({ id: consultation.id })),
        cells: matrix.cells.map(({ consultationId, groupId, heard }) => ({ consultationId, groupId, heard })),
      },
      unheardGroups: unheard.map((group) => ({ id: group.id })),
    };
  };
  const rowOf = (result: { groups: { group: { id: string } }[] }, groupId: string) => result.groups.find((row) => row.group.id === groupId);
  const eventsOf = async (id: string) => (await auditEventsOf(app, id)).map(({ action, changes }) => ({ action, changes }));

  describe('adding', () => {
    it('starts a period from `since`, or from before the history without it', async () => {
      const group = await createGroup(app);
      const [a, b] = [await createOrganisation(app), await createOrganisation(app)];
      const contact = await createContact(app);
      await add(group.id, { o: [a.id] });
      await add(group.id, { o: [b.id], c: [contact.id] }, '2025-03-01');
      expect(await periods(group.id, a.id)).toEqual([{ since: null, until: null }]);
      expect(await periods(group.id, b.id)).toEqual([{ since: '2025-03-01', until: null }]);
      expect(await periods(group.id, contact.id)).toEqual([{ since: '2025-03-01', until: null }]);
    });

    it('never makes periods overlap: a member with a period covering `since` or starting after it is left as it is', async () => {
      const group = await createGroup(app);
      const [current, dated, ended] = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app)];
      await add(group.id, { o: [current.id] });
      await add(group.id, { o: [dated.id] }, '2025-03-01');
      await add(group.id, { o: [ended.id] }, '2024-01-01');
      await remove(group.id, { o: [ended.id] }, '2024-06-01');

      await add(group.id, { o: [current.id] }, '2020-01-01'); // covered by the open period
      await add(group.id, { o: [dated.id] }, '2024-01-01'); // a period starts after it
      await add(group.id, { o: [dated.id] }); // from before the history: the period starts after it
      await add(group.id, { o: [ended.id] }, '2024-03-01'); // covered by the ended period
      await add(group.id, { o: [ended.id] }, '2023-01-01'); // the ended period starts after it
      expect(await periods(group.id, current.id)).toEqual([{ since: null, until: null }]);
      expect(await periods(group.id, dated.id)).toEqual([{ since: '2025-03-01', until: null }]);
      expect(await periods(group.id, ended.id)).toEqual([{ since: '2024-01-01', until: '2024-06-01' }]);

      await add(group.id, { o: [ended.id] }, '2024-06-01'); // rejoins the day its period ended
      expect(await periods(group.id, ended.id)).toEqual([
        { since: '2024-01-01', until: '2024-06-01' },
        { since: '2024-06-01', until: null },
      ]);
    });

    it('writes no overlapping periods under concurrent calls for one group', async () => {
      const group = await createGroup(app);
      const organisation = await createOrganisation(app);
      const sinces = [null, '2025-01-01', '2024-01-01', null, '2026-01-01', '2023-05-05', null, '2025-06-01'];
      const results = await Promise.allSettled(sinces.map((since) => add(group.id, { o: [organisation.id] }, since)));
      expect(results.map((result) => (result.status === 'rejected' ? result.reason : undefined))).toEqual(sinces.map(() => undefined));
      expect(await periods(group.id, organisation.id)).toHaveLength(1);
    });
  });

  describe('removing', () => {
    it('ends the period covering `until` (today in Finnish time by default), and leaves members without one as they are', async () => {
      const group = await createGroup(app);
      const [member, corrected, outsider] = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app)];
      const contact = await createContact(app);
      await add(group.id, { o: [member.id, corrected.id], c: [contact.id] });
      const result = await remove(group.id, { o: [member.id, outsider.id], c: [contact.id] });
      expect(result.memberCount).toBe(1);
      expect(await periods(group.id, member.id)).toEqual([{ since: null, until: finnishToday() }]);
      expect(await periods(group.id, contact.id)).toEqual([{ since: null, until: finnishToday() }]);
      expect(await periods(group.id, outsider.id)).toEqual([]);

      await remove(group.id, { o: [corrected.id] }, '2025-01-01'); // a correction of the record
      expect(await periods(group.id, corrected.id)).toEqual([{ since: null, until: '2025-01-01' }]);
      await remove(group.id, { o: [corrected.id] }, '2024-01-01'); // an earlier end still: the period covers it
      expect(await periods(group.id, corrected.id)).toEqual([{ since: null, until: '2024-01-01' }]);
      await remove(group.id, { o: [corrected.id] }, '2026-01-01'); // no period covers it: nothing changes
      expect(await periods(group.id, corrected.id)).toEqual([{ since: null, until: '2024-01-01' }]);
    });

    it('deletes a period starting on or after `until`: it never held', async () => {
      const group = await createGroup(app);
      const [future, later, today] = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app)];
      await add(group.id, { o: [future.id] }, addDays(finnishToday(), 10));
      await add(group.id, { o: [later.id] }, '2020-01-01');
      await add(group.id, { o: [today.id] }, finnishToday());
      await remove(group.id, { o: [future.id, today.id] });
      await remove(group.id, { o: [later.id] }, '2019-06-01');
      expect(await periods(group.id, future.id)).toEqual([]);
      expect(await periods(group.id, today.id)).toEqual([]);
      expect(await periods(group.id, later.id)).toEqual([]);
    });

    it('ends one period and deletes the later ones of the same member in one call', async () => {
      const group = await createGroup(app);
      const organisation = await createOrganisation(app);
      await add(group.id, { o: [organisation.id] }, '2020-01-01');
      await remove(group.id, { o: [organisation.id] }, '2021-01-01');
      await add(group.id, { o: [organisation.id] }, '2022-01-01');
      await remove(group.id, { o: [organisation.id] }, '2020-06-01');
      expect(await periods(group.id, organisation.id)).toEqual([{ since: '2020-01-01', until: '2020-06-01' }]);
    });
  });

  describe('refusals', () => {
    it('refuses unknown members of add and remove with BAD_USER_INPUT at their paths, and writes nothing', async () => {
      const group = await createGroup(app);
      const organisation = await createOrganisation(app);
      await add(group.id, { o: [organisation.id] });
      const eventsBefore = (await eventsOf(group.id)).length;
      const unknown = '4d7e3a0b-2222-4c1d-8e2f-000000000000';

      const removal = await errorOf(remove(group.id, { o: [organisation.id], c: [unknown] }, '2025-01-01'));
      expect(removal.code).toBe('BAD_USER_INPUT');
      expect(removal.fields!.map((field) => field.path)).toEqual(['contactIds.0']);
      const addition = await errorOf(add(group.id, { o: [organisation.id, 'bad'] }, '2020-01-01'));
      expect(addition.fields!.map((field) => field.path)).toEqual(['organisationIds.1']);

      expect(await periods(group.id, organisation.id)).toEqual([{ since: null, until: null }]);
      expect(await eventsOf(group.id)).toHaveLength(eventsBefore);
    });
  });

  it('records the periods in the audit trail', async () => {
    const group = await createGroup(app);
    const organisation = await createOrganisation(app);
    const contact = await createContact(app);
    await add(group.id, { o: [organisation.id], c: [contact.id] }, '2024-02-01');
    await remove(group.id, { o: [organisation.id] }, '2025-03-01');
    const [removed, added] = await eventsOf(group.id);
    expect(added.changes).toEqual([
      { field: 'organisationIdsAdded', from: null, to: JSON.stringify([{ id: organisation.id, since: '2024-02-01' }]) },
      { field: 'contactIdsAdded', from: null, to: JSON.stringify([{ id: contact.id, since: '2024-02-01' }]) },
    ]);
    expect(removed.changes).toEqual([
      {
        field: 'organisationIdsRemoved',
        from: JSON.stringify([{ id: organisation.id, since: '2024-02-01' }]),
        to: JSON.stringify([{ id: organisation.id, until: '2025-03-01' }]),
      },
    ]);
    const eventCount = (await eventsOf(group.id)).length;
    await add(group.id, { o: [organisation.id] }, '2024-06-01'); // changes nothing, records nothing
    expect(await eventsOf(group.id)).toHaveLength(eventCount);
  });

  describe('coverage by activity date', () => {
    it("keeps last year's coverage when a member leaves today (0.667), and changes it for a past `until` (0.5)", async () => {
      const groups = [];
      for (let index = 0; index < 6; index += 1) groups.push(await createGroup(app));
      const members = [];
      for (let index = 0; index < 4; index += 1) {
        const organisation = await createOrganisation(app);
        await addMembers(app, groups[index].id, { organisationIds: [organisation.id] });
        members.push(organisation);
      }
      const lastYear = `${Number(finnishToday().slice(0, 4)) - 1}-05-15`;
      const consultation = await createConsultation(app, { targetGroupIds: groups.map((group) => group.id) });
      await createActivityWith(
        app,
        consultation.id,
        { date: lastYear, phase: 'DRAFTING' },
        members.map((organisation) => ({ kind: 'PARTICIPATED' as const, organisationId: organisation.id })),
      );
      expect((await coverage(consultation.id)).coverageRatio).toBeCloseTo(4 / 6, 10);

      await remove(groups[3].id, { o: [members[3].id] }); // leaves today
      const afterLeaving = await coverage(consultation.id);
      expect(afterLeaving.coverageRatio).toBeCloseTo(4 / 6, 10);
      expect(rowOf(afterLeaving, groups[3].id)).toMatchObject({ heard: 1, reached: true, firstHeardOn: lastYear });
      const memberships = await app.load(RegisterLoaders, (loaders, request) => loaders.membershipsOfGroup(request, true), groups[3].id);
      expect(
        memberships.map(({ organisationId, contactId, since, until }) => ({
          organisation: organisationId ? { id: organisationId } : null,
          contact: contactId ? { id: contactId } : null,
          since,
          until,
        })),
      ).toEqual([{ organisation: { id: members[3].id }, contact: null, since: null, until: finnishToday() }]);

      await remove(groups[3].id, { o: [members[3].id] }, `${lastYear.slice(0, 4)}-01-01`); // the record corrected: it left before
      const corrected = await coverage(consultation.id);
      expect(corrected.coverageRatio).toBe(0.5);
      expect(rowOf(corrected, groups[3].id)).toMatchObject({ heard: 0, reached: false, firstHeardOn: null });
    });

    it('counts an organisation and a contact only on the days they were members, and the parties of a record naming the group on any day', async () => {
      const group = await createGroup(app);
      const [joined, left, speaker] = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app)];
      const [contactLeft, contactJoined] = [await createContact(app), await createContact(app)];
      await add(group.id, { o: [joined.id], c: [contactJoined.id] }, '2026-04-01');
      await add(group.id, { o: [left.id], c: [contactLeft.id] }, '2025-01-01');
      await remove(group.id, { o: [left.id], c: [contactLeft.id] }, '2026-04-01');
      const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
      const heardBy = (ids: { organisationId?: string; contactId?: string }[]) => ids.map((id) => ({ kind: 'PARTICIPATED' as const, ...id }));
      const everyone = [{ organisationId: joined.id }, { organisationId: left.id }, { contactId: contactLeft.id }, { contactId: contactJoined.id }];
      await createActivityWith(app, consultation.id, { date: '2026-03-31', phase: 'INITIATION' }, heardBy(everyone));
      await createActivityWith(app, consultation.id, { date: '2026-04-01', phase: 'DRAFTING' }, [
        { kind: 'INVITED', organisationId: joined.id },
        { kind: 'INVITED', organisationId: left.id },
      ]);
      expect(rowOf(await coverage(consultation.id), group.id)).toMatchObject({
        invited: 1, // joined, on 2026-04-01; left had left that day
        heard: 2, // left and contactLeft, on 2026-03-31
        phasesHeard: ['INITIATION'],
        firstHeardOn: '2026-03-31',
      });

      await createActivityWith(app, consultation.id, { date: '2026-04-02', phase: 'STATEMENT_ROUND' }, [
        ...heardBy([{ organisationId: joined.id }, { contactId: contactJoined.id }]),
        { kind: 'SUBMITTED', organisationId: speaker.id, contactId: contactLeft.id, groupId: group.id },
        { kind: 'SUBMITTED', organisationId: left.id },
      ]);
      expect(rowOf(await coverage(consultation.id), group.id)).toMatchObject({
        invited: 1,
        heard: 5, // + joined, contactJoined, and speaker (named the group); contactLeft counted once; left's own record after leaving adds nothing
        phasesHeard: ['INITIATION', 'STATEMENT_ROUND'],
        firstHeardOn: '2026-03-31',
      });
    });

    it('honours the dates in unheardGroups and coverageMatrix', async () => {
      const [organisationGroup, contactGroup] = [await createGroup(app, { hardToReach: true }), await createGroup(app, { hardToReach: true })];
      const organisation = await createOrganisation(app);
      const contact = await createContact(app);
      await add(organisationGroup.id, { o: [organisation.id] }, '2031-05-01');
      await add(contactGroup.id, { c: [contact.id] }, '2030-01-01');
      await remove(contactGroup.id, { c: [contact.id] }, '2031-05-01');
      const [spring, summer] = [await createConsultation(app), await createConsultation(app)];
      await createActivityWith(app, spring.id, { date: '2031-03-01' }, [{ kind: 'PARTICIPATED', organisationId: organisation.id, contactId: contact.id }]);
      await createActivityWith(app, summer.id, { date: '2031-06-01' }, [{ kind: 'PARTICIPATED', organisationId: organisation.id, contactId: contact.id }]);

      const ours = (result: Awaited<ReturnType<typeof windowed>>) => ({
        cells: result.coverageMatrix.cells.filter((cell) => [organisationGroup.id, contactGroup.id].includes(cell.groupId)),
        unheard: result.unheardGroups.map((group) => group.id).filter((id) => [organisationGroup.id, contactGroup.id].includes(id)),
      });
      const wholeYear = ours(await windowed('2031-01-01', '2031-12-31'));
      expect(wholeYear.unheard).toEqual([]);
      expect(wholeYear.cells).toHaveLength(2);
      expect(wholeYear.cells).toEqual(
        expect.arrayContaining([
          { consultationId: spring.id, groupId: contactGroup.id, heard: 1 },
          { consultationId: summer.id, groupId: organisationGroup.id, heard: 1 },
        ]),
      );
      expect(ours(await windowed('2031-01-01', '2031-04-30'))).toEqual({
        cells: [{ consultationId: spring.id, groupId: contactGroup.id, heard: 1 }],
        unheard: [organisationGroup.id],
      });
      expect(ours(await windowed('2031-05-01', '2031-12-31'))).toEqual({
        cells: [{ consultationId: summer.id, groupId: organisationGroup.id, heard: 1 }],
        unheard: [contactGroup.id],
      });
    });
  });

  describe('merges', () => {
    it('keeps coverage with dated memberships: merged periods keep their dates, inherited ones count only for records made after the merge', async () => {
      const [shared, sourceOnly] = [await createGroup(app), await createGroup(app)];
      const [target, source] = [await createOrganisation(app), await createOrganisation(app)];
      await add(shared.id, { o: [source.id] }, '2026-01-01');
      await remove(shared.id, { o: [source.id] }, '2026-04-01');
      await add(shared.id, { o: [target.id] }, '2026-05-01');
      await add(sourceOnly.id, { o: [source.id] }, '2026-02-01');
      const consultation = await createConsultation(app, { targetGroupIds: [shared.id, sourceOnly.id] });
      await createActivityWith(app, consultation.id, { date: '2026-01-15', phase: 'INITIATION' }, [{ kind: 'PARTICIPATED', organisationId: source.id }]);
      await createActivityWith(app, consultation.id, { date: '2026-02-15', phase: 'DRAFTING' }, [
        { kind: 'PARTICIPATED', organisationId: target.id },
        { kind: 'SUBMITTED', organisationId: source.id },
      ]);
      await createActivityWith(app, consultation.id, { date: '2026-06-01', phase: 'STATEMENT_ROUND' }, [
        { kind: 'PARTICIPATED', organisationId: target.id },
        { kind: 'PARTICIPATED', organisationId: source.id },
      ]);
      const before = await coverage(consultation.id);
      expect(rowOf(before, shared.id)).toMatchObject({ heard: 2, phasesHeard: ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND'] });
      expect(rowOf(before, sourceOnly.id)).toMatchObject({ heard: 1, phasesHeard: ['DRAFTING', 'STATEMENT_ROUND'], firstHeardOn: '2026-02-15' });
      const windowBefore = await windowed('2026-01-01', '2026-12-31');

      await app.mutate(() => app.get(OrganisationMergeService).merge(viewer(), target.id, [source.id]));

      expect(await coverage(consultation.id)).toEqual(before);
      expect(await windowed('2026-01-01', '2026-12-31')).toEqual(windowBefore);
      expect(await periods(shared.id, target.id)).toEqual([
        { since: '2026-01-01', until: '2026-04-01' },
        { since: '2026-05-01', until: null },
      ]);
      expect(await periods(sourceOnly.id, target.id)).toEqual([{ since: '2026-02-01', until: null }]);
      expect(
        await app.sql(`select "since"::text as "since", "until"::text as "until" from "merged_membership" where "organisation_id" = ? order by "since"`, [
          source.id,
        ]),
      ).toEqual([
        { since: '2026-01-01', until: '2026-04-01' },
        { since: '2026-02-01', until: null },
      ]);

      // A record the target makes after the merge counts by the periods it gained.
      const later = await createConsultation(app, { targetGroupIds: [sourceOnly.id] });
      await createActivityWith(app, later.id, { date: '2026-03-01' }, [{ kind: 'PARTICIPATED', organisationId: target.id }]);
      expect(rowOf(await coverage(later.id), sourceOnly.id)).toMatchObject({ heard: 1 });
    });
  });
});
