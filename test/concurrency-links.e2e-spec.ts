import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { createContact, createGroup, createOrganisation, createPolicyArea } from './support/factories.js';
import { createConsultation } from './support/engagement-factories.js';

/** Rounds of concurrent updates per kind of link; each round is a fresh record. */
const ROUNDS = 10;
/** Concurrent writers per round, all at the same version. */
const WRITERS = 8;

interface Answer {
  errors?: { extensions: { code: string } }[];
}

/**
 * Concurrent updates at the same version that replace a record's links: optimistic locking lets one
 * writer win, and the links are then exactly the winner's, whole (none lost, none of a loser's kept).
 */
describe('concurrent updates that replace links', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The index of the one writer that succeeded; every other one is CONFLICT. */
  function winnerOf(responses: Answer[]): number {
    const winners = responses.flatMap((response, index) => (response.errors ? [] : [index]));
    expect(winners).toHaveLength(1);
    expect(responses.filter((response) => response.errors?.[0]?.extensions.code === 'CONFLICT')).toHaveLength(WRITERS - 1);
    return winners[0];
  }

  it("leaves exactly the winner's policy areas on an organisation", async () => {
    const areas = await Promise.all(Array.from({ length: WRITERS + 1 }, () => createPolicyArea(app)));
    const shared = areas[WRITERS].id;
    const update = graphql(`
      mutation ConcurrencyLinksUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {
        updateOrganisation(id: $id, version: $version, input: $input) {
          version
        }
      }
    `);
    for (let round = 0; round < ROUNDS; round += 1) {
      const organisation = await createOrganisation(app, { policyAreaIds: [shared] });
      const wanted = areas.slice(0, WRITERS).map((area) => [area.id, shared].sort());
      const responses = await Promise.all(
        wanted.map((policyAreaIds, index) =>
          app.graphql(update, { id: organisation.id, version: organisation.version, input: { name: `Kilpailija ${round}.${index}`, policyAreaIds } }),
        ),
      );
      const winner = winnerOf(responses);
      const links = await app.sql<{ policy_area_id: string }>(
        'select policy_area_id from organisation_policy_area where organisation_id = ? order by policy_area_id',
        [organisation.id],
      );
      expect(links.map((link) => link.policy_area_id)).toEqual(wanted[winner]);
      const [row] = await app.sql<{ name: string; version: number }>('select name, version from organisation where id = ?', [organisation.id]);
      expect(row).toEqual({ name: `Kilpailija ${round}.${winner}`, version: organisation.version + 1 });
    }
  });

  it("leaves exactly the winner's affiliations on a contact", async () => {
    const organisations = await Promise.all(Array.from({ length: WRITERS + 1 }, () => createOrganisation(app)));
    const kept = organisations[WRITERS].id;
    const update = graphql(`
      mutation ConcurrencyLinksUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {
        updateContact(id: $id, version: $version, input: $input) {
          version
        }
      }
    `);
    for (let round = 0; round < ROUNDS; round += 1) {
      const contact = await createContact(app, { affiliations: [{ organisationId: kept, role: 'Jäsen' }] });
      const responses = await Promise.all(
        organisations.slice(0, WRITERS).map((organisation, index) =>
          app.graphql(update, {
            id: contact.id,
            version: contact.version,
            input: {
              title: `Kirjoittaja ${index}`,
              affiliations: [
                { organisationId: organisation.id, role: `Rooli ${index}`, primary: true },
                { organisationId: kept, role: `Jäsen ${index}` },
              ],
            },
          }),
        ),
      );
      const winner = winnerOf(responses);
      const affiliations = await app.sql<{ organisation_id: string; role: string }>(
        'select organisation_id, role from affiliation where contact_id = ? order by role',
        [contact.id],
      );
      expect(affiliations).toEqual(
        [
          { organisation_id: organisations[winner].id, role: `Rooli ${winner}` },
          { organisation_id: kept, role: `Jäsen ${winner}` },
        ].sort((a, b) => a.role.localeCompare(b.role)),
      );
      const [row] = await app.sql<{ title: string; version: number }>('select title, version from contact where id = ?', [contact.id]);
      expect(row).toEqual({ title: `Kirjoittaja ${winner}`, version: contact.version + 1 });
    }
  });

  it("leaves exactly the winner's target groups and policy areas on a consultation", async () => {
    const groups = await Promise.all(Array.from({ length: WRITERS }, () => createGroup(app)));
    const areas = await Promise.all(Array.from({ length: WRITERS }, () => createPolicyArea(app)));
    const update = graphql(`
      mutation ConcurrencyLinksUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {
        updateConsultation(id: $id, version: $version, input: $input) {
          version
        }
      }
    `);
    for (let round = 0; round < ROUNDS; round += 1) {
      const consultation = await createConsultation(app, { targetGroupIds: [groups[0].id], policyAreaIds: [areas[0].id] });
      const responses = await Promise.all(
        groups.map((_group, index) =>
          app.graphql(update, {
            id: consultation.id,
            version: consultation.version,
            input: { targetGroupIds: [groups[index].id, groups[(index + 1) % WRITERS].id], policyAreaIds: [areas[index].id] },
          }),
        ),
      );
      const winner = winnerOf(responses);
      const targets = await app.sql<{ group_id: string }>('select group_id from consultation_target_group where consultation_id = ? order by group_id', [
        consultation.id,
      ]);
      expect(targets.map((target) => target.group_id)).toEqual([groups[winner].id, groups[(winner + 1) % WRITERS].id].sort());
      const links = await app.sql<{ policy_area_id: string }>('select policy_area_id from consultation_policy_area where consultation_id = ?', [
        consultation.id,
      ]);
      expect(links.map((link) => link.policy_area_id)).toEqual([areas[winner].id]);
    }
  });

  it('keeps group membership periods whole and never overlapping under concurrent adds and removes', async () => {
    const add = graphql(`
      mutation ConcurrencyLinksAddMembers($groupId: ID!, $o: [ID!], $since: Date) {
        addGroupMembers(groupId: $groupId, organisationIds: $o, since: $since) {
          id
        }
      }
    `);
    const remove = graphql(`
      mutation ConcurrencyLinksRemoveMembers($groupId: ID!, $o: [ID!], $until: Date) {
        removeGroupMembers(groupId: $groupId, organisationIds: $o, until: $until) {
          id
        }
      }
    `);
    for (let round = 0; round < ROUNDS; round += 1) {
      const group = await createGroup(app);
      const organisation = await createOrganisation(app);
      const responses = await Promise.all(
        Array.from({ length: WRITERS }, (_value, index) =>
          index % 2 === 0
            ? app.graphql(add, { groupId: group.id, o: [organisation.id], since: `2026-0${1 + (index % 6)}-01` })
            : app.graphql(remove, { groupId: group.id, o: [organisation.id], until: '2026-06-15' }),
        ),
      );
      expect(responses.filter((response) => response.errors)).toEqual([]);
      const periods = await app.sql<{ since: string | null; until: string | null }>(
        `select since::text as since, until::text as until from group_organisation where group_id = ? and organisation_id = ? order by since nulls first`,
        [group.id, organisation.id],
      );
      for (let index = 1; index < periods.length; index += 1) {
        expect(periods[index - 1].until).not.toBeNull();
        expect(periods[index - 1].until! <= periods[index].since!).toBe(true);
      }
    }
  });
});
