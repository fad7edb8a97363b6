import { parseCsv } from './csv.parser.js';

const lines = (text: string) => parseCsv(text).records.map((record) => [record.line, record.fields]);

describe('CSV parser', () => {
  it('reads the separator from the header: ";" as Finnish Excel writes, "," otherwise', () => {
    expect(parseCsv('nimi;y-tunnus\r\nAkava;0112038-9\r\n')).toEqual({
      separator: ';',
      records: [
        { line: 1, fields: ['nimi', 'y-tunnus'] },
        { line: 2, fields: ['Akava', '0112038-9'] },
      ],
    });
    expect(parseCsv('name,businessId\nAkava,0112038-9\n').separator).toBe(',');
    expect(parseCsv('name,"a;b;c",x\n').separator).toBe(',');
    expect(parseCsv('name\nAkava\n').separator).toBe(';');
  });

  it('keeps separators of the other kind as text', () => {
    expect(lines('name;notes\nAkava;yksi, kaksi\n')).toEqual([
      [1, ['name', 'notes']],
      [2, ['Akava', 'yksi, kaksi']],
    ]);
  });

  it('honours an Excel "sep=" first line and counts it as a line', () => {
    expect(parseCsv('sep=,\r\nname;x,y\r\na;b,c\r\n')).toEqual({
      separator: ',',
      records: [
        { line: 2, fields: ['name;x', 'y'] },
        { line: 3, fields: ['a;b', 'c'] },
      ],
    });
  });

  it('reads quoted fields with doubled quotes, embedded separators and line breaks', () => {
    const text = 'name;notes;email\r\n"Kahvila ""Kuppi"" Oy";"rivi 1\r\nrivi 2; yhä\nrivi 3";a@b.fi\r\nSeuraava;"";\r\n';
    expect(lines(text)).toEqual([
      [1, ['name', 'notes', 'email']],
      [2, ['Kahvila "Kuppi" Oy', 'rivi 1\r\nrivi 2; yhä\nrivi 3', 'a@b.fi']],
      // the quoted field of line 2 spans lines 2–4: the next record starts on line 5
      [5, ['Seuraava', '', '']],
    ]);
  });

  it('keeps Finnish, Swedish and Sámi letters as they are', () => {
    const text = 'nimi;namn\nSámediggi – Saamelaiskäräjät;Sametinget\nÅlands Ömsesidiga;Äänekoski\nAnár sámi searvi;Čeavetjávri Ŋ ŧ đ ž\n';
    expect(parseCsv(text).records.map((record) => record.fields)).toEqual([
      ['nimi', 'namn'],
      ['Sámediggi – Saamelaiskäräjät', 'Sametinget'],
      ['Ålands Ömsesidiga', 'Äänekoski'],
      ['Anár sámi searvi', 'Čeavetjávri Ŋ ŧ đ ž'],
    ]);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(lines('\uFEFFname;type\nA;COMPANY')).toEqual([
      [1, ['name', 'type']],
      [2, ['A', 'COMPANY']],
    ]);
  });

  it('skips empty lines and lines of separators only, keeping the line numbers of the rest', () => {
    expect(lines('name;type\n\n;;\r\n  ;  \nA;COMPANY\n\n\nB;OTHER\n')).toEqual([
      [1, ['name', 'type']],
      [5, ['A', 'COMPANY']],
      [8, ['B', 'OTHER']],
    ]);
  });

  it('accepts a last line without a line end, and lone CR line ends', () => {
    expect(lines('name;type\rA;COMPANY\rB;OTHER')).toEqual([
      [1, ['name', 'type']],
      [2, ['A', 'COMPANY']],
      [3, ['B', 'OTHER']],
    ]);
  });

  it('keeps a stray quote inside an unquoted field as a character', () => {
    expect(lines('name\nKahvila "Kuppi" Oy\n')).toEqual([
      [1, ['name']],
      [2, ['Kahvila "Kuppi" Oy']],
    ]);
  });

  it('marks a record with text after a closing quote, at its own line', () => {
    const { records } = parseCsv('name;type\n"Akava"ry;COMPANY\nB;OTHER\n');
    expect(records[1]).toEqual({ line: 2, fields: ['Akavary', 'COMPANY'], problem: expect.stringContaining('after a closing quote') });
    expect(records[2]).toEqual({ line: 3, fields: ['B', 'OTHER'] });
  });

  it('marks an unclosed quote at the line where the record starts', () => {
    const { records } = parseCsv('name;notes\nA;ok\nB;"never closed\nC;x\n');
    expect(records).toHaveLength(3);
    expect(records[2]).toMatchObject({ line: 3, problem: expect.stringContaining('not closed') });
  });

  it('reads empty fields, quoted or not, at any place', () => {
    expect(lines(';a;;"";\n')).toEqual([[1, ['', 'a', '', '', '']]]);
  });

  it('reads a large file (100,000 rows) whole', () => {
    const row = '"Organisaatio ""Ö"" ry";Org rf;Org;0112038-9;ASSOCIATION;FI|SV;Äänekoski;https://x.example.fi;a@b.fi;muistiinpano;\r\n';
    const text = `name;nameSv;nameEn;businessId;type;languages;municipality;website;email;notes;policyAreaCodes\r\n${row.repeat(100_000)}`;
    const { records } = parseCsv(text);
    expect(records).toHaveLength(100_001);
    expect(records[100_000]).toMatchObject({ line: 100_001, fields: expect.arrayContaining(['Organisaatio "Ö" ry']) });
  });
});
