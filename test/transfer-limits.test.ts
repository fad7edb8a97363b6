import { ContactImportService, OrganisationExportService, OrganisationImportService, parseCsv } from '@sidos/transfer';
import { TestServices } from './support/test-services.js';
import { createContact, createOrganisation, viewer } from './support/service-factories.js';

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
/** Injection through a comma: a reader that splits the ";" file on commas would make a cell of `=cmd|…`. */
const INJECTED_NAME = "RT Oy,=cmd|' /C calc'!A0,";
const INJECTED_NOTES = "=cmd|' /C calc'!A0,";

/** Issue 12, item 10: CSV export quoting and the bounds of an import's answer and header (service tier). */
describe('CSV transfer limits', () => {
  let app: TestServices;
  const importOrganisations = (text: string, dryRun: boolean) => app.mutate(() => app.get(OrganisationImportService).import(viewer(), text, dryRun));
  const count = async (table: string) => Number((await app.sql<{ count: string }>(`select count(*) as count from "${table}"`))[0].count);

  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('exports a field with a comma quoted, with the formula guard, and reads it back unchanged', async () => {
    await createOrganisation(app, { name: INJECTED_NAME, notes: INJECTED_NOTES, municipality: 'Helsinki, Kallio' });
    const exported = await app.run(() => app.get(OrganisationExportService).exportText());
    const line = exported.split('\r\n').find((text) => text.includes('RT Oy'))!;
    expect(line.startsWith(`"${INJECTED_NAME}";`)).toBe(true);
    expect(line).toContain(`;"'${INJECTED_NOTES}";`);
    expect(line).toContain(';"Helsinki, Kallio";');
    // A reader that takes "," for the separator (a spreadsheet of another locale) sees no cell that starts a formula.
    const commaFields = parseCsv(`sep=,\r\n${line}`).records[0].fields;
    expect(commaFields[0].startsWith(INJECTED_NAME)).toBe(true);
    expect(commaFields.filter((field) => /^[=+\-@]/.test(field))).toEqual([]);
    expect(await importOrganisations(exported, true)).toMatchObject({ created: 0, updated: 0, errors: [], errorsLeftOut: 0 });
  });

  it('lists at most 100 row errors of an import and counts the rest, writing nothing', async () => {
    const before = await count('organisation');
    const rows = Array.from({ length: 150 }, (_, index) => `Rivi ${index};NOT_A_TYPE;not-an-email`);
    for (const dryRun of [true, false]) {
      const result = await importOrganisations(csv('name;type;email', ...rows), dryRun);
      expect(result).toMatchObject({ dryRun, committed: false, rows: 150, created: 0, errorsLeftOut: 200 });
      expect(result.errors).toHaveLength(100);
      expect(result.errors[0].line).toBe(2);
      expect(result.errors[99].line).toBe(51);
    }
    expect(await count('organisation')).toBe(before);
  });

  it('lists every error of an import with at most 100', async () => {
    const result = await importOrganisations(csv('name;type', ';ASSOCIATION', 'Hyvä ry;NOT_A_TYPE'), true);
    expect(result.errors.map((error) => [error.line, error.field])).toEqual([
      [2, 'name'],
      [3, 'type'],
    ]);
    expect(result.errorsLeftOut).toBe(0);
  });

  it('refuses a header of more than 200 columns on line 1, with one clear error, writing nothing', async () => {
    await createContact(app);
    const organisations = await count('organisation');
    const contacts = await count('contact');
    const wideOrganisations = csv(`name;type${';policyAreaCodes'.repeat(199)}`, 'Leveä ry;ASSOCIATION');
    const wideContacts = csv(`firstName;lastName;lawfulBasis${';x'.repeat(5_000)}`, 'Ville;Valtonen;PUBLIC_TASK');
    const refusedOrganisations = await importOrganisations(wideOrganisations, false);
    const refusedContacts = await app.mutate(() => app.get(ContactImportService).import(viewer(), wideContacts, false));
    expect(refusedOrganisations).toMatchObject({
      committed: false,
      created: 0,
      errors: [{ line: 1, field: null, message: 'the header has 201 columns; an import reads at most 200' }],
      errorsLeftOut: 0,
    });
    expect(refusedContacts).toMatchObject({
      committed: false,
      created: 0,
      errors: [{ line: 1, field: null, message: 'the header has 5003 columns; an import reads at most 200' }],
      errorsLeftOut: 0,
    });
    expect(await count('organisation')).toBe(organisations);
    expect(await count('contact')).toBe(contacts);
  });
});
