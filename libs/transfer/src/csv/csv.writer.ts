import { type CsvSeparator } from './csv.parser.js';

/** What Sidos writes: `;` (Finnish Excel's separator), CRLF line ends, and a UTF-8 byte order mark first. */
export const EXPORT_SEPARATOR: CsvSeparator = ';';
export const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection): such cells get a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** The inverse on import: a `'` followed by a formula character is the export's escape, and is dropped. */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

/** A cell as a spreadsheet should show it: text that starts like a formula is escaped with a leading `'`. */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes escapeFormula (also for hand-made files that escape phone numbers such as '+358 …). */
export function unescapeFormula(value: string): string {
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}

/**
 * Characters that make a field quoted: either separator (`;` and `,`, whichever the file uses: a reader
 * that takes the other one, as a spreadsheet of another locale does, must not split the field either),
 * a quote and a line break.
 */
const NEEDS_QUOTES = /[;,"\r\n]/;

/**
 * One CSV line (with its line end): fields escaped against formulas first, then quoted when they hold a
 * separator of either kind, a quote, a line break or edge spaces.
 */
export function csvLine(fields: readonly (string | null | undefined)[], separator: CsvSeparator = EXPORT_SEPARATOR): string {
  return fields.map((field) => csvField(escapeFormula(field ?? ''))).join(separator) + LINE_END;
}

function csvField(value: string): string {
  const needsQuotes = NEEDS_QUOTES.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}
