import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './graphql/generated/index.js';
import { TestApp, wrongType, type TokenClaims } from './support/test-app.js';
import { createActivity, createConsultation } from './support/engagement-factories.js';
import { createFacilitator, RECORD_FEEDBACK } from './support/facilitation-factories.js';

const CREATE = graphql(`
  mutation FacilitationCreate($input: CreateFacilitatorInput!) {
    createFacilitator(input: $input) {
      id
      ministry
    }
  }
`);
const UPDATE = graphql(`
  mutation FacilitationUpdate($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {
    updateFacilitator(id: $id, version: $version, input: $input) {
      id
      version
      name
    }
  }
`);
const ASSIGN = graphql(`
  mutation FacilitationAssign($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {
    assignFacilitators(activityId: $activityId, assignments: $assignments) {
      id
    }
  }
`);
const UNASSIGN = graphql(`
  mutation FacilitationUnassign($activityId: ID!, $ids: [ID!]!) {
    unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {
      id
    }
  }
`);
const READ = graphql(`
  query FacilitationRead($id: ID!, $activityId: ID!) {
    facilitator(id: $id) {
      id
      name
      assignments {
        role
      }
    }
    facilitators(first: 5) {
      totalCount
    }
    facilitatorSuggestions(activityId: $activityId) {
      facilitator {
        id
      }
    }
    methodFeedback(window: { from: "2026-01-01", to: "2026-12-31" }) {
      phase
    }
    activity(id: $activityId) {
      facilitators {
        role
      }
      feedback {
        responses
      }
      feedbackComments {
        comment
      }
      consultation {
        feedback {
          responses
        }
      }
    }
  }
`);
const SUGGESTIONS = graphql(`
  query FacilitationSuggestions($activityId: ID!, $first: Int) {
    facilitatorSuggestions(activityId: $activityId, first: $first) {
      recentAssignments
    }
  }
`);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Roles, ministries and errors of the facilitator pool and feedback over GraphQL. */
describe('facilitation over GraphQL: roles and errors', () => {
  let app: TestApp;
  let temActivity: { id: string };
  let temFacilitator: { id: string; version: number };
  beforeAll(async () => {
    app = await TestApp.start();
    const consultation = await createConsultation(app);
    temActivity = await createActivity(app, consultation.id);
    temFacilitator = await createFacilitator(app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const code = async <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables, as: TokenClaims | null) =>
    (await app.graphql(document, variables, as)).errors?.[0]?.extensions.code ?? 'OK';

  it('lets every role read, and nobody without a token', async () => {
    for (const roles of [['VIEWER'], ['EDITOR'], ['ADMIN']]) {
      const response = await app.graphql(READ, { id: temFacilitator.id, activityId: temActivity.id }, { roles, ministry: 'YM' });
      expect(response.errors).toBeUndefined();
      expect(response.data?.facilitator?.id).toBe(temFacilitator.id);
    }
    expect(await code(READ, { id: temFacilitator.id, activityId: temActivity.id }, null)).toBe('UNAUTHENTICATED');
    expect(await code(READ, { id: temFacilitator.id, activityId: temActivity.id }, { roles: [] })).toBe('FORBIDDEN');
  });

  it("keeps a facilitator's email for EDITOR and ADMIN, as a contact's (null for a VIEWER)", async () => {
    const { createFacilitator: created } = await app.ok(
      CREATE,
      { input: { name: 'Sähköpostillinen', email: 'fasilitaattori@tem.example.fi' } },
      { roles: ['ADMIN'], ministry: 'TEM' },
    );
    const read = async (role: string) =>
      (
        await app.ok(
          graphql(`
            query FacilitationEmail($id: ID!) {
              facilitator(id: $id) {
                email
              }
            }
          `),
          { id: created.id },
          { roles: [role], ministry: 'TEM' },
        )
      ).facilitator?.email;
    expect(await read('ADMIN')).toBe('fasilitaattori@tem.example.fi');
    expect(await read('EDITOR')).toBe('fasilitaattori@tem.example.fi');
    expect(await read('VIEWER')).toBeNull();
  });

  it('answers null for an unknown or malformed facilitator id', async () => {
    const data = await app.ok(
      graphql(`
        query FacilitationUnknownIds($unknown: ID!) {
          a: facilitator(id: $unknown) {
            id
          }
          b: facilitator(id: "nope") {
            id
          }
        }
      `),
      { unknown: UNKNOWN },
    );
    expect(data).toEqual({ a: null, b: null });
  });

  it('lets a VIEWER change nothing', async () => {
    const viewer = { roles: ['VIEWER'] };
    expect(await code(CREATE, { input: { name: 'Katselija' } }, viewer)).toBe('FORBIDDEN');
    expect(await code(UPDATE, { id: temFacilitator.id, version: 1, input: { name: 'X' } }, viewer)).toBe('FORBIDDEN');
    expect(await code(ASSIGN, { activityId: temActivity.id, assignments: [{ facilitatorId: temFacilitator.id }] }, viewer)).toBe('FORBIDDEN');
    expect(await code(UNASSIGN, { activityId: temActivity.id, ids: [temFacilitator.id] }, viewer)).toBe('FORBIDDEN');
    expect(await code(RECORD_FEEDBACK, { activityId: temActivity.id, responses: [{ rating: 5 }] }, viewer)).toBe('FORBIDDEN');
  });

  it("keeps an EDITOR to its own ministry's facilitators and its own ministry's consultations' assignments and feedback", async () => {
    const ym = { roles: ['EDITOR'], ministry: 'YM' };
    expect(await code(CREATE, { input: { name: 'Toisen ministeriön', ministry: 'TEM' } }, ym)).toBe('FORBIDDEN');
    expect((await app.ok(CREATE, { input: { name: 'Oman ministeriön' } }, ym)).createFacilitator.ministry).toBe('YM');
    expect((await app.ok(CREATE, { input: { name: 'Nimetty oma', ministry: ' ym ' } }, ym)).createFacilitator.ministry).toBe('YM');
    expect(await code(UPDATE, { id: temFacilitator.id, version: temFacilitator.version, input: { name: 'X' } }, ym)).toBe('FORBIDDEN');
    const ymFacilitator = await createFacilitator(app, {}, ym);
    // A YM facilitator on a TEM activity: the activity's consultation decides.
    expect(await code(ASSIGN, { activityId: temActivity.id, assignments: [{ facilitatorId: ymFacilitator.id }] }, ym)).toBe('FORBIDDEN');
    expect(await code(ASSIGN, { activityId: temActivity.id, assignments: [{ facilitatorId: ymFacilitator.id }] }, { roles: ['EDITOR'], ministry: 'TEM' })).toBe(
      'OK',
    );
    expect(await code(UNASSIGN, { activityId: temActivity.id, ids: [ymFacilitator.id] }, ym)).toBe('FORBIDDEN');
    expect(await code(RECORD_FEEDBACK, { activityId: temActivity.id, responses: [{ rating: 5 }] }, ym)).toBe('FORBIDDEN');
    expect(await code(RECORD_FEEDBACK, { activityId: temActivity.id, responses: [{ rating: 5 }] }, { roles: ['EDITOR'], ministry: 'TEM' })).toBe('OK');
    // An ADMIN changes any ministry's.
    expect((await app.ok(CREATE, { input: { name: 'Ylläpitäjän', ministry: 'STM' } }, { roles: ['ADMIN'], ministry: 'TEM' })).createFacilitator.ministry).toBe(
      'STM',
    );
  });

  it('is BAD_USER_INPUT for bad fields, all listed at once, and for `first` out of range', async () => {
    const response = await app.graphql(CREATE, { input: { name: '  ', email: 'not-an-email', methods: wrongType(['NOPE']) } });
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = await app.graphql(CREATE, { input: { name: '  ', email: 'not-an-email', ministry: 'XYZ' } });
    expect(fields.errors?.[0].extensions.fields?.map((field) => field.path).sort()).toEqual(['email', 'ministry', 'name']);
    expect(
      await code(
        graphql(`
          query FacilitationTooMany {
            facilitators(first: 201) {
              totalCount
            }
          }
        `),
        {},
        {},
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await code(SUGGESTIONS, { activityId: temActivity.id, first: -1 }, {})).toBe('BAD_USER_INPUT');
  });

  it('is NOT_FOUND for the record a mutation acts on, CONFLICT for a stale version', async () => {
    expect(await code(UPDATE, { id: UNKNOWN, version: 1, input: { name: 'X' } }, {})).toBe('NOT_FOUND');
    expect(await code(ASSIGN, { activityId: UNKNOWN, assignments: [] }, {})).toBe('NOT_FOUND');
    expect(await code(UNASSIGN, { activityId: 'malformed', ids: [] }, {})).toBe('NOT_FOUND');
    expect(await code(RECORD_FEEDBACK, { activityId: UNKNOWN, responses: [{ rating: 3 }] }, {})).toBe('NOT_FOUND');
    expect(await code(SUGGESTIONS, { activityId: UNKNOWN }, {})).toBe('NOT_FOUND');
    const facilitator = await createFacilitator(app);
    expect((await app.ok(UPDATE, { id: facilitator.id, version: facilitator.version, input: { name: 'Uusi nimi' } })).updateFacilitator.version).toBe(
      facilitator.version + 1,
    );
    expect(await code(UPDATE, { id: facilitator.id, version: facilitator.version, input: { name: 'Vanha versio' } }, {})).toBe('CONFLICT');
    expect(await code(UPDATE, { id: facilitator.id, version: facilitator.version + 1, input: { name: null } }, {})).toBe('BAD_USER_INPUT');
  });

  it('reports the path of an unknown facilitator and of an invalid response, with no SQL in any message', async () => {
    const assign = await app.graphql(ASSIGN, { activityId: temActivity.id, assignments: [{ facilitatorId: UNKNOWN }] });
    expect(assign.errors?.[0].extensions.fields).toEqual([{ path: 'assignments.0.facilitatorId', message: expect.stringContaining('names no facilitator') }]);
    const feedback = await app.graphql(RECORD_FEEDBACK, { activityId: temActivity.id, responses: [{ rating: 9, groupId: UNKNOWN }] });
    expect(feedback.errors?.[0].extensions.fields?.map((field) => field.path).sort()).toEqual(['responses.0.groupId', 'responses.0.rating']);
    for (const error of [...(assign.errors ?? []), ...(feedback.errors ?? [])]) expect(error.message).not.toMatch(/select|insert|violates/i);
  });
});
