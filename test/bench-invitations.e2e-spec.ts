import { Client } from 'pg';
import { observeQueries } from '@sidos/database';
import { API_INVITATIONS, FLOOR_INVITATIONS_SQL, finnishToday, type InvitationsAnswer, sameInvitations } from './support/scale/invitation-scenario.ts';
import { seedScale } from './support/scale/seed-scale.ts';
import { TestApp } from './support/test-app.js';

/**
 * Benchmark row (h) on a small scale register, in process: seed:scale gives a quarter of the register
 * preferences and every consultation themes; the API answers invitationSuggestions as the raw SQL floor
 * does, in a constant number of statements.
 * The documents are the benchmark's own (test/support/scale/, sent as text by bench/), so they go as text (okText).
 */
(process.env.DATABASE_URL ? describe : describe.skip)('benchmark row (h): invitation suggestions (small scale register)', () => {
  let app: TestApp;
  let client: Client;
  let largeConsultationId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const summary = await seedScale({
      url: app.database.url,
      organisations: 300,
      contacts: 900,
      groups: 30,
      consultations: 12,
      engagements: 3000,
      seed: 7,
      log: () => undefined,
    });
    largeConsultationId = summary.largeConsultationId;
    client = new Client({ connectionString: app.database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await app?.stop();
  });

  const count = async (sql: string) => Number((await client.query<{ count: string }>(sql)).rows[0].count);

  it('gives about a quarter of the organisations and contacts preferences, and each consultation three themes raised by heard records', async () => {
    const organisations = await count('select count(*) from "engagement_preferences" where "organisation_id" is not null');
    const contacts = await count('select count(*) from "engagement_preferences" where "contact_id" is not null');
    expect(organisations).toBeGreaterThan(300 * 0.15);
    expect(organisations).toBeLessThan(300 * 0.35);
    expect(contacts).toBeGreaterThan(900 * 0.15);
    expect(contacts).toBeLessThan(900 * 0.35);
    expect(await count('select count(*) from "engagement_preferences" where "max_invitations_per_quarter" is not null')).toBeGreaterThan(0);
    expect(await count('select count(*) from "input_theme"')).toBe(36);
    expect(
      await count(
        `select count(*) from "input_theme_engagement" l join "engagement" e on e."id" = l."engagement_id" where e."kind" not in ('PARTICIPATED', 'SUBMITTED')`,
      ),
    ).toBe(0);
    expect(await count('select count(*) from "input_theme_engagement"')).toBeGreaterThan(0);
  });

  it('answers (h) as the raw SQL floor does, in two statements for 50 suggestions', async () => {
    const api = (await app.okText<InvitationsAnswer>(API_INVITATIONS, { id: largeConsultationId })).invitationSuggestions;
    const floor = (
      JSON.parse((await client.query<{ body: string }>(FLOOR_INVITATIONS_SQL, [largeConsultationId, finnishToday()])).rows[0].body) as InvitationsAnswer
    ).invitationSuggestions;
    expect(api.length).toBeGreaterThan(0);
    expect(sameInvitations(api, floor)).toBe(true);

    const statements = async (id: string) => {
      let counted = 0;
      const stop = observeQueries(() => (counted += 1));
      try {
        await app.okText(API_INVITATIONS, { id });
      } finally {
        stop();
      }
      return counted;
    };
    // The consultation and activity; the suggestions with their groups, organisations and contacts.
    expect(await statements(largeConsultationId)).toBe(2);
  });
});
