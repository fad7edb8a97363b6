import { ContactService, ContactsArgs, OrganisationService, OrganisationsArgs } from '@sidos/register';
import { CoverageService } from '@sidos/coverage';
import { EngagementLoaders } from '@sidos/engagement';
import { MergeOrganisationsArgs, OrganisationMergeService } from '@sidos/upkeep';
import { TestServices } from './support/test-services.js';
import {
  addMembers,
  asInput,
  type Claims,
  coverageWindow,
  createActivityWith,
  createConsultation,
  createContact,
  createGroup,
  createOrganisation,
  createPolicyArea,
  recordEngagements,
  viewer,
} from './support/service-factories.js';
import { affiliationsOfOrganisation, auditEventsOf, groupsOfOrganisation, policyAreasOfOrganisation } from './support/service-reads.js';
import { databaseFingerprint } from './support/database-inspection.js';

const WINDOW = { from: '2026-01-01', to: '2026-12-31' };

/**
 * mergeOrganisations: everything moves to the target, in one transaction, and coverage stays as it was
 * (service tier; merge-api.e2e-spec.ts has the ADMIN role and what the API tells of a failed merge).
 */
describe('merging organisations', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** An organisation as the API answers it, with its groups, policy areas and affiliations. */
  const organisation = async (id: string) => {
    const found = (await app.run(() => app.get(OrganisationService).findById(id)))!;
    return {
      id: found.id,
      version: found.version,
      archived: found.archived,
      mergedInto: found.mergedInto ? { id: found.mergedInto.id } : null,
      groups: (await groupsOfOrganisation(app, id)).map((group) => ({ id: group.id })),
      policyAreas: (await policyAreasOfOrganisation(app, id)).map((area) => ({ id: area.id })),
      affiliations: (await affiliationsOfOrganisation(app, id)).map(({ contact, role, since, until }) => ({ contact, role, since, until })),
    };
  };
  /** mergeOrganisations: the target as the API answers it, or the error. */
  const merge = async (targetId: string, sourceIds: string[], claims: Claims = {}) => {
    try {
      const args = await asInput(MergeOrganisationsArgs, { targetId, sourceIds });
      const merged = await app.mutate(() => app.get(OrganisationMergeService).merge(viewer(claims), args.targetId, args.sourceIds));
      return { data: { mergeOrganisations: await organisation(merged.id) }, errors: undefined };
    } catch (error) {
      return { data: null, errors: [error as { code: string; fields?: { path: string; message: string }[] }] };
    }
  };
  const coverage = async (id: string) => {
    const answer = await app.run(() => app.get(CoverageService).consultationCoverage(id));
    return {
      consultation: { id: answer.consultation.id },
      groups: answer.groups.map(({ group, targeted, invited, heard, reached, phasesHeard, firstHeardOn }) => ({
        group: { id: group.id, name: group.name, hardToReach: group.hardToReach },
        targeted,
        invited,
        heard,
        reached,
        phasesHeard,
        firstHeardOn,
      })),
      coverageRatio: answer.coverageRatio,
      earlyReachRatio: answer.earlyReachRatio,
      gaps: answer.gaps.map((gap) => ({ id: gap.id })),
    };
  };
  const matrix = async () => {
    const window = await coverageWindow(WINDOW);
    const answer = await app.run(() => app.get(CoverageService).coverageMatrix(window));
    const unheard = await app.run(() => app.get(CoverageService).unheardGroups(window));
    return {
      coverageMatrix: {
        consultations: answer.consultations.map((consultation) => ({ id: consultation.id })),
        groups: answer.groups.map((group) => ({ id: group.id })),
        cells: answer.cells.map(({ consultationId, groupId, heard, phasesHeard }) => ({ consultationId, groupId, heard, phasesHeard })),
      },
      unheardGroups: unheard.map((group) => ({ id: group.id })),
    };
  };
  const errorOf = (response: Awaited<ReturnType<typeof merge>>) => response.errors?.[0];
  const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();
  const count = async (sql: string, params: unknown[] = []) => Number((await app.sql<{ count: string }>(sql, params))[0].count);

  it('moves affiliations, memberships (no duplicates), policy areas and engagements, and archives the sources with mergedInto', async () => {
    const [shared, onlyTarget, onlySource, otherSource] = [
      await createPolicyArea(app),
      await createPolicyArea(app),
      await createPolicyArea(app),
      await createPolicyArea(app),
    ];
    const target = await createOrganisation(app, { name: 'Kohdeyhdistys ry', policyAreaIds: [shared.id, onlyTarget.id] });
    const source = await createOrganisation(app, { name: 'Kohdeyhdistys r.y.', policyAreaIds: [shared.id, onlySource.id] });
    const secondSource = await createOrganisation(app, { name: 'Kohdeyhdistys', policyAreaIds: [otherSource.id] });
    const [bothGroup, sourceGroup, secondSourceGroup] = [await createGroup(app), await createGroup(app), await createGroup(app)];
    await addMembers(app, bothGroup.id, { organisationIds: [target.id, source.id, secondSource.id] });
    await addMembers(app, sourceGroup.id, { organisationIds: [source.id] });
    await addMembers(app, secondSourceGroup.id, { organisationIds: [secondSource.id] });
    const current = await createContact(app, { affiliations: [{ organisationId: source.id, role: 'Puheenjohtaja', since: '2024-01-01' }] });
    const former = await createContact(app, {
      affiliations: [{ organisationId: secondSource.id, role: 'Sihteeri', since: '2019-01-01', until: '2022-12-31' }],
    });
    const consultation = await createConsultation(app);
    const activity = await createActivityWith(app, consultation.id, {}, [
      { kind: 'PARTICIPATED', organisationId: source.id },
      { kind: 'PARTICIPATED', organisationId: secondSource.id, contactId: former.id },
      { kind: 'INVITED', organisationId: target.id },
    ]);

    const response = await merge(target.id, [source.id, secondSource.id.toUpperCase()]);

    expect(response.errors).toBeUndefined();
    const merged = response.data!.mergeOrganisations;
    expect(merged).toMatchObject({ id: target.id, version: target.version + 1, archived: false, mergedInto: null });
    expect(ids(merged.groups)).toEqual(ids([bothGroup, sourceGroup, secondSourceGroup]));
    expect(ids(merged.policyAreas)).toEqual(ids([shared, onlyTarget, onlySource, otherSource]));
    expect(merged.affiliations).toEqual(
      expect.arrayContaining([
        { contact: { id: current.id }, role: 'Puheenjohtaja', since: '2024-01-01', until: null },
        { contact: { id: former.id }, role: 'Sihteeri', since: '2019-01-01', until: '2022-12-31' },
      ]),
    );
    expect(await count('select count(*) from group_organisation where organisation_id = ? and group_id = ?', [target.id, bothGroup.id])).toBe(1);
    expect(await count('select count(*) from organisation_policy_area where organisation_id = ? and policy_area_id = ?', [target.id, shared.id])).toBe(1);

    for (const id of [source.id, secondSource.id]) {
      expect(await organisation(id)).toMatchObject({
        archived: true,
        mergedInto: { id: target.id },
        version: 2,
        groups: [],
        policyAreas: [],
        affiliations: [],
      });
    }
    const engagements = await app.load(EngagementLoaders, (loaders, request) => loaders.engagementsOfActivity(request), activity.id);
    expect(engagements.map((engagement) => engagement.organisation!.id)).toEqual([target.id, target.id, target.id]);
    expect(await count('select count(*) from engagement where organisation_id in (?, ?)', [source.id, secondSource.id])).toBe(0);
    const contactsArgs = await asInput(ContactsArgs, { filter: { organisationId: target.id } });
    const contacts = await app.run(() => app.get(ContactService).list(contactsArgs, viewer()));
    expect(ids(contacts.nodes)).toEqual(ids([current, former]));
    // Archived sources are hidden from lists like any archived organisation.
    const organisationsArgs = await asInput(OrganisationsArgs, { filter: { search: 'Kohdeyhdistys' } });
    const listed = await app.run(() => app.get(OrganisationService).list(organisationsArgs));
    expect(ids(listed.nodes)).toEqual([target.id]);
  });

  it('writes MERGE audit events on the target and on every source, in the same transaction', async () => {
    const target = await createOrganisation(app);
    const source = await createOrganisation(app);
    const group = await createGroup(app);
    await addMembers(app, group.id, { organisationIds: [source.id] });

    expect((await merge(target.id, [source.id], { sub: 'admin.merger', roles: ['ADMIN'] })).errors).toBeUndefined();

    const [targetEvent] = await auditEventsOf(app, target.id);
    expect(targetEvent).toEqual({
      action: 'MERGE',
      actor: 'admin.merger',
      entityType: 'Organisation',
      entityId: target.id,
      changes: [
        { field: 'mergedSourceIds', from: null, to: JSON.stringify([source.id]) },
        { field: 'groupIdsAdded', from: null, to: JSON.stringify([group.id]) },
      ],
    });
    const [sourceEvent] = await auditEventsOf(app, source.id);
    expect(sourceEvent).toMatchObject({
      action: 'MERGE',
      changes: [
        { field: 'mergedInto', from: null, to: JSON.stringify(target.id) },
        { field: 'archived', from: 'false', to: 'true' },
      ],
    });
  });

  it('refuses the target among its sources, an archived target, no sources, a repeated or an already merged source, with the path', async () => {
    const target = await createOrganisation(app);
    const source = await createOrganisation(app);
    const archived = await createOrganisation(app);
    await app.mutate(() => app.get(OrganisationService).archive(viewer(), archived.id, 1));
    const before = await databaseFingerprint(app);

    expect(errorOf(await merge(target.id, [source.id, target.id.toUpperCase()]))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'sourceIds.1' }] });
    expect(errorOf(await merge(archived.id, [source.id]))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'targetId' }] });
    expect(errorOf(await merge(target.id, []))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'sourceIds' }] });
    expect(errorOf(await merge(target.id, [source.id, source.id]))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'sourceIds.1' }] });
    expect(await databaseFingerprint(app)).toEqual(before);

    // An archived organisation that was not merged may be merged; one merged already may not be merged again.
    expect((await merge(target.id, [archived.id])).errors).toBeUndefined();
    const other = await createOrganisation(app);
    expect(errorOf(await merge(other.id, [archived.id]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'sourceIds.0', message: expect.stringContaining(target.id) }],
    });
  });

  it('answers NOT_FOUND for an unknown or malformed target or source, and changes nothing', async () => {
    const target = await createOrganisation(app);
    const source = await createOrganisation(app);
    const group = await createGroup(app);
    await addMembers(app, group.id, { organisationIds: [source.id] });
    const unknown = '4d7e3a0b-2222-4c1d-8e2f-000000000000';
    const before = await databaseFingerprint(app);

    expect(errorOf(await merge(unknown, [source.id]))?.code).toBe('NOT_FOUND');
    expect(errorOf(await merge(target.id, [source.id, unknown]))?.code).toBe('NOT_FOUND');
    expect(errorOf(await merge(target.id, ['not-an-id']))?.code).toBe('NOT_FOUND');

    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('writes all or nothing: a failure after the moves have started leaves every table as it was', async () => {
    const target = await createOrganisation(app);
    const source = await createOrganisation(app, { policyAreaIds: [(await createPolicyArea(app)).id] });
    const group = await createGroup(app);
    await addMembers(app, group.id, { organisationIds: [source.id] });
    await createContact(app, { affiliations: [{ organisationId: source.id }] });
    const consultation = await createConsultation(app);
    await createActivityWith(app, consultation.id, {}, [{ kind: 'PARTICIPATED', organisationId: source.id }]);
    // The last writes of a merge archive the sources: make the database refuse exactly those.
    await app.sql(`create function refuse_merged_into() returns trigger language plpgsql as $$
      begin if new."merged_into_id" is not null then raise exception 'refused by the test'; end if; return new; end $$`);
    await app.sql('create trigger refuse_merged_into before update on "organisation" for each row execute function refuse_merged_into()');
    const before = await databaseFingerprint(app);
    try {
      const response = await merge(target.id, [source.id]);
      expect(response.errors).toHaveLength(1);
      expect(await databaseFingerprint(app)).toEqual(before);
    } finally {
      await app.sql('drop trigger refuse_merged_into on "organisation"');
      await app.sql('drop function refuse_merged_into()');
    }
  });

  it('lets one of two concurrent merges of the same source win; the other is refused', async () => {
    const source = await createOrganisation(app);
    const [first, second] = [await createOrganisation(app), await createOrganisation(app)];
    const responses = await Promise.all([merge(first.id, [source.id]), merge(second.id, [source.id])]);
    expect(responses.filter((response) => !response.errors)).toHaveLength(1);
    expect(responses.filter((response) => errorOf(response)?.code === 'BAD_USER_INPUT')).toHaveLength(1);
    expect(await count('select count(*) from audit_event where entity_id = ? and action = ?', [source.id, 'MERGE'])).toBe(1);
  });

  describe('coverage', () => {
    it('answers the same before and after a merge where source and target were both heard, in shared and separate groups', async () => {
      const target = await createOrganisation(app, { name: 'Kuultu kohde ry' });
      const source = await createOrganisation(app, { name: 'Kuultu lähde ry' });
      const spokesperson = await createContact(app, { affiliations: [{ organisationId: source.id }] });
      const both = await createGroup(app, { name: 'Kattavuus: molemmat jäseniä' });
      const sourceOnly = await createGroup(app, { name: 'Kattavuus: vain lähde', hardToReach: true });
      const targetOnly = await createGroup(app, { name: 'Kattavuus: vain kohde' });
      const named = await createGroup(app, { name: 'Kattavuus: nimetty ryhmä' });
      await addMembers(app, both.id, { organisationIds: [target.id, source.id] });
      await addMembers(app, sourceOnly.id, { organisationIds: [source.id], contactIds: [spokesperson.id] });
      await addMembers(app, targetOnly.id, { organisationIds: [target.id] });
      const consultation = await createConsultation(app, {
        title: 'Kattavuus ennen ja jälkeen',
        targetGroupIds: [both.id, sourceOnly.id, targetOnly.id, named.id],
      });
      await createActivityWith(app, consultation.id, { method: 'DIALOGUE', phase: 'INITIATION', date: '2026-01-10' }, [
        { kind: 'PARTICIPATED', organisationId: source.id },
        { kind: 'INVITED', organisationId: target.id },
      ]);
      await createActivityWith(app, consultation.id, { phase: 'DRAFTING', date: '2026-02-10' }, [
        { kind: 'PARTICIPATED', organisationId: target.id },
        { kind: 'SUBMITTED', organisationId: source.id, contactId: spokesperson.id },
      ]);
      await createActivityWith(app, consultation.id, { method: 'HEARING', phase: 'STATEMENT_ROUND', date: '2026-03-10' }, [
        { kind: 'PARTICIPATED', organisationId: source.id, groupId: named.id, participantCount: 5 },
        { kind: 'DECLINED', organisationId: target.id },
      ]);
      await createActivityWith(app, consultation.id, { method: 'MEETING', phase: 'FINALISATION', date: '2026-04-10' }, [
        { kind: 'SUBMITTED', organisationId: target.id },
      ]);

      const before = await coverage(consultation.id);
      const matrixBefore = await matrix();
      const row = (result: typeof before, groupId: string) => result.groups.find((candidate) => candidate.group.id === groupId);
      // Two parties in the shared group: the merge must not make them one.
      expect(row(before, both.id)).toMatchObject({ heard: 2, invited: 1, phasesHeard: ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION'] });
      // The target's records must not start counting for the source's groups, nor the other way round.
      expect(row(before, sourceOnly.id)).toMatchObject({ heard: 2, phasesHeard: ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND'] });
      expect(row(before, targetOnly.id)).toMatchObject({ heard: 1, invited: 1, phasesHeard: ['DRAFTING', 'FINALISATION'], firstHeardOn: '2026-02-10' });
      expect(row(before, named.id)).toMatchObject({ heard: 1, phasesHeard: ['STATEMENT_ROUND'] });

      expect((await merge(target.id, [source.id])).errors).toBeUndefined();

      expect(await coverage(consultation.id)).toEqual(before);
      expect(await matrix()).toEqual(matrixBefore);

      // From now on the target is one organisation with both memberships: what it does next counts for both groups.
      await createActivityWith(app, consultation.id, { method: 'MEETING', phase: 'IMPLEMENTATION', date: '2026-05-10' }, [
        { kind: 'PARTICIPATED', organisationId: target.id },
      ]);
      const after = await coverage(consultation.id);
      expect(row(after, sourceOnly.id)).toMatchObject({ heard: 3, phasesHeard: ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'IMPLEMENTATION'] });
      expect(row(after, both.id)).toMatchObject({ heard: 2 });
    });

    it('answers the same when only the source was heard, in a group only the source belonged to', async () => {
      const target = await createOrganisation(app);
      const source = await createOrganisation(app);
      const sourceOnly = await createGroup(app, { name: 'Kattavuus: yksin kuultu lähde' });
      await addMembers(app, sourceOnly.id, { organisationIds: [source.id] });
      const consultation = await createConsultation(app, { targetGroupIds: [sourceOnly.id] });
      await createActivityWith(app, consultation.id, { phase: 'DRAFTING', date: '2026-06-01' }, [{ kind: 'SUBMITTED', organisationId: source.id }]);
      const before = await coverage(consultation.id);
      const matrixBefore = await matrix();
      expect(before.coverageRatio).toBe(1);

      expect((await merge(target.id, [source.id])).errors).toBeUndefined();

      expect(await coverage(consultation.id)).toEqual(before);
      expect(await matrix()).toEqual(matrixBefore);
      expect((await organisation(target.id)).groups).toEqual([{ id: sourceOnly.id }]);
    });

    it('answers the same after merges in a chain (a source into a target that is then merged itself)', async () => {
      const [first, second, third] = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app)];
      const [firstGroup, secondGroup, thirdGroup] = [await createGroup(app), await createGroup(app), await createGroup(app)];
      await addMembers(app, firstGroup.id, { organisationIds: [first.id] });
      await addMembers(app, secondGroup.id, { organisationIds: [second.id] });
      await addMembers(app, thirdGroup.id, { organisationIds: [third.id, first.id] });
      const consultation = await createConsultation(app, { targetGroupIds: [firstGroup.id, secondGroup.id, thirdGroup.id] });
      await createActivityWith(app, consultation.id, { phase: 'INITIATION', date: '2026-07-01' }, [
        { kind: 'PARTICIPATED', organisationId: first.id },
        { kind: 'INVITED', organisationId: second.id },
      ]);
      const before = await coverage(consultation.id);
      const matrixBefore = await matrix();

      expect((await merge(second.id, [first.id])).errors).toBeUndefined();
      const activity = await createActivityWith(app, consultation.id, { phase: 'DRAFTING', date: '2026-07-02' }, []);
      await recordEngagements(app, activity.id, [{ kind: 'PARTICIPATED', organisationId: second.id }]);
      const between = await coverage(consultation.id);
      const matrixBetween = await matrix();
      expect((await merge(third.id, [second.id])).errors).toBeUndefined();

      expect(await coverage(consultation.id)).toEqual(between);
      expect(await matrix()).toEqual(matrixBetween);
      expect(between).not.toEqual(before);
      expect(matrixBetween).not.toEqual(matrixBefore);
      const rowOf = (groupId: string) => between.groups.find((row) => row.group.id === groupId);
      // `second` heard after it took over `first`'s groups counts for them too; `first` still counts once per group.
      expect(rowOf(firstGroup.id)).toMatchObject({ heard: 2, phasesHeard: ['INITIATION', 'DRAFTING'] });
      expect(rowOf(thirdGroup.id)).toMatchObject({ heard: 2 });
    });
  });
});
