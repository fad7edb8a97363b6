import { Role, type Viewer } from '@sidos/auth';
import { StaleVersionError } from '@sidos/common';
import { ActivityService, ConsultationService, EngagementMethod, EngagementMode, PreparationPhase } from '@sidos/engagement';
import { TestServices } from './support/test-services.js';

/** Service tier: an activity is a versioned record (VersionedEntity) that updateActivity changes in place. */
const editor: Viewer = { id: 'activity-editor', name: null, roles: [Role.EDITOR], ministry: 'TEM' };

describe('activity service', () => {
  let app: TestServices;
  let activities: ActivityService;

  beforeAll(async () => {
    app = await TestServices.start();
    activities = app.get(ActivityService);
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function anActivity() {
    const consultation = await app.run(() => app.get(ConsultationService).create(editor, { title: 'Työllisyyspalvelujen uudistus' }));
    return app.run(() =>
      activities.create(editor, {
        consultationId: consultation.id,
        title: 'Erätauko-dialogi',
        method: EngagementMethod.DIALOGUE,
        mode: EngagementMode.IN_PERSON,
        phase: PreparationPhase.INITIATION,
        date: '2026-10-01',
      }),
    );
  }

  it('keeps when an activity was created and last changed; a correction raises the version and the change time only', async () => {
    const created = await anActivity();
    const times = (id: string) =>
      app.sql<{ created: number; updated: number; version: number; title: string }>(
        'select extract(epoch from created_at)::float8 as created, extract(epoch from updated_at)::float8 as updated, version, title from activity where id = ?',
        [id],
      );
    const [stored] = await times(created.id);
    expect(stored.version).toBe(1);
    expect(stored.updated - stored.created).toBeGreaterThanOrEqual(0);
    expect(stored.updated - stored.created).toBeLessThan(1);

    const updated = await app.run(() => activities.update(editor, created.id, 1, { title: 'Erätauko-dialogi (korjattu)', participantCount: 12 }));
    expect(updated).toMatchObject({ title: 'Erätauko-dialogi (korjattu)', participantCount: 12, version: 2 });
    const [after] = await times(created.id);
    expect(after).toMatchObject({ version: 2, title: 'Erätauko-dialogi (korjattu)', created: stored.created });
    expect(after.updated).toBeGreaterThan(stored.updated);
  });

  it('refuses a stale version with the current one and changes nothing', async () => {
    const created = await anActivity();
    await app.run(() => activities.update(editor, created.id, 1, { phase: PreparationPhase.DRAFTING }));
    const stale = app.run(() => activities.update(editor, created.id, 1, { title: 'Ei tallennu' }));
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ details: { currentVersion: 2 } });
    const [row] = await app.sql<{ title: string; version: number }>('select title, version from activity where id = ?', [created.id]);
    expect(row).toEqual({ title: 'Erätauko-dialogi', version: 2 });
  });
});
