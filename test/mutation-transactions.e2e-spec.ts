import { MikroORM, type EventSubscriber, type TransactionEventArgs } from '@mikro-orm/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './graphql/generated/index.js';
import { type GraphQLResponse, TestApp, type TokenClaims } from './support/test-app.js';
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
  /** Makes what the mutation acts on (fresh for each of its two runs) and answers the request that runs it. */
  prepare(): Promise<(as: TokenClaims) => Promise<GraphQLResponse<unknown>>>;
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

  /**
   * A mutation's case: its document, then `.with()` what makes its variables (a second call, so that the
   * document alone decides the variables' type and the literals in them are checked against it).
   */
  function mutation<Result, Variables>(name: string, document: TypedDocumentNode<Result, Variables>) {
    return {
      with: (variables: () => Promise<Variables>): MutationCase => ({
        name,
        prepare: async () => {
          const values = await variables();
          return (as) => app.graphql(document, values, as);
        },
      }),
    };
  }

  const cases: MutationCase[] = [
    mutation(
      'createPolicyArea',
      graphql(`
        mutation TransactionCreatePolicyArea($input: CreatePolicyAreaInput!) {
          createPolicyArea(input: $input) {
            id
          }
        }
      `),
    ).with(() => Promise.resolve({ input: { code: `tx-${randomBusinessId()}`, name: 'Transaktio' } })),
    mutation(
      'createOrganisation',
      graphql(`
        mutation TransactionCreateOrganisation($input: CreateOrganisationInput!) {
          createOrganisation(input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const area = await createPolicyArea(app);
      return { input: { name: 'Transaktio ry', type: 'ASSOCIATION', businessId: randomBusinessId(), policyAreaIds: [area.id] } };
    }),
    mutation(
      'updateOrganisation',
      graphql(`
        mutation TransactionUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {
          updateOrganisation(id: $id, version: $version, input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const [before, after] = [await createPolicyArea(app), await createPolicyArea(app)];
      const organisation = await createOrganisation(app, { policyAreaIds: [before.id] });
      return { id: organisation.id, version: organisation.version, input: { name: 'Muutettu ry', policyAreaIds: [after.id] } };
    }),
    mutation(
      'archiveOrganisation',
      graphql(`
        mutation TransactionArchiveOrganisation($id: ID!, $version: Int!) {
          archiveOrganisation(id: $id, version: $version) {
            id
          }
        }
      `),
    ).with(async () => {
      const organisation = await createOrganisation(app);
      return { id: organisation.id, version: organisation.version };
    }),
    mutation(
      'unarchiveOrganisation',
      graphql(`
        mutation TransactionUnarchiveOrganisation($id: ID!, $version: Int!) {
          unarchiveOrganisation(id: $id, version: $version) {
            id
          }
        }
      `),
    ).with(async () => {
      const organisation = await createOrganisation(app);
      const archived = await app.ok(
        graphql(`
          mutation TransactionArchiveFirst($id: ID!, $version: Int!) {
            archiveOrganisation(id: $id, version: $version) {
              version
            }
          }
        `),
        { id: organisation.id, version: organisation.version },
      );
      return { id: organisation.id, version: archived.archiveOrganisation.version };
    }),
    mutation(
      'updatePolicyArea',
      graphql(`
        mutation TransactionUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {
          updatePolicyArea(id: $id, input: $input) {
            id
          }
        }
      `),
    ).with(async () => ({ id: (await createPolicyArea(app)).id, input: { code: `tx-muutettu-${randomBusinessId()}`, name: 'Muutettu alue' } })),
    mutation(
      'createContact',
      graphql(`
        mutation TransactionCreateContact($input: CreateContactInput!) {
          createContact(input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const organisation = await createOrganisation(app);
      return { input: { firstName: 'Tea', lastName: 'Transaktio', lawfulBasis: 'PUBLIC_TASK', affiliations: [{ organisationId: organisation.id }] } };
    }),
    mutation(
      'updateContact',
      graphql(`
        mutation TransactionUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {
          updateContact(id: $id, version: $version, input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const [from, to] = [await createOrganisation(app), await createOrganisation(app)];
      const contact = await createContact(app, { affiliations: [{ organisationId: from.id }] });
      return { id: contact.id, version: contact.version, input: { title: 'Uusi', affiliations: [{ organisationId: to.id, role: 'Jäsen' }] } };
    }),
    mutation(
      'createStakeholderGroup',
      graphql(`
        mutation TransactionCreateStakeholderGroup($input: CreateStakeholderGroupInput!) {
          createStakeholderGroup(input: $input) {
            id
          }
        }
      `),
    ).with(() => Promise.resolve({ input: { name: 'Transaktioryhmä', hardToReach: true } })),
    mutation(
      'updateStakeholderGroup',
      graphql(`
        mutation TransactionUpdateStakeholderGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {
          updateStakeholderGroup(id: $id, version: $version, input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const group = await createGroup(app);
      return { id: group.id, version: await version('stakeholder_group', group.id), input: { reachNotes: 'Järjestöjen kautta' } };
    }),
    mutation(
      'addGroupMembers',
      graphql(`
        mutation TransactionAddGroupMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {
          addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c, since: "2026-01-01") {
            id
          }
        }
      `),
    ).with(async () => ({ groupId: (await createGroup(app)).id, o: [(await createOrganisation(app)).id], c: [(await createContact(app)).id] })),
    mutation(
      'removeGroupMembers',
      graphql(`
        mutation TransactionRemoveGroupMembers($groupId: ID!, $o: [ID!]) {
          removeGroupMembers(groupId: $groupId, organisationIds: $o, until: "2026-06-01") {
            id
          }
        }
      `),
    ).with(async () => {
      const [group, organisation] = [await createGroup(app), await createOrganisation(app)];
      await addMembers(app, group.id, { organisationIds: [organisation.id] });
      return { groupId: group.id, o: [organisation.id] };
    }),
    mutation(
      'createConsultation',
      graphql(`
        mutation TransactionCreateConsultation($input: CreateConsultationInput!) {
          createConsultation(input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const [area, group] = [await createPolicyArea(app), await createGroup(app)];
      return { input: { title: 'Transaktiokuuleminen', ministry: 'TEM', policyAreaIds: [area.id], targetGroupIds: [group.id] } };
    }),
    mutation(
      'updateConsultation',
      graphql(`
        mutation TransactionUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {
          updateConsultation(id: $id, version: $version, input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const [before, after] = [await createGroup(app), await createGroup(app)];
      const consultation = await createConsultation(app, { targetGroupIds: [before.id] });
      return { id: consultation.id, version: consultation.version, input: { status: 'ONGOING', targetGroupIds: [after.id] } };
    }),
    mutation(
      'createActivity',
      graphql(`
        mutation TransactionCreateActivity($input: CreateActivityInput!) {
          createActivity(input: $input) {
            id
          }
        }
      `),
    ).with(async () => ({
      input: {
        consultationId: (await createConsultation(app)).id,
        title: 'Työpaja',
        method: 'WORKSHOP',
        mode: 'IN_PERSON',
        phase: 'DRAFTING',
        date: '2026-04-01',
      },
    })),
    mutation(
      'recordEngagements',
      graphql(`
        mutation TransactionRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {
          recordEngagements(activityId: $activityId, records: $records) {
            id
          }
        }
      `),
    ).with(async () => {
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const [organisation, group] = [await createOrganisation(app), await createGroup(app)];
      return {
        activityId: activity.id,
        records: [
          { kind: 'PARTICIPATED', organisationId: organisation.id },
          { kind: 'PARTICIPATED', groupId: group.id, participantCount: 12 },
        ],
      };
    }),
    mutation(
      'updateActivity',
      graphql(`
        mutation TransactionUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {
          updateActivity(id: $id, version: $version, input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const activity = await createActivity(app, (await createConsultation(app)).id);
      return { id: activity.id, version: 1, input: { title: 'Korjattu työpaja', phase: 'FINALISATION', date: '2026-05-01', participantCount: 40 } };
    }),
    mutation(
      'voidEngagements',
      graphql(`
        mutation TransactionVoidEngagements($ids: [ID!]!, $reason: String!) {
          voidEngagements(ids: $ids, reason: $reason) {
            id
          }
        }
      `),
    ).with(async () => {
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const records = await recordEngagements(app, activity.id, [
        { kind: 'PARTICIPATED', organisationId: (await createOrganisation(app)).id },
        { kind: 'PARTICIPATED', groupId: (await createGroup(app)).id, participantCount: 3 },
      ]);
      return { ids: records.map((record) => record.id), reason: 'Kirjattu väärään tilaisuuteen' };
    }),
    mutation(
      'createFacilitator',
      graphql(`
        mutation TransactionCreateFacilitator($input: CreateFacilitatorInput!) {
          createFacilitator(input: $input) {
            id
          }
        }
      `),
    ).with(() => Promise.resolve({ input: { name: 'Transaktio Fasilitaattori', methods: ['DIALOGUE'], languages: ['FI'] } })),
    mutation(
      'updateFacilitator',
      graphql(`
        mutation TransactionUpdateFacilitator($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {
          updateFacilitator(id: $id, version: $version, input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const facilitator = await createFacilitator(app);
      return { id: facilitator.id, version: facilitator.version, input: { name: 'Muutettu Fasilitaattori', methods: ['WEBINAR'] } };
    }),
    mutation(
      'assignFacilitators',
      graphql(`
        mutation TransactionAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {
          assignFacilitators(activityId: $activityId, assignments: $assignments) {
            id
          }
        }
      `),
    ).with(async () => {
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const [kept, added] = [await createFacilitator(app), await createFacilitator(app)];
      await assignFacilitators(app, activity.id, [{ facilitatorId: kept.id }]);
      return { activityId: activity.id, assignments: [{ facilitatorId: kept.id, role: 'LEAD' }, { facilitatorId: added.id }] };
    }),
    mutation(
      'unassignFacilitators',
      graphql(`
        mutation TransactionUnassignFacilitators($activityId: ID!, $ids: [ID!]!) {
          unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {
            id
          }
        }
      `),
    ).with(async () => {
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const facilitator = await createFacilitator(app);
      await assignFacilitators(app, activity.id, [{ facilitatorId: facilitator.id }]);
      return { activityId: activity.id, ids: [facilitator.id] };
    }),
    mutation(
      'recordFeedback',
      graphql(`
        mutation TransactionRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {
          recordFeedback(activityId: $activityId, responses: $responses) {
            responses
          }
        }
      `),
    ).with(async () => {
      const activity = await createActivity(app, (await createConsultation(app)).id);
      const group = await createGroup(app);
      return {
        activityId: activity.id,
        responses: [
          { rating: 5, comment: 'Hyvä', groupId: group.id },
          { rating: 2, wouldTakePartAgain: false },
        ],
      };
    }),
    mutation(
      'mergeOrganisations',
      graphql(`
        mutation TransactionMergeOrganisations($targetId: ID!, $sourceIds: [ID!]!) {
          mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {
            id
          }
        }
      `),
    ).with(async () => {
      const [target, source, group] = [await createOrganisation(app), await createOrganisation(app), await createGroup(app)];
      await addMembers(app, group.id, { organisationIds: [source.id] });
      await createContact(app, { affiliations: [{ organisationId: source.id }] });
      return { targetId: target.id, sourceIds: [source.id] };
    }),
    mutation(
      'eraseContact',
      graphql(`
        mutation TransactionEraseContact($id: ID!) {
          eraseContact(id: $id) {
            id
          }
        }
      `),
    ).with(async () => {
      const organisation = await createOrganisation(app);
      return {
        id: (await createContact(app, { email: `poistettava.${randomBusinessId()}@example.fi`, affiliations: [{ organisationId: organisation.id }] })).id,
      };
    }),
    mutation(
      'importOrganisations',
      graphql(`
        mutation TransactionImportOrganisations($csv: String!) {
          importOrganisations(csv: $csv, dryRun: false) {
            created
          }
        }
      `),
    ).with(() => Promise.resolve({ csv: `name;businessId;type\r\nTuontiyhdistys ${randomBusinessId()} ry;${randomBusinessId()};ASSOCIATION\r\n` })),
    mutation(
      'importContacts',
      graphql(`
        mutation TransactionImportContacts($csv: String!) {
          importContacts(csv: $csv, dryRun: false) {
            created
          }
        }
      `),
    ).with(() => Promise.resolve({ csv: `firstName;lastName;email;lawfulBasis\r\nTuomo;Tuoja;tuomo.${randomBusinessId()}@example.fi;PUBLIC_TASK\r\n` })),
    // Issue 16: preferences and input themes.
    mutation(
      'setEngagementPreferences',
      graphql(`
        mutation TransactionSetEngagementPreferences($o: ID, $p: EngagementPreferencesInput) {
          setEngagementPreferences(organisationId: $o, preferences: $p) {
            updatedAt
          }
        }
      `),
    ).with(async () => ({
      o: (await createOrganisation(app)).id,
      p: { methods: ['DIALOGUE'], policyAreaIds: [(await createPolicyArea(app)).id], notes: 'Iltaisin' },
    })),
    mutation(
      'createInputTheme',
      graphql(`
        mutation TransactionCreateInputTheme($input: CreateInputThemeInput!) {
          createInputTheme(input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      const [record] = await recordEngagements(app, activity.id, [{ kind: 'SUBMITTED', organisationId: (await createOrganisation(app)).id }]);
      return { input: { consultationId: consultation.id, title: 'Teema', raisedByEngagementIds: [record.id] } };
    }),
    mutation(
      'updateInputTheme',
      graphql(`
        mutation TransactionUpdateInputTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {
          updateInputTheme(id: $id, version: $version, input: $input) {
            id
          }
        }
      `),
    ).with(async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      const [record] = await recordEngagements(app, activity.id, [{ kind: 'PARTICIPATED', organisationId: (await createOrganisation(app)).id }]);
      const theme = (
        await app.ok(
          graphql(`
            mutation TransactionCreateTheme($input: CreateInputThemeInput!) {
              createInputTheme(input: $input) {
                id
              }
            }
          `),
          {
            input: { consultationId: consultation.id, title: 'Teema' },
          },
        )
      ).createInputTheme;
      return { id: theme.id, version: 1, input: { response: 'ADOPTED', raisedByEngagementIds: [record.id] } };
    }),
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
    const data = await app.ok(
      graphql(`
        query TransactionMutationNames {
          __type(name: "Mutation") {
            fields {
              name
            }
          }
        }
      `),
    );
    expect(cases.map((mutation) => mutation.name).sort()).toEqual(data.__type!.fields!.map((field) => field.name).sort());
  });

  it.each(cases.map((mutation) => [mutation.name, mutation] as const))(
    '%s: failing at COMMIT leaves nothing written; then it writes',
    async (_name, mutation) => {
      const failing = await mutation.prepare();
      const before = await fingerprint();
      fault.armed = true;
      const commitsBefore = fault.commitsFailed;
      const failed = await failing({ roles: ['ADMIN'] });
      fault.armed = false;
      expect(failed.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(fault.commitsFailed).toBe(commitsBefore + 1);
      expect(await fingerprint()).toEqual(before);

      const succeeding = await mutation.prepare();
      const beforeSuccess = await fingerprint();
      const succeeded = await succeeding({ roles: ['ADMIN'] });
      expect(succeeded.errors).toBeUndefined();
      expect(await fingerprint()).not.toEqual(beforeSuccess);
    },
  );
});
