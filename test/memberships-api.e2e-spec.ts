import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { createGroup, createOrganisation } from './support/factories.js';

const ADD = graphql(`
  mutation MembershipsApiAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {
    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {
      id
      memberCount
    }
  }
`);

interface Period {
  since: string | null;
  until: string | null;
}

/** Dated group memberships through the API: a malformed date is refused by the Date scalar (the rules are service tests, memberships.test.ts). */
describe('dated group memberships through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The periods of a member in a group, as stored, oldest first. */
  const periods = async (groupId: string, memberId: string): Promise<Period[]> =>
    app.sql<Period>(
      `select "since"::text as "since", "until"::text as "until" from (
         select "group_id", "organisation_id" as "member_id", "since", "until" from "group_organisation"
         union all select "group_id", "contact_id", "since", "until" from "group_contact"
       ) m where "group_id" = ? and "member_id" = ? order by "since" nulls first`,
      [groupId, memberId],
    );

  it('refuses a malformed date with BAD_USER_INPUT', async () => {
    const group = await createGroup(app);
    const organisation = await createOrganisation(app);
    const response = await app.graphql(ADD, { g: group.id, o: [organisation.id], since: '2026-02-30' });
    expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await periods(group.id, organisation.id)).toEqual([]);
  });
});
