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

/** One CSV line (with its line end): fields quoted when they hold the separator, a quote, a line break or edge spaces. */
export function csvLine(fields: readonly (string | null | undefined)[], separator: CsvSeparator = EXPORT_SEPARATOR): string {
  return fields.map((field) => csvField(escapeFormula(field ?? ''), separator)).join(separator) + LINE_END;
}

function csvField(value: string, separator: CsvSeparator): string {
  const needsQuotes = value.includes(separator) || value.includes('"') || value.includes('\n') || value.includes('\r') || value !== value.trim();
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}
