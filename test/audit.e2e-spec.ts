import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation, randomBusinessId } from './support/factories.js';
import { createActivity, createConsultation, recordEngagements } from './support/engagement-factories.js';

const EVENTS = graphql(`
  query AuditEvents($entityId: ID, $first: Int, $after: String) {
    auditEvents(entityId: $entityId, first: $first, after: $after) {
      totalCount
      nodes {
        id
        at
        actor
        action
        entityType
        entityId
        changes {
          field
          from
          to
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Who changed what, when: an event for every committed change, none for a failed one. */
describe('audit trail', () => {
  let app: TestApp;
  const eventsOf = async (entityId: string) => (await app.ok(EVENTS, { entityId, first: 200 })).auditEvents.nodes;
  const countEvents = async () => Number((await app.sql<{ count: string }>('select count(*) as count from audit_event'))[0].count);

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('records create, update and archive with the actor and the field changes, newest first', async () => {
    const organisation = await app.ok(
      graphql(`
        mutation AuditCreate {
          createOrganisation(input: { name: "Auditoitava ry", type: ASSOCIATION, languages: [FI] }) {
            id
            version
          }
        }
      `),
      {},
      { sub: 'aino.editor', roles: ['EDITOR'] },
    );
    const id = organisation.createOrganisation.id;
    await app.ok(
      graphql(`
        mutation AuditUpdate($id: ID!) {
          updateOrganisation(id: $id, version: 1, input: { name: "Auditoitu ry", notes: "Tärkeä" }) {
            id
          }
        }
      `),
      { id },
      { sub: 'mikko.editor', roles: ['EDITOR'] },
    );
    await app.ok(
      graphql(`
        mutation AuditArchive($id: ID!) {
          archiveOrganisation(id: $id, version: 2) {
            id
          }
        }
      `),
      { id },
      { sub: 'admin.user', roles: ['ADMIN'] },
    );
    const events = await eventsOf(id);
    expect(events.map((event) => [event.action, event.actor, event.entityType, event.entityId])).toEqual([
      ['ARCHIVE', 'admin.user', 'Organisation', id],
      ['UPDATE', 'mikko.editor', 'Organisation', id],
      ['CREATE', 'aino.editor', 'Organisation', id],
    ]);
    expect(events[2].changes).toEqual(
      expect.arrayContaining([
        { field: 'name', from: null, to: '"Auditoitava ry"' },
        { field: 'type', from: null, to: '"ASSOCIATION"' },
        { field: 'languages', from: null, to: '["FI"]' },
      ]),
    );
    expect(events[1].changes).toEqual([
      { field: 'name', from: '"Auditoitava ry"', to: '"Auditoitu ry"' },
      { field: 'notes', from: null, to: '"Tärkeä"' },
    ]);
    expect(events[0].changes).toEqual([{ field: 'archived', from: 'false', to: 'true' }]);
    expect(new Date(events[0].at).getTime()).toBeGreaterThanOrEqual(new Date(events[2].at).getTime());
  });

  it('records contact, group, membership, consultation, activity and engagement changes', async () => {
    const organisation = await createOrganisation(app);
    const contact = await createContact(app, { affiliations: [{ organisationId: organisation.id, role: 'Chair' }] });
    const group = await createGroup(app);
    await addMembers(app, group.id, { organisationIds: [organisation.id], contactIds: [contact.id] });
    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    const activity = await createActivity(app, consultation.id);
    const [engagement] = await recordEngagements(app, activity.id, [{ kind: 'PARTICIPATED', contactId: contact.id, organisationId: organisation.id }]);

    expect((await eventsOf(contact.id))[0].changes).toEqual(
      expect.arrayContaining([{ field: 'affiliations', from: null, to: expect.stringContaining(organisation.id) }]),
    );
    const groupEvents = await eventsOf(group.id);
    expect(groupEvents.map((event) => event.action)).toEqual(['UPDATE', 'CREATE']);
    expect(groupEvents[0].changes).toEqual([
      { field: 'organisationIdsAdded', from: null, to: JSON.stringify([{ id: organisation.id, since: null }]) },
      { field: 'contactIdsAdded', from: null, to: JSON.stringify([{ id: contact.id, since: null }]) },
    ]);
    expect((await eventsOf(consultation.id))[0]).toMatchObject({ action: 'CREATE', entityType: 'Consultation' });
    expect((await eventsOf(activity.id))[0]).toMatchObject({ action: 'CREATE', entityType: 'Activity' });
    expect((await eventsOf(engagement.id))[0]).toMatchObject({
      action: 'CREATE',
      entityType: 'Engagement',
      changes: expect.arrayContaining([{ field: 'kind', from: null, to: '"PARTICIPATED"' }]),
    });
  });

  it('writes no event for a refused or failed change', async () => {
    const organisation = await createOrganisation(app);
    const before = await countEvents();
    await app.graphql(
      graphql(`
        mutation AuditCreateNameless {
          createOrganisation(input: { name: "", type: ASSOCIATION }) {
            id
          }
        }
      `),
    );
    await app.graphql(
      graphql(`
        mutation AuditUpdateStale($id: ID!) {
          updateOrganisation(id: $id, version: 99, input: { name: "Myöhässä" }) {
            id
          }
        }
      `),
      {
        id: organisation.id,
      },
    );
    await app.graphql(
      graphql(`
        mutation AuditCreateForbidden {
          createOrganisation(input: { name: "Ei oikeutta", type: ASSOCIATION }) {
            id
          }
        }
      `),
      {},
      { roles: ['VIEWER'] },
    );
    await app.graphql(
      graphql(`
        mutation AuditArchiveForbidden($id: ID!) {
          archiveOrganisation(id: $id, version: 1) {
            id
          }
        }
      `),
      { id: organisation.id },
      { roles: ['EDITOR'] },
    );
    expect(await countEvents()).toBe(before);
  });

  it('rolls the event back with the change when the database refuses it at commit', async () => {
    const businessId = randomBusinessId();
    const create = graphql(`
      mutation AuditCreateRace($name: String!, $businessId: String) {
        createOrganisation(input: { name: $name, type: COMPANY, businessId: $businessId }) {
          id
        }
      }
    `);
    const responses = await Promise.all(Array.from({ length: 6 }, (_value, index) => app.graphql(create, { name: `Kisa ${index}`, businessId })));
    const created = responses.filter((response) => !response.errors);
    expect(created).toHaveLength(1);
    const rows = await app.sql<{ count: string }>(`select count(*) as count from audit_event where entity_type = 'Organisation' and changes @> ?::jsonb`, [
      JSON.stringify([{ field: 'businessId', to: JSON.stringify(businessId) }]),
    ]);
    expect(Number(rows[0].count)).toBe(1);
  });

  it('is for ADMIN only, pages newest first and filters by entity', async () => {
    expect((await app.graphql(EVENTS, {}, { roles: ['EDITOR'] })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await app.graphql(EVENTS, {}, { roles: ['VIEWER'] })).errors![0].extensions.code).toBe('FORBIDDEN');
    const first = (await app.ok(EVENTS, { first: 2 })).auditEvents;
    const second = (await app.ok(EVENTS, { first: 2, after: first.pageInfo.endCursor })).auditEvents;
    expect(first.nodes).toHaveLength(2);
    expect(first.totalCount).toBe(await countEvents());
    const ids = [...first.nodes, ...second.nodes].map((event) => BigInt(event.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(new Set(ids).size).toBe(4);
    expect((await app.graphql(EVENTS, { after: 'garbage' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
    expect((await app.ok(EVENTS, { entityId: '4d7e3a0b-2222-4c1d-8e2f-000000000000' })).auditEvents.totalCount).toBe(0);
  });
});
