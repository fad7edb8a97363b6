import { ContactExportService, ContactImportService, OrganisationExportService, OrganisationImportService } from '@sidos/transfer';
import { PracticeLoaders } from '../libs/practice/src/loaders/practice.loaders.js';
import { randomBusinessId } from './support/factories.js';
import { TestServices } from './support/test-services.js';
import { createOrganisation, createPolicyArea, setPreferences, viewer } from './support/service-factories.js';

/** CSV import and export carry engagement preferences (docs/import-export.md), on PostgreSQL (service tier). */
describe('preferences in CSV import and export of organisations', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const importCsv = (csv: string, dryRun = false) => app.mutate(() => app.get(OrganisationImportService).import(viewer(), csv, dryRun));
  const idOf = async (businessId: string) => (await app.sql<{ id: string }>('select "id" from "organisation" where "business_id" = ?', [businessId]))[0].id;
  /** Organisation.preferences, with their policy areas' codes (or null). */
  const preferencesOf = async (id: string, party: 'organisation' | 'contact' = 'organisation') => {
    const preferences = await app.load(
      PracticeLoaders,
      (loaders, request) => (party === 'organisation' ? loaders.preferencesOfOrganisation(request) : loaders.preferencesOfContact(request)),
      id,
    );
    if (!preferences) return null;
    const { methods, modes, languages, accessibilityNeeds, maxInvitationsPerQuarter, notes } = preferences;
    const policyAreas = await app.load(PracticeLoaders, (loaders, request) => loaders.policyAreasOfPreferences(request), preferences.id);
    return { methods, modes, languages, policyAreas: policyAreas.map((area) => ({ code: area.code })), accessibilityNeeds, maxInvitationsPerQuarter, notes };
  };

  it('reads the Finnish headers, creates preferences with a new organisation, and writes their audit event', async () => {
    const area = await createPolicyArea(app, { code: 'tyo-csv' });
    const businessId = randomBusinessId();
    const csv = [
      'nimi;y-tunnus;tyyppi;toivotut menetelmät;toivotut osallistumistavat;toivotut kielet;toivotut politiikka-alueet;saavutettavuustarpeet;kutsuja enintään neljänneksessä;toiveiden lisätiedot',
      `Csv-järjestö ry;${businessId};ASSOCIATION;survey|workshop;virtual;sv fi;tyo-csv;Induktiosilmukka;2;Ei kesällä`,
    ].join('\n');
    expect(await importCsv(csv)).toMatchObject({ committed: true, created: 1, errors: [] });
    const id = await idOf(businessId);
    expect(await preferencesOf(id)).toEqual({
      methods: ['WORKSHOP', 'SURVEY'],
      modes: ['VIRTUAL'],
      languages: ['FI', 'SV'],
      policyAreas: [{ code: area.code }],
      accessibilityNeeds: 'Induktiosilmukka',
      maxInvitationsPerQuarter: 2,
      notes: 'Ei kesällä',
    });
    const events = await app.sql<{ action: string }>(`select "action" from "audit_event" where "entity_type" = 'EngagementPreferences' and "entity_id" = ?`, [
      id,
    ]);
    expect(events.map((event) => event.action)).toEqual(['CREATE']);
  });

  it('updates only the preference columns the file has, skips unchanged rows, and clears preferences left empty', async () => {
    const businessId = randomBusinessId();
    const organisation = await createOrganisation(app, { businessId });
    await setPreferences(app, { organisationId: organisation.id }, { methods: ['DIALOGUE'], notes: 'Keep me', maxInvitationsPerQuarter: 4 });
    const name = organisation.name;
    expect(await importCsv(`name;businessId;type;maxInvitationsPerQuarter\n${name};${businessId};ASSOCIATION;1`)).toMatchObject({ updated: 1, errors: [] });
    expect(await preferencesOf(organisation.id)).toMatchObject({ methods: ['DIALOGUE'], notes: 'Keep me', maxInvitationsPerQuarter: 1 });
    expect(await importCsv(`name;businessId;type;maxInvitationsPerQuarter\n${name};${businessId};ASSOCIATION;1`)).toMatchObject({ skipped: 1, updated: 0 });
    expect(
      await importCsv(`name;businessId;type;preferredMethods;maxInvitationsPerQuarter;preferenceNotes\n${name};${businessId};ASSOCIATION;;;`),
    ).toMatchObject({ updated: 1, errors: [] });
    expect(await preferencesOf(organisation.id)).toBeNull();
  });

  it('refuses invalid preference cells at their line and column, and writes nothing', async () => {
    const businessId = randomBusinessId();
    const csv = `name;businessId;type;Preferred methods;maxInvitationsPerQuarter;preferredPolicyAreaCodes\nVirheellinen ry;${businessId};ASSOCIATION;SINGING;53;no-such-area`;
    const result = await importCsv(csv);
    expect(result.committed).toBe(false);
    expect(result.errors.map((error) => [error.line, error.field]).sort()).toEqual(
      [
        [2, 'Preferred methods'],
        [2, 'maxInvitationsPerQuarter'],
        [2, 'preferredPolicyAreaCodes'],
      ].sort(),
    );
    expect(await app.sql('select 1 from "organisation" where "business_id" = ?', [businessId])).toEqual([]);
  });

  it("imports and exports a contact's preferences with the contact", async () => {
    const email = `csv.${Date.now()}@example.fi`;
    const contacts = `etunimi;sukunimi;sähköposti;käsittelyperuste;toivotut osallistumistavat;saavutettavuustarpeet\nLiisa;Csv;${email};PUBLIC_TASK;in-person;Viittomakielen tulkkaus`;
    const imported = await app.mutate(() => app.get(ContactImportService).import(viewer(), contacts, false));
    expect({ created: imported.created, errors: imported.errors.map(({ field }) => ({ field })) }).toEqual({
      created: 1,
      errors: [],
    });
    const [{ id }] = await app.sql<{ id: string }>('select "id" from "contact" where "email" = ?', [email]);
    const preferences = await preferencesOf(id, 'contact');
    expect({ modes: preferences?.modes, accessibilityNeeds: preferences?.accessibilityNeeds }).toEqual({
      modes: ['IN_PERSON'],
      accessibilityNeeds: 'Viittomakielen tulkkaus',
    });
    const exported = await app.run(() => app.get(ContactExportService).exportText());
    expect(exported).toContain(`Liisa;Csv;${email};;;;PUBLIC_TASK;;;;;IN_PERSON;;;Viittomakielen tulkkaus;;\r\n`);
  });

  it('exports the preference columns, and an export imports back unchanged', async () => {
    const businessId = randomBusinessId();
    const organisation = await createOrganisation(app, { businessId, name: 'Vientitesti ry' });
    await setPreferences(
      app,
      { organisationId: organisation.id },
      { methods: ['HEARING', 'DIALOGUE'], languages: ['FI'], accessibilityNeeds: 'Tulkkaus; viittomakieli', maxInvitationsPerQuarter: 3 },
    );
    const exported = await app.run(() => app.get(OrganisationExportService).exportText());
    expect(exported.split('\r\n')[0]).toContain(
      ';preferredMethods;preferredModes;preferredLanguages;preferredPolicyAreaCodes;accessibilityNeeds;maxInvitationsPerQuarter;preferenceNotes',
    );
    expect(exported).toContain(`Vientitesti ry;;;${businessId};ASSOCIATION;;;;;;;DIALOGUE|HEARING;;FI;;"Tulkkaus; viittomakieli";3;\r\n`);
    const again = await importCsv(exported, true);
    expect(again).toMatchObject({ created: 0, updated: 0, errors: [] });
  });
});
