import { ContactPrivacyService } from '@sidos/upkeep';
import { TestServices } from './support/test-services.js';
import { createActivity, createConsultation, createContact, recordFeedback, viewer } from './support/service-factories.js';
import { activityFeedback, feedbackComments } from './support/service-reads.js';
import { columnsHolding } from './support/database-inspection.js';

/**
 * Feedback comments are free text: a participant may name a person in one. Erasing that person's contact
 * sweeps their name, email and phone out of the comments as out of every other text (issue 15, item 5;
 * the sweep itself belongs to libs/upkeep's erasure). Service tier.
 */
describe('erasure and feedback comments', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("leaves none of an erased person's name, email or phone in feedback comments, and keeps the ratings", async () => {
    const person = { firstName: 'Qwilleran', lastName: 'Zyxbottom', email: 'qwilleran.zyxbottom@example.fi', phone: '+358 40 555 0123' };
    const contact = await createContact(app, person);
    const consultation = await createConsultation(app);
    const activity = await createActivity(app, consultation.id);
    await recordFeedback(app, activity.id, [
      { rating: 5, comment: `Qwilleran Zyxbottom vastasi kysymyksiini hyvin, kiitos! (${person.email}, ${person.phone})` },
      { rating: 2, comment: 'Zyxbottom puhui liian pitkään.' },
      { rating: 4, comment: 'Hyvä tilaisuus.' },
    ]);
    // What identifies the person on its own: the full name, the email and the phone. A last name alone is not
    // swept (README, personal data: scrubbing every "Virtanen" would erase other people's data).
    const values = [`${person.firstName} ${person.lastName}`, person.email, person.phone];
    for (const value of values) expect(await columnsHolding(app, value)).not.toEqual([]);

    await app.mutate(() => app.get(ContactPrivacyService).erase(viewer({ roles: ['ADMIN'] }), contact.id));

    for (const value of values) expect(await columnsHolding(app, value)).toEqual([]);
    expect(await columnsHolding(app, 'Zyxbottom puhui')).toEqual(['feedback_response.comment: 1 rows']);
    const { responses, ratingCounts } = await activityFeedback(app, activity.id);
    expect({ responses, ratingCounts }).toEqual({ responses: 3, ratingCounts: [0, 1, 0, 1, 1] });
    expect((await feedbackComments(app, activity.id)).map((row) => row.comment)).toContain('Hyvä tilaisuus.');
  });
});
