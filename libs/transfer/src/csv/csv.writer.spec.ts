import { parseCsv } from './csv.parser.js';
import { csvLine, escapeFormula, unescapeFormula } from './csv.writer.js';

describe('CSV writer', () => {
  it('writes ";"-separated CRLF lines, quoting only where needed', () => {
    expect(csvLine(['Akava', null, 'a;b', 'sanoi "hei"', 'rivi\nrivi', ' reunat ', undefined])).toBe(
      'Akava;;"a;b";"sanoi ""hei""";"rivi\nrivi";" reunat ";\r\n',
    );
    expect(csvLine(['a,b'], ',')).toBe('"a,b"\r\n');
  });

  it('quotes a field with a comma in a ";" file too (a reader of another locale splits on commas), keeping the formula guard', () => {
    expect(csvLine(["RT Oy,=cmd|' /C calc'!A0,", 'x'])).toBe('"RT Oy,=cmd|\' /C calc\'!A0,";x\r\n');
    expect(csvLine(["=cmd|' /C calc'!A0,", 'yksi, kaksi'])).toBe('"\'=cmd|\' /C calc\'!A0,";"yksi, kaksi"\r\n');
    expect(csvLine(['a;b'], ',')).toBe('"a;b"\r\n');
    for (const separator of [';', ','] as const) {
      const fields = parseCsv(`a${separator}b\r\n${csvLine(["RT Oy,=cmd|' /C calc'!A0,", '+358 40 1;2', 'ok'], separator)}`).records[1].fields;
      expect(fields).toEqual(["RT Oy,=cmd|' /C calc'!A0,", "'+358 40 1;2", 'ok']);
    }
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
