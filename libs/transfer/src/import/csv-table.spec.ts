import { ORGANISATION_COLUMNS } from '../organisations/organisation-rows.js';
import { headerKey, MAX_HEADER_COLUMNS, readCsvTable } from './csv-table.js';

describe('CSV table', () => {
  it('compares header names case-insensitively, ignoring spaces and punctuation', () => {
    expect(headerKey('Y-tunnus')).toBe(headerKey('ytunnus'));
    expect(headerKey(' Business ID ')).toBe(headerKey('businessId'));
    expect(headerKey('Sähköposti')).toBe('sähköposti');
  });

  it('maps Finnish and English headers to the columns, keeping the header as written for messages', () => {
    const table = readCsvTable('Nimi;Y-tunnus;TYYPPI;Kielet;website\nAkava;0112038-9;association;fi sv;https://akava.example.fi\n', ORGANISATION_COLUMNS);
    expect([...table.columns]).toEqual(['name', 'businessId', 'type', 'languages', 'website']);
    expect(table.labels).toMatchObject({ name: 'Nimi', businessId: 'Y-tunnus', nameSv: 'nameSv' });
    expect(table.rows).toEqual([
      { line: 2, cells: { name: 'Akava', businessId: '0112038-9', type: 'association', languages: 'fi sv', website: 'https://akava.example.fi' } },
    ]);
    expect(table.report.result(true, false)).toMatchObject({ rows: 1, errors: [] });
  });

  it('refuses unknown and repeated columns and missing required ones, and reads no row then', () => {
    const table = readCsvTable('name;nimi;bussinesId\nA;B;C\n', ORGANISATION_COLUMNS);
    expect(table.rows).toEqual([]);
    expect(table.report.result(true, false).errors).toEqual([
      { line: 1, field: 'nimi', message: 'names the column name again (column 1 is name too)' },
      { line: 1, field: 'bussinesId', message: expect.stringMatching(/^is not a column of this import; the columns are name, nameSv, nameEn, businessId, /) },
      { line: 1, field: 'type', message: 'is a required column: add it to the header' },
    ]);
  });

  it('refuses a header of more than 200 columns with one error on line 1, reading no row', () => {
    const wide = `name;type${';x'.repeat(MAX_HEADER_COLUMNS - 1)}\nAkava;ASSOCIATION\n`;
    const table = readCsvTable(wide, ORGANISATION_COLUMNS);
    expect(table.rows).toEqual([]);
    expect(table.report.result(true, false)).toMatchObject({
      rows: 1,
      errors: [{ line: 1, field: null, message: 'the header has 201 columns; an import reads at most 200' }],
      errorsLeftOut: 0,
    });
  });

  it('reads a header of exactly 200 columns (empty ones included, as spreadsheets write them)', () => {
    const table = readCsvTable(`name;type${';'.repeat(MAX_HEADER_COLUMNS - 2)}\nAkava;ASSOCIATION\n`, ORGANISATION_COLUMNS);
    expect(table.rows).toEqual([{ line: 2, cells: { name: 'Akava', type: 'ASSOCIATION' } }]);
    expect(table.report.hasErrors).toBe(false);
  });

  it('ignores columns without a header unless a row has a value there, and undoes formula escapes', () => {
    const table = readCsvTable("name;;type;\n'=Kaava ry;;COMPANY;\nB;x;COMPANY\nC;;COMPANY;;;\n", ORGANISATION_COLUMNS);
    expect(table.rows.map((row) => [row.line, row.cells.name])).toEqual([
      [2, '=Kaava ry'],
      [4, 'C'],
    ]);
    expect(table.report.result(true, false).errors).toEqual([{ line: 3, field: null, message: expect.stringContaining('column without a header') }]);
  });
});
