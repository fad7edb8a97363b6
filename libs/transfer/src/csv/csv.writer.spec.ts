import { parseCsv } from './csv.parser.js';
import { csvLine, escapeFormula, unescapeFormula } from './csv.writer.js';

describe('CSV writer', () => {
  it('writes ";"-separated CRLF lines, quoting only where needed', () => {
    expect(csvLine(['Akava', null, 'a;b', 'sanoi "hei"', 'rivi\nrivi', ' reunat ', undefined])).toBe(
      'Akava;;"a;b";"sanoi ""hei""";"rivi\nrivi";" reunat ";\r\n',
    );
    expect(csvLine(['a,b'], ',')).toBe('"a,b"\r\n');
  });

  it('escapes cells that a spreadsheet would run as formulas, and reads them back', () => {
    for (const value of ['=HYPERLINK("http://x")', '+358 40 1234567', '-1', '@SUM(A1)']) {
      expect(escapeFormula(value)).toBe(`'${value}`);
      expect(unescapeFormula(escapeFormula(value))).toBe(value);
    }
    expect(escapeFormula('Akava')).toBe('Akava');
    expect(unescapeFormula("O'Brien")).toBe("O'Brien");
    expect(unescapeFormula("'plain")).toBe("'plain");
  });

  it('round-trips any text through the parser', () => {
    const rows = [
      ['name', 'notes'],
      ['Sámediggi "Saamelaiskäräjät"', 'yksi;kaksi,kolme\r\nneljä\nviisi'],
      ['=1+1', '+358 9 123'],
    ];
    const text = rows.map((row) => csvLine(row)).join('');
    expect(parseCsv(text).records.map((record) => record.fields.map(unescapeFormula))).toEqual(rows);
  });
});
