import { finnishToday } from '@sidos/common';
import { CoverageService } from '@sidos/coverage';
import { InvitationPlannerService, InvitationSuggestionsArgs } from '@sidos/practice';
import { OrganisationService, RemoveGroupMembersArgs, StakeholderGroupService } from '@sidos/register';
import { ContactPrivacyService } from '@sidos/upkeep';
import { TestServices } from './support/test-services.js';
import {
  addMembers,
  asInput,
  createActivity,
  createActivityWith,
  createConsultation,
  createContact,
  createGroup,
  createOrganisation,
  recordEngagements,
  setPreferences,
  viewer,
} from './support/service-factories.js';

const UNKNOWN = '4d7e3a0b-2222-4c1d-8e2f-000000000000';

interface Suggestion {
  group: { id: string };
  organisation: { id: string; name: string } | null;
  contact: { id: string } | null;
  invitationsThisQuarter: number;
  invitationsLast12Months: number;
  overLimit: boolean;
  matchesPreferences: boolean;
}

/**
 * Query.invitationSuggestions (contract sidos-practice.graphql): every ordering, counting, window and exclusion
 * rule, on PostgreSQL (service tier; invitations-api.e2e-spec.ts has the bound of `first`).
 */
describe('invitation suggestions', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The suggestions for the groups of `groupIds` only (other tests' hard-to-reach groups are gaps too). */
  const invitationSuggestions = async (variables: Record<string, unknown>): Promise<Suggestion[]> => {
    const args = await asInput(InvitationSuggestionsArgs, variables);
    const rows = await app.run(() => app.get(InvitationPlannerService).suggestions(args));
    return rows.map((row) => ({
      group: { id: row.group.id },
      organisation: row.organisation && { id: row.organisation.id, name: row.organisation.name },
      contact: row.contact && { id: row.contact.id },
      invitationsThisQuarter: row.invitationsThisQuarter,
      invitationsLast12Months: row.invitationsLast12Months,
      overLimit: row.overLimit,
      matchesPreferences: row.matchesPreferences,
    }));
  };
  const suggestions = async (variables: Record<string, unknown>, groupIds?: string[]): Promise<Suggestion[]> => {
    const all = await invitationSuggestions({ first: 200, ...variables });
    return groupIds ? all.filter((row) => groupIds.includes(row.group.id)) : all;
  };
  const partyOf = (row: Suggestion) => row.organisation?.id ?? row.contact!.id;
  /** The error a call fails with (the test fails if it succeeds). */
  const errorOf = async (call: Promise<unknown>): Promise<{ code: string; fields?: { path: string; message: string }[] }> => {
    try {
      await call;
    } catch (error) {
      return error as { code: string; fields?: { path: string; message: string }[] };
    }
    throw new Error('expected the call to fail');
  };
  const removeMembers = async (groupId: string, organisationIds: string[], until: string) => {
    const args = await asInput(RemoveGroupMembersArgs, { groupId, organisationIds, until });
    await app.mutate(() => app.get(StakeholderGroupService).removeMembers(viewer(), args));
  };
  /** A consultation elsewhere that invites parties on given dates. */
  const inviteOn = async (date: string, records: { organisationId?: string; contactId?: string }[], kind: 'INVITED' | 'PARTICIPATED' = 'INVITED') => {
    const other = await createConsultation(app);
    await createActivityWith(
      app,
      other.id,
      { date },
      records.map((record) => ({ kind, ...record })),
    );
  };

  it('takes the gaps of the coverage rows in row order (targets by name, then other hard-to-reach groups), never a reached group', async () => {
    const [bravo, alpha, hard] = [
      await createGroup(app, { name: 'Bravo kohde' }),
      await createGroup(app, { name: 'alpha kohde' }),
      await createGroup(app, { name: 'Aaaa vaikeasti tavoitettavat', hardToReach: true }),
    ];
    const reached = await createGroup(app, { name: 'Charlie kohde' });
    const members = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app), await createOrganisation(app)];
    const heardMember = await createOrganisation(app);
    await addMembers(app, bravo.id, { organisationIds: [members[0].id] });
    await addMembers(app, alpha.id, { organisationIds: [members[1].id] });
    await addMembers(app, hard.id, { organisationIds: [members[2].id] });
    await addMembers(app, reached.id, { organisationIds: [members[3].id, heardMember.id] });
    const consultation = await createConsultation(app, { targetGroupIds: [bravo.id, alpha.id, reached.id] });
    await createActivityWith(app, consultation.id, {}, [{ kind: 'PARTICIPATED', organisationId: heardMember.id }]);

    const groupIds = [bravo.id, alpha.id, hard.id, reached.id];
    const rows = await suggestions({ consultationId: consultation.id }, groupIds);
    expect(rows.map((row) => [row.group.id, partyOf(row)])).toEqual([
      [alpha.id, members[1].id],
      [bravo.id, members[0].id],
      [hard.id, members[2].id],
    ]);
    // The same rows and order as consultationCoverage's gaps.
    const gaps = (await app.run(() => app.get(CoverageService).consultationCoverage(consultation.id))).gaps
      .map((gap) => gap.id)
      .filter((id) => groupIds.includes(id));
    expect([...new Set(rows.map((row) => row.group.id))]).toEqual(gaps);
  });

  it('leaves out archived organisations, erased contacts, members not on the reference date and anyone with a record of any kind in the consultation', async () => {
    const group = await createGroup(app);
    const [kept, archived, declined, onBehalf, ended, future, byContact] = await Promise.all(Array.from({ length: 7 }, () => createOrganisation(app)));
    const [keptPerson, erased, representative, personWithRecord] = [
      await createContact(app),
      await createContact(app),
      await createContact(app),
      await createContact(app),
    ];
    await addMembers(app, group.id, {
      organisationIds: [kept.id, archived.id, declined.id, onBehalf.id, byContact.id],
      contactIds: [keptPerson.id, erased.id, representative.id, personWithRecord.id],
    });
    await addMembers(app, group.id, { organisationIds: [ended.id] }, '2025-01-01');
    await removeMembers(group.id, [ended.id], '2026-03-01');
    await addMembers(app, group.id, { organisationIds: [future.id] }, '2026-04-01');
    await app.mutate(() => app.get(OrganisationService).archive(viewer(), archived.id, archived.version));
    await app.mutate(() => app.get(ContactPrivacyService).erase(viewer(), erased.id));

    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    const activity = await createActivity(app, consultation.id, { date: '2026-03-10' });
    await recordEngagements(app, activity.id, [
      { kind: 'DECLINED', organisationId: declined.id },
      // A record counts for its organisation and for its contact: both are left out.
      { kind: 'INVITED', organisationId: onBehalf.id, contactId: representative.id },
      // byContact's contact personWithRecord is not a member of the organisation's record: only the contact is left out.
      { kind: 'INVITED', contactId: personWithRecord.id },
    ]);

    const rows = await suggestions({ consultationId: consultation.id, activityId: activity.id }, [group.id]);
    expect(rows.map(partyOf).sort()).toEqual([kept.id, byContact.id, keptPerson.id].sort());
  });

  it('orders within a group: not over the limit first, then matching preferences (with an activity), then fewer invitations in 12 months, then by name', async () => {
    const group = await createGroup(app);
    const overLimit = await createOrganisation(app, { name: 'Aaa yli rajan ry' });
    const matching = await createOrganisation(app, { name: 'Zzz toivoo työpajoja ry' });
    const busy = await createOrganisation(app, { name: 'Bbb kutsuttu ry' });
    const quietUpper = await createOrganisation(app, { name: 'Ccc hiljainen ry' });
    const quietLower = await createOrganisation(app, { name: 'ccb hiljainen ry' });
    const person = await createContact(app, { firstName: 'Aino', lastName: 'Cca' });
    await addMembers(app, group.id, { organisationIds: [overLimit.id, matching.id, busy.id, quietUpper.id, quietLower.id], contactIds: [person.id] });
    await setPreferences(app, { organisationId: overLimit.id }, { maxInvitationsPerQuarter: 1, methods: ['WORKSHOP'] });
    await setPreferences(app, { organisationId: matching.id }, { modes: ['IN_PERSON'], maxInvitationsPerQuarter: 10 });
    await inviteOn('2026-02-01', [{ organisationId: overLimit.id }]);
    await inviteOn('2026-01-15', [{ organisationId: matching.id }, { organisationId: busy.id }]);
    await inviteOn('2025-12-01', [{ organisationId: matching.id }, { organisationId: busy.id }]);

    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    const workshop = await createActivity(app, consultation.id, { date: '2026-03-10', method: 'WORKSHOP', mode: 'IN_PERSON' });
    const withActivity = await suggestions({ consultationId: consultation.id, activityId: workshop.id }, [group.id]);
    // Names case-insensitively: "Cca Aino" (a contact's "lastName firstName"), "ccb …", "Ccc …".
    expect(withActivity.map(partyOf)).toEqual([matching.id, person.id, quietLower.id, quietUpper.id, busy.id, overLimit.id]);
    expect(withActivity.map((row) => [row.overLimit, row.matchesPreferences, row.invitationsThisQuarter, row.invitationsLast12Months])).toEqual([
      [false, true, 1, 2],
      [false, false, 0, 0],
      [false, false, 0, 0],
      [false, false, 0, 0],
      [false, false, 1, 2],
      [true, true, 1, 1],
    ]);

    // A webinar (VIRTUAL) matches nobody's preferences here: fewer invitations first, then by name.
    const webinar = await createActivity(app, consultation.id, { date: '2026-03-20', method: 'WEBINAR', mode: 'VIRTUAL' });
    const noMatch = await suggestions({ consultationId: consultation.id, activityId: webinar.id }, [group.id]);
    expect(noMatch.map(partyOf)).toEqual([person.id, quietLower.id, quietUpper.id, busy.id, matching.id, overLimit.id]);
    expect(noMatch.every((row) => !row.matchesPreferences)).toBe(true);
  });

  it("counts INVITED records only, for both a record's organisation and its contact, in D's calendar quarter and from D-364 to D", async () => {
    const group = await createGroup(app);
    const organisation = await createOrganisation(app);
    const person = await createContact(app);
    await addMembers(app, group.id, { organisationIds: [organisation.id], contactIds: [person.id] });
    const both = { organisationId: organisation.id, contactId: person.id };
    // D = 2026-05-15: its quarter is 2026-04-01..2026-06-30; the 12 months are 2025-05-16..2026-05-15.
    await inviteOn('2026-04-01', [both]); // quarter and 12 months
    await inviteOn('2026-06-30', [both]); // quarter only (after D)
    await inviteOn('2026-03-31', [both]); // 12 months only
    await inviteOn('2025-05-16', [both]); // D-364: 12 months
    await inviteOn('2025-05-15', [both]); // D-365: neither
    await inviteOn('2026-07-01', [both]); // next quarter: neither
    await inviteOn('2026-05-01', [both], 'PARTICIPATED'); // not an invitation
    await inviteOn('2026-05-02', [{ organisationId: organisation.id }]); // the organisation's alone
    await setPreferences(app, { contactId: person.id }, { maxInvitationsPerQuarter: 3 });
    await setPreferences(app, { organisationId: organisation.id }, { maxInvitationsPerQuarter: 4 });

    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    const activity = await createActivity(app, consultation.id, { date: '2026-05-15' });
    const rows = await suggestions({ consultationId: consultation.id, activityId: activity.id }, [group.id]);
    const byParty = new Map(rows.map((row) => [partyOf(row), row]));
    expect(byParty.get(organisation.id)).toMatchObject({ invitationsThisQuarter: 3, invitationsLast12Months: 4, overLimit: false });
    expect(byParty.get(person.id)).toMatchObject({ invitationsThisQuarter: 2, invitationsLast12Months: 3, overLimit: false });
    expect(rows.map(partyOf)).toEqual([person.id, organisation.id]);

    // A limit reached exactly is over it.
    await setPreferences(app, { contactId: person.id }, { maxInvitationsPerQuarter: 2 });
    const limited = await suggestions({ consultationId: consultation.id, activityId: activity.id }, [group.id]);
    expect(limited.map((row) => [partyOf(row), row.overLimit])).toEqual([
      [organisation.id, false],
      [person.id, true],
    ]);
  });

  it('takes today in Finnish time as the reference date without an activity, and matches no preferences then', async () => {
    const group = await createGroup(app);
    const organisation = await createOrganisation(app);
    await addMembers(app, group.id, { organisationIds: [organisation.id] });
    await setPreferences(app, { organisationId: organisation.id }, { methods: ['WORKSHOP'], modes: ['IN_PERSON'] });
    await inviteOn(finnishToday(), [{ organisationId: organisation.id }]);
    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    const [row] = await suggestions({ consultationId: consultation.id }, [group.id]);
    expect(row).toMatchObject({ invitationsThisQuarter: 1, invitationsLast12Months: 1, matchesPreferences: false });
  });

  it('lists a party once for each gap it belongs to, and `first` caps the whole list', async () => {
    const [one, two] = [await createGroup(app, { name: 'Cap 1' }), await createGroup(app, { name: 'Cap 2' })];
    const organisations = [await createOrganisation(app), await createOrganisation(app)];
    await addMembers(app, one.id, { organisationIds: organisations.map((organisation) => organisation.id) });
    await addMembers(app, two.id, { organisationIds: [organisations[0].id] });
    const consultation = await createConsultation(app, { targetGroupIds: [one.id, two.id] });
    const all = await suggestions({ consultationId: consultation.id }, [one.id, two.id]);
    expect(all.map((row) => row.group.id)).toEqual([one.id, one.id, two.id]);
    expect(all.filter((row) => partyOf(row) === organisations[0].id).length).toBe(2);
    // Other tests' hard-to-reach groups come after the targets: the first rows are these.
    expect((await suggestions({ consultationId: consultation.id, first: 2 })).map((row) => row.group.id)).toEqual([one.id, one.id]);
    expect(await suggestions({ consultationId: consultation.id, first: 0 })).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown consultation and BAD_USER_INPUT at activityId for an activity of another consultation', async () => {
    const consultation = await createConsultation(app);
    const other = await createConsultation(app);
    const otherActivity = await createActivity(app, other.id);
    expect(await errorOf(invitationSuggestions({ consultationId: UNKNOWN }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(invitationSuggestions({ consultationId: 'not-an-id' }))).toMatchObject({ code: 'NOT_FOUND' });
    for (const activityId of [otherActivity.id, UNKNOWN, 'bad']) {
      expect(await errorOf(invitationSuggestions({ consultationId: consultation.id, activityId }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'activityId' }],
      });
    }
  });
});
