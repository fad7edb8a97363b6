import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { observeQueries } from '@sidos/database';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation, createPolicyArea } from './support/factories.js';
import { createActivity, createConsultation, type EngagementRecord, recordEngagements } from './support/engagement-factories.js';

const SUGGESTIONS = graphql(`
  query PracticeStatementsSuggestions($consultationId: ID!, $activityId: ID) {
    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: 200) {
      group {
        id
        name
      }
      organisation {
        id
        name
        preferences {
          methods
          policyAreas {
            id
          }
        }
        themesRaised {
          id
          title
        }
      }
      contact {
        id
        lastName
        preferences {
          modes
          policyAreas {
            id
          }
        }
        themesRaised {
          id
        }
      }
      invitationsThisQuarter
      invitationsLast12Months
      overLimit
      matchesPreferences
    }
  }
`);
const THEMES = graphql(`
  query PracticeStatementsThemes($id: ID!) {
    consultation(id: $id) {
      themes {
        id
        title
        consultation {
          id
        }
        raisedBy {
          id
          organisation {
            id
            themesRaised {
              id
            }
            preferences {
              notes
            }
          }
          contact {
            id
            themesRaised(consultationId: $id) {
              id
            }
          }
        }
      }
    }
  }
`);
const SET_ORGANISATION_PREFERENCES = graphql(`
  mutation PracticeStatementsOrganisationPreferences($o: ID, $p: EngagementPreferencesInput) {
    setEngagementPreferences(organisationId: $o, preferences: $p) {
      updatedAt
    }
  }
`);
const SET_CONTACT_PREFERENCES = graphql(`
  mutation PracticeStatementsContactPreferences($c: ID, $p: EngagementPreferencesInput) {
    setEngagementPreferences(contactId: $c, preferences: $p) {
      updatedAt
    }
  }
`);
const CREATE_THEME = graphql(`
  mutation PracticeStatementsCreateTheme($input: CreateInputThemeInput!) {
    createInputTheme(input: $input) {
      id
    }
  }
`);

interface Seeded {
  consultationId: string;
  activityId: string;
  heardConsultationId: string;
}

/**
 * `count` organisations and `count` contacts in a target group of a fresh consultation, each with
 * preferences and an invitation elsewhere; in a second consultation each organisation (with a contact on
 * its behalf) raised a theme.
 */
async function seed(app: TestApp, count: number): Promise<Seeded> {
  const area = await createPolicyArea(app);
  const group = await createGroup(app);
  const elsewhere = await createConsultation(app);
  const invitations = await createActivity(app, elsewhere.id, { date: '2026-03-01' });
  const heard = await createConsultation(app);
  const heardActivity = await createActivity(app, heard.id);
  const organisationIds: string[] = [];
  const contactIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const organisation = await createOrganisation(app);
    const contact = await createContact(app);
    organisationIds.push(organisation.id);
    contactIds.push(contact.id);
    await app.ok(SET_ORGANISATION_PREFERENCES, {
      o: organisation.id,
      p: { methods: ['WORKSHOP'], policyAreaIds: [area.id], maxInvitationsPerQuarter: 2 },
    });
    await app.ok(SET_CONTACT_PREFERENCES, {
      c: contact.id,
      p: { modes: ['VIRTUAL'], policyAreaIds: [area.id] },
    });
    const [record] = await recordEngagements(app, heardActivity.id, [{ kind: 'PARTICIPATED', organisationId: organisation.id, contactId: contact.id }]);
    await app.ok(CREATE_THEME, {
      input: { consultationId: heard.id, title: `Teema ${index}`, raisedByEngagementIds: [record.id] },
    });
  }
  await recordEngagements(
    app,
    invitations.id,
    organisationIds.map((organisationId): EngagementRecord => ({ kind: 'INVITED', organisationId })),
  );
  await addMembers(app, group.id, { organisationIds, contactIds });
  const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
  const activity = await createActivity(app, consultation.id, { date: '2026-03-10' });
  return { consultationId: consultation.id, activityId: activity.id, heardConsultationId: heard.id };
}

async function countStatements<Result, Variables>(
  app: TestApp,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<{ statements: number; data: Result }> {
  const statements: string[] = [];
  const stop = observeQueries((sql) => statements.push(sql));
  try {
    const data = await app.ok(document, variables);
    return { statements: statements.length, data };
  } finally {
    stop();
  }
}

/** No N+1 in the practice fields: statements per request do not grow with the answer. */
describe('practice statements do not grow with the answer', () => {
  let app: TestApp;
  let small: Seeded;
  let large: Seeded;
  beforeAll(async () => {
    app = await TestApp.start();
    small = await seed(app, 2);
    large = await seed(app, 25);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers invitationSuggestions with preferences and themes of 50 parties in as many statements as of 4', async () => {
    const few = await countStatements(app, SUGGESTIONS, { consultationId: small.consultationId, activityId: small.activityId });
    const many = await countStatements(app, SUGGESTIONS, { consultationId: large.consultationId, activityId: large.activityId });
    expect(few.data.invitationSuggestions).toHaveLength(4);
    expect(many.data.invitationSuggestions).toHaveLength(50);
    expect(many.data.invitationSuggestions[0]).toMatchObject({ invitationsThisQuarter: 1, matchesPreferences: true });
    expect(many.data.invitationSuggestions.filter((row) => row.organisation?.themesRaised.length === 1)).toHaveLength(25);
    expect(many.statements).toBe(few.statements);
    // Two for the suggestions (the consultation and activity; the suggestions), then one or two per field list.
    expect(many.statements).toBeLessThanOrEqual(12);
  });

  it("answers a consultation's themes with their records, parties, themesRaised and preferences in as many statements for 25 themes as for 2", async () => {
    const few = await countStatements(app, THEMES, { id: small.heardConsultationId });
    const many = await countStatements(app, THEMES, { id: large.heardConsultationId });
    expect(few.data.consultation?.themes).toHaveLength(2);
    expect(many.data.consultation?.themes).toHaveLength(25);
    expect(many.data.consultation?.themes[0].raisedBy[0].contact?.themesRaised).toHaveLength(1);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(10);
  });
});
