import { finnishToday } from '@sidos/common';
import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { createContact, createGroup, createOrganisation } from './support/factories.js';

const ADD = graphql(`
  mutation MembershipsAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {
    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {
      id
    }
  }
`);
const REMOVE = graphql(`
  mutation MembershipsRemove($g: ID!, $o: [ID!], $c: [ID!], $until: Date) {
    removeGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, until: $until) {
      id
    }
  }
`);
const GROUP = graphql(`
  query MembershipsGroup($id: ID!) {
    stakeholderGroup(id: $id) {
      memberCount
      organisations {
        id
      }
      contacts {
        id
      }
      current: memberships {
        group {
          id
        }
        organisation {
          id
        }
        contact {
          id
        }
        since
        until
      }
      all: memberships(includeEnded: true) {
        organisation {
          id
        }
        contact {
          id
        }
        since
        until
      }
    }
  }
`);

function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** StakeholderGroup.memberships and the current members over GraphQL (contract 1.1). */
describe('group memberships over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lists memberships oldest first, ended ones only with includeEnded, and counts current members only', async () => {
    const today = finnishToday();
    const group = await createGroup(app);
    const [always, ended, future, leavingToday] = [
      await createOrganisation(app),
      await createOrganisation(app),
      await createOrganisation(app),
      await createOrganisation(app),
    ];
    const [contact, rejoined] = [await createContact(app), await createContact(app)];
    await app.ok(ADD, { g: group.id, o: [always.id, leavingToday.id] });
    await app.ok(ADD, { g: group.id, o: [ended.id], c: [rejoined.id] });
    await app.ok(ADD, { g: group.id, o: [ended.id] }); // already a member: nothing
    await app.ok(REMOVE, { g: group.id, o: [ended.id], c: [rejoined.id], until: '2024-01-01' });
    await app.ok(ADD, { g: group.id, c: [rejoined.id], since: '2025-02-01' });
    await app.ok(ADD, { g: group.id, c: [contact.id], since: '2023-06-01' });
    await app.ok(ADD, { g: group.id, o: [future.id], since: addDays(today, 30) });
    await app.ok(REMOVE, { g: group.id, o: [leavingToday.id] });

    const data = (await app.ok(GROUP, { id: group.id })).stakeholderGroup!;
    expect(data.memberCount).toBe(3);
    expect(data.organisations).toEqual([{ id: always.id }]);
    expect(data.contacts.map((member) => member.id).sort()).toEqual([contact.id, rejoined.id].sort());
    const member = (organisation: { id: string } | null, person: { id: string } | null, since: string | null, until: string | null) => ({
      organisation: organisation && { id: organisation.id },
      contact: person && { id: person.id },
      since,
      until,
    });
    // Exact order: open starts first (ended ones, which end first, before lasting ones), then by start.
    const order = data.all.map((row) => [row.since, row.until]);
    expect(order).toEqual([
      [null, '2024-01-01'],
      [null, '2024-01-01'],
      [null, today],
      [null, null],
      ['2023-06-01', null],
      ['2025-02-01', null],
      [addDays(today, 30), null],
    ]);
    expect(data.all).toEqual(
      expect.arrayContaining([
        member(ended, null, null, '2024-01-01'),
        member(null, rejoined, null, '2024-01-01'),
        member(leavingToday, null, null, today),
        member(always, null, null, null),
        member(null, contact, '2023-06-01', null),
        member(null, rejoined, '2025-02-01', null),
        member(future, null, addDays(today, 30), null),
      ]),
    );
    // Without includeEnded: the ended periods (until today or earlier) are left out; the future one stays.
    expect(data.current).toEqual([
      { group: { id: group.id }, ...member(always, null, null, null) },
      { group: { id: group.id }, ...member(null, contact, '2023-06-01', null) },
      { group: { id: group.id }, ...member(null, rejoined, '2025-02-01', null) },
      { group: { id: group.id }, ...member(future, null, addDays(today, 30), null) },
    ]);
  });

  it("answers only current groups in Organisation.groups and the organisations' groupIds filter", async () => {
    const [current, former] = [await createGroup(app), await createGroup(app)];
    const organisation = await createOrganisation(app);
    await app.ok(ADD, { g: current.id, o: [organisation.id], since: '2020-01-01' });
    await app.ok(ADD, { g: former.id, o: [organisation.id], since: '2020-01-01' });
    await app.ok(REMOVE, { g: former.id, o: [organisation.id], until: '2022-01-01' });
    const groups = (
      await app.ok(
        graphql(`
          query MembershipsGroupsOf($id: ID!) {
            organisation(id: $id) {
              groups {
                id
              }
            }
          }
        `),
        { id: organisation.id },
      )
    ).organisation?.groups;
    expect(groups).toEqual([{ id: current.id }]);
    const filtered = async (groupId: string) =>
      (
        await app.ok(
          graphql(`
            query MembershipsInGroup($g: [ID!]) {
              organisations(filter: { groupIds: $g }) {
                nodes {
                  id
                }
              }
            }
          `),
          { g: [groupId] },
        )
      ).organisations.nodes;
    expect(await filtered(current.id)).toEqual([{ id: organisation.id }]);
    expect(await filtered(former.id)).toEqual([]);
  });

  it('refuses EDITOR-only mutations to a VIEWER and writes nothing', async () => {
    const group = await createGroup(app);
    const organisation = await createOrganisation(app);
    const response = await app.graphql(ADD, { g: group.id, o: [organisation.id], since: '2025-01-01' }, { roles: ['VIEWER'] });
    expect(response.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await app.ok(GROUP, { id: group.id })).stakeholderGroup?.all).toEqual([]);
  });
});
