import { ORGANISATION_COLUMNS } from '../organisations/organisation-rows.js';
import { headerKey, readCsvTable } from './csv-table.js';

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

  it('ignores columns without a header unless a row has a value there, and undoes formula escapes', () => {
    const table = readCsvTable("name;;type;\n'=Kaava ry;;COMPANY;\nB;x;COMPANY\nC;;COMPANY;;;\n", ORGANISATION_COLUMNS);
    expect(table.rows.map((row) => [row.line, row.cells.name])).toEqual([
      [2, '=Kaava ry'],
      [4, 'C'],
    ]);
    expect(table.report.result(true, false).errors).toEqual([{ line: 3, field: null, message: expect.stringContaining('column without a header') }]);
  });
});
