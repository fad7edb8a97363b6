/** The separators Sidos reads: Finnish Excel writes `;` (the decimal comma takes `,`), others `,`. */
export type CsvSeparator = ';' | ',';

/** One record of a CSV file; `line` is the physical line it starts on (1 = the first line of the file). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record is malformed (an unclosed quote, text after a closing quote); its fields are not to be trusted. */
  problem?: string;
}

export interface CsvDocument {
  separator: CsvSeparator;
  /** Every record with a non-blank field, the header first. Blank lines and lines of separators only are left out. */
  records: CsvRecord[];
}

const QUOTE = 0x22;
const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
const BYTE_ORDER_MARK = 0xfeff;
const SEPARATOR_HINT = /^sep=([;,])(\r\n|\n|\r|$)/;

/**
 * Reads CSV text as RFC 4180 describes it, and as Excel writes it:
 * - a UTF-8 byte order mark is dropped; an Excel `sep=;` first line names the separator;
 * - otherwise the separator is the one of `;` and `,` that occurs more often outside quotes on the
 *   first line (the header); `;` when neither does;
 * - fields may be quoted, with `""` for a quote inside; quoted fields may hold separators and line breaks;
 * - lines end with CRLF, LF or a lone CR;
 * - a quote inside an unquoted field is kept as a character (lenient: hand-typed files have them).
 * Line numbers are physical lines: a record whose quoted field spans lines is reported at the line
 * it starts on, and the records after it at their own lines.
 */
export function parseCsv(text: string): CsvDocument {
  let position = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  let line = 1;
  let separator: CsvSeparator;
  const hint = SEPARATOR_HINT.exec(text.slice(position, position + 8));
  if (hint) {
    separator = hint[1] as CsvSeparator;
    position += hint[0].length;
    line += hint[2] ? 1 : 0;
  } else {
    separator = detectSeparator(text, position);
  }
  return { separator, records: readRecords(text, position, line, separator.charCodeAt(0)) };
}

function readRecords(text: string, start: number, firstLine: number, separator: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  const length = text.length;
  let position = start;
  let line = firstLine;
  let record: CsvRecord = { line, fields: [] };
  for (;;) {
    if (position < length && text.charCodeAt(position) === QUOTE) {
      const quoted = readQuotedField(text, position + 1);
      line += quoted.lineBreaks;
      position = quoted.end;
      let value = quoted.value;
      if (quoted.unclosed) {
        record.problem = 'a quoted field is not closed: its closing quote is missing';
      } else if (position < length && !isFieldEnd(text.charCodeAt(position), separator)) {
        record.problem ??= 'unexpected text after a closing quote (a quote inside a field must be doubled: "")';
        const end = fieldEnd(text, position, separator);
        value += text.slice(position, end);
        position = end;
      }
      record.fields.push(value);
    } else {
      const end = fieldEnd(text, position, separator);
      record.fields.push(text.slice(position, end));
      position = end;
    }
    if (position >= length) break;
    const code = text.charCodeAt(position);
    if (code === separator) {
      position += 1;
      continue;
    }
    position += code === CARRIAGE_RETURN && text.charCodeAt(position + 1) === LINE_FEED ? 2 : 1;
    line += 1;
    if (!isBlank(record)) records.push(record);
    record = { line, fields: [] };
  }
  if (!isBlank(record)) records.push(record);
  return records;
}

/** A quoted field from just after its opening quote: its value, where it ends (after the closing quote) and the line breaks inside. */
function readQuotedField(text: string, start: number): { value: string; end: number; lineBreaks: number; unclosed: boolean } {
  let value = '';
  let position = start;
  let lineBreaks = 0;
  for (;;) {
    const quote = text.indexOf('"', position);
    if (quote === -1) {
      const rest = text.slice(position);
      return { value: value + rest, end: text.length, lineBreaks: lineBreaks + countLineBreaks(rest), unclosed: true };
    }
    const chunk = text.slice(position, quote);
    lineBreaks += countLineBreaks(chunk);
    value += chunk;
    if (text.charCodeAt(quote + 1) === QUOTE) {
      value += '"';
      position = quote + 2;
      continue;
    }
    return { value, end: quote + 1, lineBreaks, unclosed: false };
  }
}

function fieldEnd(text: string, start: number, separator: number): number {
  let position = start;
  while (position < text.length && !isFieldEnd(text.charCodeAt(position), separator)) position += 1;
  return position;
}

function isFieldEnd(code: number, separator: number): boolean {
  return code === separator || code === LINE_FEED || code === CARRIAGE_RETURN;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LINE_FEED || (code === CARRIAGE_RETURN && text.charCodeAt(index + 1) !== LINE_FEED)) count += 1;
  }
  return count;
}

/** A record of empty or blank fields only: an empty line, or the `;;;;` Excel writes for an empty row. */
function isBlank(record: CsvRecord): boolean {
  return record.problem === undefined && record.fields.every((field) => field.trim() === '');
}

/** `;` or `,`, whichever occurs more often outside quotes on the first line; `;` on a tie. */
function detectSeparator(text: string, start: number): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let position = start; position < text.length; position += 1) {
    const character = text[position];
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && character === ';') semicolons += 1;
    else if (!quoted && character === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}
