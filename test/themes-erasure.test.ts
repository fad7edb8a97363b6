import { TestApp } from './support/test-app.js';
import { createContact, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation, recordEngagements } from './support/engagement-factories.js';

const CREATE = 'mutation ($input: CreateInputThemeInput!) { createInputTheme(input: $input) { id } }';
const THEME = 'query ($id: ID!) { consultation(id: $id) { themes { id title summary responseText } } }';
const ERASE = 'mutation ($id: ID!) { eraseContact(id: $id) { id erased } }';

/**
 * Theme texts fall under the erasure sweep (issue 16): a person's full name written into a theme's summary
 * or response is gone after the contact is erased, from the theme and from its audit events. (Passes once
 * the erasure sweep covers every text column.)
 */
describe('erasure sweeps input themes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("removes an erased contact's full name from theme summaries and responses, and from their audit events", async () => {
    const contact = await createContact(app, { firstName: 'Kerttu', lastName: 'Poistettava' });
    const consultation = await createConsultation(app);
    const activity = await createActivity(app, consultation.id);
    const [record] = await recordEngagements(app, activity.id, [
      { kind: 'PARTICIPATED', contactId: contact.id, organisationId: (await createOrganisation(app)).id },
    ]);
    await app.ok(CREATE, {
      input: {
        consultationId: consultation.id,
        title: 'Siirtymäaika',
        summary: 'Kerttu Poistettava kertoi, miten siirtymäaika vaikuttaa pieniin järjestöihin.',
        responseText: 'Vastattu Poistettava Kertulle erikseen; siirtymäaikaa pidennettiin.',
        raisedByEngagementIds: [record.id],
      },
    });

    await app.ok(ERASE, { id: contact.id });
    const [theme] = (await app.ok(THEME, { id: consultation.id })).consultation.themes;
    expect(theme.summary).not.toMatch(/Kerttu Poistettava/i);
    expect(theme.summary).toContain('siirtymäaika');
    expect(await app.sql(`select 1 from "input_theme" where "summary" ~* 'Kerttu\\s+Poistettava' or "response_text" ~* 'Kerttu\\s+Poistettava'`)).toEqual([]);
    expect(await app.sql(`select 1 from "audit_event" where "changes"::text ~* 'Kerttu\\s+Poistettava'`)).toEqual([]);
  });
});
