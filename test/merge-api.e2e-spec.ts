import { graphql } from './graphql/generated/index.js';
import { TestApp, type TokenClaims } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation, createPolicyArea } from './support/factories.js';
import { createActivityWith, createConsultation } from './support/engagement-factories.js';
import { databaseFingerprint } from './support/database-inspection.js';

const MERGE = graphql(`
  mutation MergeApiMerge($targetId: ID!, $sourceIds: [ID!]!) {
    mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {
      id
      version
      archived
      mergedInto {
        id
      }
      groups {
        id
      }
      policyAreas {
        id
      }
      affiliations {
        contact {
          id
        }
        role
        since
        until
      }
    }
  }
`);

/**
 * mergeOrganisations through the API: for ADMIN only, and a merge the database refuses at its last write
 * answers one error that does not leak the database's message. The merge itself is a service test (merge.test.ts).
 */
describe('merging organisations through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const merge = (targetId: string, sourceIds: string[], as: TokenClaims = {}) => app.graphql(MERGE, { targetId, sourceIds }, as);
  const errorOf = (response: Awaited<ReturnType<typeof merge>>) => response.errors?.[0].extensions;

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
      expect(JSON.stringify(response.errors)).not.toContain('refused by the test');
      expect(await databaseFingerprint(app)).toEqual(before);
    } finally {
      await app.sql('drop trigger refuse_merged_into on "organisation"');
      await app.sql('drop function refuse_merged_into()');
    }
  });

  it('refuses EDITOR and VIEWER (FORBIDDEN), and writes nothing', async () => {
    const target = await createOrganisation(app);
    const source = await createOrganisation(app);
    const before = await databaseFingerprint(app);
    expect(errorOf(await merge(target.id, [source.id], { roles: ['EDITOR'] }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await merge(target.id, [source.id], { roles: ['VIEWER'] }))?.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(app)).toEqual(before);
  });
});
