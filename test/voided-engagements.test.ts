import { Role, type Viewer } from '@sidos/auth';
import { BadUserInputError } from '@sidos/common';
import { CoverageRepository, CoverageService } from '@sidos/coverage';
import { ActivityService, ConsultationService, EngagementKind, EngagementMethod, EngagementMode, EngagementService, PreparationPhase } from '@sidos/engagement';
import { FeedbackLetterService, InvitationPlannerService, ThemeService } from '@sidos/practice';
import { ContactService, LawfulBasis, OrganisationService, OrganisationType, StakeholderGroupService } from '@sidos/register';
import { TestServices } from './support/test-services.js';
import { randomBusinessId } from './support/factories.js';

const admin: Viewer = { id: 'voiding-admin', name: null, roles: [Role.ADMIN], ministry: 'TEM' };
const WINDOW = { from: '2026-01-01', to: '2026-12-31' };

/**
 * Service tier, real PostgreSQL: a voided engagement record stays in the history and counts nowhere.
 * Each answer is compared before and after voiding: consultation coverage (the kept answer too),
 * unheard groups, the coverage matrix, engagement statistics, invitation suggestions, themes and letters.
 */
describe('voided engagements count nowhere', () => {
  let app: TestServices;
  let engagements: EngagementService;
  let coverage: CoverageService;

  const organisation = (name: string) =>
    app.run(() => app.get(OrganisationService).create(admin, { name, type: OrganisationType.ASSOCIATION, businessId: randomBusinessId() }));
  const group = (name: string) => app.run(() => app.get(StakeholderGroupService).create(admin, { name, hardToReach: true }));
  const activity = (consultationId: string, date = '2026-03-10') =>
    app.run(() =>
      app.get(ActivityService).create(admin, {
        consultationId,
        title: 'Työpaja',
        method: EngagementMethod.WORKSHOP,
        mode: EngagementMode.IN_PERSON,
        phase: PreparationPhase.DRAFTING,
        date,
      }),
    );
  const record = (
    activityId: string,
    records: { kind: EngagementKind; organisationId?: string; contactId?: string; groupId?: string; participantCount?: number }[],
  ) => app.run(() => engagements.record(admin, { activityId, records }));
  const voidRecords = (ids: string[], reason = 'Kirjattu väärään tilaisuuteen') => app.run(() => engagements.voidRecords(admin, { ids, reason }));
  const rowOf = async (consultationId: string, groupId: string) => {
    const answer = await app.run(() => coverage.consultationCoverage(consultationId));
    const row = answer.groups.find((candidate) => candidate.group.id === groupId)!;
    return { invited: row.invited, heard: row.heard, reached: row.reached, phasesHeard: row.phasesHeard, gaps: answer.gaps.map((gap) => gap.id) };
  };
  const stats = (organisationId: string) => app.run(() => app.get(CoverageRepository).engagementStats([{ organisationId, since: null }]));
  const unheard = async () => (await app.run(() => coverage.unheardGroups(WINDOW))).map((candidate) => candidate.id);
  const cells = async () => (await app.run(() => coverage.coverageMatrix(WINDOW))).cells.map((cell) => `${cell.consultationId}/${cell.groupId}/${cell.heard}`);

  beforeAll(async () => {
    app = await TestServices.start();
    engagements = app.get(EngagementService);
    coverage = app.get(CoverageService);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('coverage, unheard groups, the matrix and engagement statistics count the records until they are voided, then not at all', async () => {
    const heardGroup = await group('Nuoret (mitätöinti)');
    const [member, invitedMember] = [await organisation('Nuorisojärjestö ry'), await organisation('Kutsuttu ry')];
    const person = await app.run(() =>
      app.get(ContactService).create(admin, { firstName: 'Ville', lastName: 'Mitätöity', lawfulBasis: LawfulBasis.PUBLIC_TASK }),
    );
    await app.run(() =>
      app.get(StakeholderGroupService).addMembers(admin, { groupId: heardGroup.id, organisationIds: [member.id, invitedMember.id], contactIds: [person.id] }),
    );
    const consultation = await app.run(() =>
      app.get(ConsultationService).create(admin, { title: 'Nuorisolain uudistus', ministry: 'TEM', targetGroupIds: [heardGroup.id] }),
    );
    const workshop = await activity(consultation.id);
    const [heard, submitted, people, invited] = await record(workshop.id, [
      { kind: EngagementKind.PARTICIPATED, organisationId: member.id },
      { kind: EngagementKind.SUBMITTED, contactId: person.id },
      { kind: EngagementKind.PARTICIPATED, groupId: heardGroup.id, participantCount: 5 },
      { kind: EngagementKind.INVITED, organisationId: invitedMember.id },
    ]);

    // Before: asked once, so that the answer is kept; the voiding must not be answered from it.
    expect(await rowOf(consultation.id, heardGroup.id)).toEqual({ invited: 1, heard: 7, reached: true, phasesHeard: ['DRAFTING'], gaps: [] });
    expect(await rowOf(consultation.id, heardGroup.id)).toMatchObject({ heard: 7 });
    expect(await unheard()).not.toContain(heardGroup.id);
    expect(await cells()).toEqual([`${consultation.id}/${heardGroup.id}/7`]);
    expect(await stats(member.id)).toEqual([{ invited: 0, declined: 0, heard: 1, lastHeardOn: '2026-03-10' }]);
    expect(await stats(invitedMember.id)).toEqual([{ invited: 1, declined: 0, heard: 0, lastHeardOn: null }]);

    const voided = await voidRecords([heard.id, submitted.id, people.id, invited.id]);
    expect(voided.map((engagement) => [engagement.id, engagement.voided, engagement.voidReason, engagement.voidedBy])).toEqual(
      [heard, submitted, people, invited].map((engagement) => [engagement.id, true, 'Kirjattu väärään tilaisuuteen', 'voiding-admin']),
    );

    expect(await rowOf(consultation.id, heardGroup.id)).toEqual({ invited: 0, heard: 0, reached: false, phasesHeard: [], gaps: [heardGroup.id] });
    expect(await unheard()).toContain(heardGroup.id);
    expect(await cells()).toEqual([]);
    expect(await stats(member.id)).toEqual([{ invited: 0, declined: 0, heard: 0, lastHeardOn: null }]);
    expect(await stats(invitedMember.id)).toEqual([{ invited: 0, declined: 0, heard: 0, lastHeardOn: null }]);
    // Still in the history, with who voided it, when and why.
    const rows = await app.sql<{ voided: boolean; void_reason: string; voided_by: string; voided_at: Date }>(
      'select voided, void_reason, voided_by, voided_at from engagement where activity_id = ? order by created_at, id',
      [workshop.id],
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatchObject({ voided: true, void_reason: 'Kirjattu väärään tilaisuuteen', voided_by: 'voiding-admin' });
  });

  it('invitation suggestions: a voided record neither keeps a party out as "in the consultation" nor counts as an invitation', async () => {
    const gap = await group('Saamelaiset (mitätöinti)');
    const [alreadyIn, twiceInvited] = [await organisation('Saamelaisjärjestö ry'), await organisation('Kutsuväsymys ry')];
    await app.run(() => app.get(StakeholderGroupService).addMembers(admin, { groupId: gap.id, organisationIds: [alreadyIn.id, twiceInvited.id] }));
    const consultation = await app.run(() =>
      app.get(ConsultationService).create(admin, { title: 'Saamelaiskäräjälaki', ministry: 'TEM', targetGroupIds: [gap.id] }),
    );
    const elsewhere = await app.run(() => app.get(ConsultationService).create(admin, { title: 'Muu kuuleminen', ministry: 'TEM' }));
    const hearing = await activity(consultation.id, '2026-05-20');
    const [inConsultation] = await record(hearing.id, [{ kind: EngagementKind.INVITED, organisationId: alreadyIn.id }]);
    const otherActivity = await activity(elsewhere.id, '2026-05-05');
    const [invitation] = await record(otherActivity.id, [{ kind: EngagementKind.INVITED, organisationId: twiceInvited.id }]);

    // Only this test's gap: the other tests' hard-to-reach groups are rows of every consultation too.
    const suggest = async () =>
      (await app.run(() => app.get(InvitationPlannerService).suggestions({ consultationId: consultation.id, activityId: hearing.id, first: 50 })))
        .filter((suggestion) => suggestion.group.id === gap.id)
        .map((suggestion) => [suggestion.organisation?.id, suggestion.invitationsThisQuarter, suggestion.invitationsLast12Months]);
    expect(await suggest()).toEqual([[twiceInvited.id, 1, 1]]);

    await voidRecords([inConsultation.id, invitation.id]);
    expect((await suggest()).sort()).toEqual(
      [
        [alreadyIn.id, 0, 0],
        [twiceInvited.id, 0, 0],
      ].sort(),
    );
  });

  it('feedback letters and themes: a voided record raises nothing, gets no letter and cannot be newly attached', async () => {
    const consultation = await app.run(() => app.get(ConsultationService).create(admin, { title: 'Kirjekuuleminen', ministry: 'TEM' }));
    const [kept, mistaken] = [await organisation('Pysyvä ry'), await organisation('Väärin kirjattu ry')];
    const workshop = await activity(consultation.id);
    const [keptRecord, mistakenRecord] = await record(workshop.id, [
      { kind: EngagementKind.PARTICIPATED, organisationId: kept.id },
      { kind: EngagementKind.PARTICIPATED, organisationId: mistaken.id },
    ]);
    const themes = app.get(ThemeService);
    const theme = await app.run(() =>
      themes.create(admin, { consultationId: consultation.id, title: 'Saavutettavuus', raisedByEngagementIds: [keptRecord.id, mistakenRecord.id] }),
    );
    const letters = async () =>
      (await app.run(() => app.get(FeedbackLetterService).letters(admin, consultation.id, null))).map((letter) => letter.organisationId);
    expect((await letters()).sort()).toEqual([kept.id, mistaken.id].sort());

    await voidRecords([mistakenRecord.id]);
    expect(await letters()).toEqual([kept.id]);
    // Kept where it was (the list may be sent back whole), but never newly attached.
    await expect(
      app.run(() => themes.update(admin, theme.id, theme.version, { raisedByEngagementIds: [keptRecord.id, mistakenRecord.id] })),
    ).resolves.toBeDefined();
    const error = await app
      .run(() => themes.create(admin, { consultationId: consultation.id, title: 'Toinen', raisedByEngagementIds: [keptRecord.id, mistakenRecord.id] }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).fields).toEqual([{ path: 'raisedByEngagementIds.1', message: expect.stringMatching(/voided/) as string }]);
  });

  it('voids all or nothing: an unknown id, a record voided already or an id named twice fails the call at ids.N and writes nothing', async () => {
    const consultation = await app.run(() => app.get(ConsultationService).create(admin, { title: 'Kaikki tai ei mitään', ministry: 'TEM' }));
    const workshop = await activity(consultation.id);
    const [first, second, third] = await record(workshop.id, [
      { kind: EngagementKind.PARTICIPATED, organisationId: (await organisation('Yksi ry')).id },
      { kind: EngagementKind.PARTICIPATED, organisationId: (await organisation('Kaksi ry')).id },
      { kind: EngagementKind.PARTICIPATED, organisationId: (await organisation('Kolme ry')).id },
    ]);
    await voidRecords([third.id]);
    const failure = async (ids: string[]) =>
      ((await voidRecords(ids).catch((caught: unknown) => caught)) as BadUserInputError).fields.map((field) => field.path);
    expect(await failure([first.id, '6e0c2d80-0000-4000-8000-000000000000', 'not-an-id'])).toEqual(['ids.1', 'ids.2']);
    expect(await failure([first.id, third.id])).toEqual(['ids.1']);
    expect(await failure([first.id, second.id, first.id.toUpperCase()])).toEqual(['ids.2']);
    expect(await failure([])).toEqual(['ids']);
    const voided = await app.sql<{ id: string }>('select id from engagement where activity_id = ? and voided', [workshop.id]);
    expect(voided.map((row) => row.id)).toEqual([third.id]);
  });
});
