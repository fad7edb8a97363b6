import { CreateInputThemeInput, ThemeService } from '@sidos/practice';
import { ContactPrivacyService } from '@sidos/upkeep';
import { PracticeLoaders } from '../libs/practice/src/loaders/practice.loaders.js';
import { TestServices } from './support/test-services.js';
import { asInput, createActivity, createConsultation, createContact, createOrganisation, recordEngagements, viewer } from './support/service-factories.js';

/**
 * Theme texts fall under the erasure sweep (issue 16): a person's full name written into a theme's summary
 * or response is gone after the contact is erased, from the theme and from its audit events. (Passes once
 * the erasure sweep covers every text column.) Service tier.
 */
describe('erasure sweeps input themes', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
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
    const input = await asInput(
      CreateInputThemeInput,
      {
        consultationId: consultation.id,
        title: 'Siirtymäaika',
        summary: 'Kerttu Poistettava kertoi, miten siirtymäaika vaikuttaa pieniin järjestöihin.',
        responseText: 'Vastattu Poistettava Kertulle erikseen; siirtymäaikaa pidennettiin.',
        raisedByEngagementIds: [record.id],
      },
      'input',
    );
    await app.mutate(() => app.get(ThemeService).create(viewer(), input));

    await app.mutate(() => app.get(ContactPrivacyService).erase(viewer(), contact.id));
    const [theme] = await app.load(PracticeLoaders, (loaders, request) => loaders.themesOfConsultation(request), consultation.id);
    expect(theme.summary).not.toMatch(/Kerttu Poistettava/i);
    expect(theme.summary).toContain('siirtymäaika');
    expect(await app.sql(`select 1 from "input_theme" where "summary" ~* 'Kerttu\\s+Poistettava' or "response_text" ~* 'Kerttu\\s+Poistettava'`)).toEqual([]);
    expect(await app.sql(`select 1 from "audit_event" where "changes"::text ~* 'Kerttu\\s+Poistettava'`)).toEqual([]);
  });
});
