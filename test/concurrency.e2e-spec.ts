import { graphql } from './graphql/generated/index.js';
import type { EngagementRecordInput } from './graphql/generated/graphql.js';
import { TestApp } from './support/test-app.js';
import { createGroup, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation } from './support/engagement-factories.js';

/** Many clients at once: optimistic locking picks one winner; batches are stored once each, whole. */
describe('concurrent writes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lets exactly one of ten updates with the same version win; the rest are CONFLICT', async () => {
    const organisation = await createOrganisation(app);
    const update = graphql(`
      mutation ConcurrencyRename($id: ID!, $version: Int!, $name: String) {
        updateOrganisation(id: $id, version: $version, input: { name: $name }) {
          version
          name
        }
      }
    `);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_value, index) => app.graphql(update, { id: organisation.id, version: organisation.version, name: `Kilpailija ${index}` })),
    );
    const winners = responses.filter((response) => !response.errors);
    expect(winners).toHaveLength(1);
    expect(responses.filter((response) => response.errors?.[0]?.extensions.code === 'CONFLICT')).toHaveLength(9);
    const [row] = await app.sql<{ name: string; version: number }>('select name, version from organisation where id = ?', [organisation.id]);
    expect(row).toEqual({ name: winners[0].data!.updateOrganisation.name, version: organisation.version + 1 });
  });

  it('stores every acknowledged engagement batch exactly once, whole', async () => {
    const group = await createGroup(app);
    const organisations = await Promise.all(Array.from({ length: 5 }, () => createOrganisation(app)));
    const consultation = await createConsultation(app);
    const activity = await createActivity(app, consultation.id);
    const record = graphql(`
      mutation ConcurrencyRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {
        recordEngagements(activityId: $activityId, records: $records) {
          id
        }
      }
    `);
    const batches: EngagementRecordInput[][] = Array.from({ length: 12 }, (_value, batch) => [
      ...organisations.map((organisation): EngagementRecordInput => ({ kind: 'PARTICIPATED', organisationId: organisation.id, notes: `batch ${batch}` })),
      { kind: 'PARTICIPATED', groupId: group.id, participantCount: batch + 1, notes: `batch ${batch}` },
    ]);
    const responses = await Promise.all(batches.map((records) => app.graphql(record, { activityId: activity.id, records })));
    const acknowledged = responses.flatMap((response, batch) => (response.errors ? [] : [batch]));
    expect(acknowledged).toHaveLength(12);
    const stored = await app.sql<{ notes: string; count: number }>(
      'select notes, count(*)::int as count from engagement where activity_id = ? group by notes order by notes',
      [activity.id],
    );
    expect(stored).toHaveLength(12);
    expect(stored.every((row) => row.count === 6)).toBe(true);
    const ids = responses.flatMap((response) => response.data!.recordEngagements.map((engagement) => engagement.id));
    expect(new Set(ids).size).toBe(72);
  });
});
