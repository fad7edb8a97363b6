import { MikroORM, type EventSubscriber, type TransactionEventArgs } from '@mikro-orm/core';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation, createPolicyArea, randomBusinessId } from './support/factories.js';
import { createActivity, createConsultation, recordEngagements } from './support/engagement-factories.js';
import { databaseFingerprint } from './support/database-inspection.js';
import { assignFacilitators, createFacilitator } from './support/facilitation-factories.js';

/** Fails the outermost transaction at its COMMIT while armed: the last moment a mutation can fail. */
class CommitFault implements EventSubscriber {
  armed = false;
  commitsFailed = 0;

  beforeTransactionCommit(args: TransactionEventArgs): void {
    const nested = args.transaction !== undefined && typeof args.transaction === 'object' && 'savepointName' in args.transaction;
    if (!this.armed || nested) return;
    this.commitsFailed += 1;
    throw new Error('injected: the commit fails');
  }
}

interface MutationCase {
  name: string;
  query: string;
  /** Makes what the mutation acts on (fresh for each of its two runs) and answers its variables. */
  variables(): Promise<Record<string, unknown>>;
}

/**
 * One transaction per mutation: every mutation of the schema, made to fail at the last moment (its
 * transaction's COMMIT), leaves the database exactly as it was, and the same call then succeeds and
 * writes (so the check is not vacuous). A write outside the mutation's transaction would show.
 */
describe('every mutation runs in one transaction', () => {
  let app: TestApp;
  const fault = new CommitFault();
  const fingerprint = () => databaseFingerprint(app);
  const version = async (table: string, id: string) => (await app.sql<{ version: number }>(`select version from "${table}" where id = ?`, [id]))[0].version;

  const cases: MutationCase[] = [
    {
      name: 'createPolicyArea',
      query: 'mutation ($input: CreatePolicyAreaInput!) { createPolicyArea(input: $input) { id } }',
      variables: () => Promise.resolve({ input: { code: `tx-${randomBusinessId()}`, name: 'Transaktio' } }),
    },
    {
      name: 'createOrganisation',
      query: 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      variables: async () => {
        const area = await createPolicyArea(app);
        return { input: { name: 'Transaktio ry', type: 'ASSOCIATION', businessId: randomBusinessId(), policyAreaIds: [area.id] } };
      },
    },
    {
      name: 'updateOrganisation',
      query: 'mutation ($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, version: $version, input: $input) { id } }',
      variables: async () => {
        const [before, after] = [await createPolicyArea(app), await createPolicyArea(app)];
        const organisation = await createOrganisation(app, { policyAreaIds: [before.id] });
        return { id: organisation.id, version: organisation.version, input: { name: 'Muutettu ry', policyAreaIds: [after.id] } };
      },
    },
    {
      name: 'archiveOrganisation',
      query: 'mutation ($id: ID!, $version: Int!) { archiveOrganisation(id: $id, version: $version) { id } }',
      variables: async () => {
        const organisation = await createOrganisation(app);
        return { id: organisation.id, version: organisation.version };
      },
    },
    {
      name: 'unarchiveOrganisation',
      query: 'mutation ($id: ID!, $version: Int!) { unarchiveOrganisation(id: $id, version: $version) { id } }',
      variables: async () => {
        const organisation = await createOrganisation(app);
        const archived = await app.ok<{ archiveOrganisation: { version: number } }>(
          'mutation ($id: ID!, $version: Int!) { archiveOrganisation(id: $id, version: $version) { version } }',
          { id: organisation.id, version: organisation.version },
        );
        return { id: organisation.id, version: archived.archiveOrganisation.version };
      },
    },
    {
      name: 'updatePolicyArea',
      query: 'mutation ($id: ID!, $input: UpdatePolicyAreaInput!) { updatePolicyArea(id: $id, input: $input) { id } }',
      variables: async () => ({ id: (await createPolicyArea(app)).id, input: { code: `tx-muutettu-${randomBusinessId()}`, name: 'Muutettu alue' } }),
    },
    {
      name: 'createContact',
      query: 'mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }',
      variables: async () => {
        const organisation = await createOrganisation(app);
        return { input: { firstName: 'Tea', lastName: 'Transaktio', lawfulBasis: 'PUBLIC_TASK', affiliations: [{ organisationId: organisation.id }] } };
      },
    },
    {
      name: 'updateContact',
      query: 'mutation ($id: ID!, $version: Int!, $input: UpdateContactInput!) { updateContact(id: $id, version: $version, input: $input) { id } }',
      variables: async () => {
        const [from, to] = [await createOrganisation(app), await createOrganisation(app)];
        const contact = await createContact(app, { affiliations: [{ organisationId: from.id }] });
        return { id: contact.id, version: contact.version, input: { title: 'Uusi', affiliations: [{ organisationId: to.id, role: 'Jäsen' }] } };
      },
    },
    {
      name: 'createStakeholderGroup',
      query: 'mutation ($input: CreateStakeholderGroupInput!) { createStakeholderGroup(input: $input) { id } }',
      variables: () => Promise.resolve({ input: { name: 'Transaktioryhmä', hardToReach: true } }),
    },
    {
      name: 'updateStakeholderGroup',
      query:
        'mutation ($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) { updateStakeholderGroup(id: $id, version: $version, input: $input) { id } }',
      variables: async () => {
        const group = await createGroup(app);
        return { id: group.id, version: await version('stakeholder_group', group.id), input: { reachNotes: 'Järjestöjen kautta' } };
      },
    },
    {
      name: 'addGroupMembers',
      query:
        'mutation ($groupId: ID!, $o: [ID!], $c: [ID!]) { addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c, since: "2026-01-01") { id } }',
      variables: async () => ({ groupId: (await createGroup(app)).id, o: [(await createOrganisation(app)).id], c: [(await createContact(app)).id] }),
    },
    {
      name: 'removeGroupMembers',
      query: 'mutation ($groupId: ID!, $o: [ID!]) { removeGroupMembers(groupId: $groupId, organisationIds: $o, until: "2026-06-01") { id } }',
      variables: async () => {
        const [group, organisation] = [await createGroup(app), await createOrganisation(app)];
        await addMembers(app, group.id, { organisationIds: [organisation.id] });
        return { groupId: group.id, o: [organisation.id] };
      },
    },
    {
      name: 'createConsultation',
      query: 'mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }',
      variables: async () => {
        const [area, group] = [await createPolicyArea(app), await createGroup(app)];
        return { input: { title: 'Transaktiokuuleminen', ministry: 'TEM', policyAreaIds: [area.id], targetGroupIds: [group.id] } };
      },
    },
    {
      name: 'updateConsultation',
      query: 'mutation ($id: ID!, $version: Int!, $input: UpdateConsultationInput!) { updateConsultation(id: $id, version: $version, input: $input) { id } }',
      variables: async () => {
        const [before, after] = [await createGroup(app), await createGroup(app)];
        const consultation = await createConsultation(app, { targetGroupIds: [before.id] });
        return { id: consultation.id, version: consultation.version, input: { status: 'ONGOING', targetGroupIds: [after.id] } };
      },
    },
    {
      name: 'createActivity',
      query: 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
      variables: async () => ({
        input: {
          consultationId: (await createConsultation(app)).id,
          title: 'Työpaja',
          method: 'WORKSHOP',
          mode: 'IN_PERSON',
          phase: 'DRAFTING',
          date: '2026-04-01',
        },
      }),
    },
    {
      name: 'recordEngagements',
      query: 'mutation ($activityId: ID!, $records: [EngagementRecordInput!]!) { recordEngagements(activityId: $activityId, records: $records) { id } }',
      variables: async () => {
        const activity = await createActivity(app, (await createConsultation(app)).id);
        const [organisation, group] = [await createOrganisation(app), await createGroup(app)];
        return {
          activityId: activity.id,
          records: [
            { kind: 'PARTICIPATED', organisationId: organisation.id },
            { kind: 'PARTICIPATED', groupId: group.id, participantCount: 12 },
          ],
        };
      },
    },
    {
      name: 'updateActivity',
      query: 'mutation ($id: ID!, $version: Int!, $input: UpdateActivityInput!) { updateActivity(id: $id, version: $version, input: $input) { id } }',
      variables: async () => {
        const activity = await createActivity(app, (await createConsultation(app)).id);
        return { id: activity.id, version: 1, input: { title: 'Korjattu työpaja', phase: 'FINALISATION', date: '2026-05-01', participantCount: 40 } };
      },
    },
    {
      name: 'voidEngagements',
      query: 'mutation ($ids: [ID!]!, $reason: String!) { voidEngagements(ids: $ids, reason: $reason) { id } }',
      variables: async () => {
        const activity = await createActivity(app, (await createConsultation(app)).id);
        const records = await recordEngagements(app, activity.id, [
          { kind: 'PARTICIPATED', organisationId: (await createOrganisation(app)).id },
          { kind: 'PARTICIPATED', groupId: (await createGroup(app)).id, participantCount: 3 },
        ]);
        return { ids: records.map((record) => record.id), reason: 'Kirjattu väärään tilaisuuteen' };
      },
    },
    {
      name: 'createFacilitator',
      query: 'mutation ($input: CreateFacilitatorInput!) { createFacilitator(input: $input) { id } }',
      variables: () => Promise.resolve({ input: { name: 'Transaktio Fasilitaattori', methods: ['DIALOGUE'], languages: ['FI'] } }),
    },
    {
      name: 'updateFacilitator',
      query: 'mutation ($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) { updateFacilitator(id: $id, version: $version, input: $input) { id } }',
      variables: async () => {
        const facilitator = await createFacilitator(app);
        return { id: facilitator.id, version: facilitator.version, input: { name: 'Muutettu Fasilitaattori', methods: ['WEBINAR'] } };
      },
    },
    {
      name: 'assignFacilitators',
      query:
        'mutation ($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) { assignFacilitators(activityId: $activityId, assignments: $assignments) { id } }',
      variables: async () => {
        const activity = await createActivity(app, (await createConsultation(app)).id);
        const [kept, added] = [await createFacilitator(app), await createFacilitator(app)];
        await assignFacilitators(app, activity.id, [{ facilitatorId: kept.id }]);
        return { activityId: activity.id, assignments: [{ facilitatorId: kept.id, role: 'LEAD' }, { facilitatorId: added.id }] };
      },
    },
    {
      name: 'unassignFacilitators',
      query: 'mutation ($activityId: ID!, $ids: [ID!]!) { unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) { id } }',
      variables: async () => {
        const activity = await createActivity(app, (await createConsultation(app)).id);
        const facilitator = await createFacilitator(app);
        await assignFacilitators(app, activity.id, [{ facilitatorId: facilitator.id }]);
        return { activityId: activity.id, ids: [facilitator.id] };
      },
    },
    {
      name: 'recordFeedback',
      query:
        'mutation ($activityId: ID!, $responses: [FeedbackResponseInput!]!) { recordFeedback(activityId: $activityId, responses: $responses) { responses } }',
      variables: async () => {
        const activity = await createActivity(app, (await createConsultation(app)).id);
        const group = await createGroup(app);
        return {
          activityId: activity.id,
          responses: [
            { rating: 5, comment: 'Hyvä', groupId: group.id },
            { rating: 2, wouldTakePartAgain: false },
          ],
        };
      },
    },
    {
      name: 'mergeOrganisations',
      query: 'mutation ($targetId: ID!, $sourceIds: [ID!]!) { mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) { id } }',
      variables: async () => {
        const [target, source, group] = [await createOrganisation(app), await createOrganisation(app), await createGroup(app)];
        await addMembers(app, group.id, { organisationIds: [source.id] });
        await createContact(app, { affiliations: [{ organisationId: source.id }] });
        return { targetId: target.id, sourceIds: [source.id] };
      },
    },
    {
      name: 'eraseContact',
      query: 'mutation ($id: ID!) { eraseContact(id: $id) { id } }',
      variables: async () => {
        const organisation = await createOrganisation(app);
        return {
          id: (await createContact(app, { email: `poistettava.${randomBusinessId()}@example.fi`, affiliations: [{ organisationId: organisation.id }] })).id,
        };
      },
    },
    {
      name: 'importOrganisations',
      query: 'mutation ($csv: String!) { importOrganisations(csv: $csv, dryRun: false) { created } }',
      variables: () => Promise.resolve({ csv: `name;businessId;type\r\nTuontiyhdistys ${randomBusinessId()} ry;${randomBusinessId()};ASSOCIATION\r\n` }),
    },
    {
      name: 'importContacts',
      query: 'mutation ($csv: String!) { importContacts(csv: $csv, dryRun: false) { created } }',
      variables: () => Promise.resolve({ csv: `firstName;lastName;email;lawfulBasis\r\nTuomo;Tuoja;tuomo.${randomBusinessId()}@example.fi;PUBLIC_TASK\r\n` }),
    },
    // Issue 16: preferences and input themes.
    {
      name: 'setEngagementPreferences',
      query: 'mutation ($o: ID, $p: EngagementPreferencesInput) { setEngagementPreferences(organisationId: $o, preferences: $p) { updatedAt } }',
      variables: async () => ({
        o: (await createOrganisation(app)).id,
        p: { methods: ['DIALOGUE'], policyAreaIds: [(await createPolicyArea(app)).id], notes: 'Iltaisin' },
      }),
    },
    {
      name: 'createInputTheme',
      query: 'mutation ($input: CreateInputThemeInput!) { createInputTheme(input: $input) { id } }',
      variables: async () => {
        const consultation = await createConsultation(app);
        const activity = await createActivity(app, consultation.id);
        const [record] = await recordEngagements(app, activity.id, [{ kind: 'SUBMITTED', organisationId: (await createOrganisation(app)).id }]);
        return { input: { consultationId: consultation.id, title: 'Teema', raisedByEngagementIds: [record.id] } };
      },
    },
    {
      name: 'updateInputTheme',
      query: 'mutation ($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) { updateInputTheme(id: $id, version: $version, input: $input) { id } }',
      variables: async () => {
        const consultation = await createConsultation(app);
        const activity = await createActivity(app, consultation.id);
        const [record] = await recordEngagements(app, activity.id, [{ kind: 'PARTICIPATED', organisationId: (await createOrganisation(app)).id }]);
        const theme = (
          await app.ok('mutation ($input: CreateInputThemeInput!) { createInputTheme(input: $input) { id } }', {
            input: { consultationId: consultation.id, title: 'Teema' },
          })
        ).createInputTheme as { id: string };
        return { id: theme.id, version: 1, input: { response: 'ADOPTED', raisedByEngagementIds: [record.id] } };
      },
    },
  ];

  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0', LOG_LEVEL: 'silent' });
    app.app.get(MikroORM).em.getEventManager().registerSubscriber(fault);
  });
  afterAll(async () => {
    await app?.stop();
  });
  afterEach(() => {
    fault.armed = false;
  });

  it('covers every mutation of the schema', async () => {
    const { data } = await app.graphql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Mutation") { fields { name } } }');
    expect(cases.map((mutation) => mutation.name).sort()).toEqual(data!.__type.fields.map((field) => field.name).sort());
  });

  it.each(cases.map((mutation) => [mutation.name, mutation] as const))(
    '%s: failing at COMMIT leaves nothing written; then it writes',
    async (_name, mutation) => {
      const failing = await mutation.variables();
      const before = await fingerprint();
      fault.armed = true;
      const commitsBefore = fault.commitsFailed;
      const failed = await app.graphql(mutation.query, failing, { roles: ['ADMIN'] });
      fault.armed = false;
      expect(failed.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(fault.commitsFailed).toBe(commitsBefore + 1);
      expect(await fingerprint()).toEqual(before);

      const succeeding = await mutation.variables();
      const beforeSuccess = await fingerprint();
      const succeeded = await app.graphql(mutation.query, succeeding, { roles: ['ADMIN'] });
      expect(succeeded.errors).toBeUndefined();
      expect(await fingerprint()).not.toEqual(beforeSuccess);
    },
  );
});
