import { parseCsv } from '../csv/csv.parser.js';
import { unescapeFormula } from '../csv/csv.writer.js';
import { ImportReport } from './import-report.js';

/** A column an import reads: its canonical name (also its export header) and other header names that mean it. */
export interface ColumnDefinition<Column extends string = string> {
  column: Column;
  aliases: readonly string[];
  /** The file must have this column (its cells are still validated row by row). */
  required?: boolean;
}

/** A header of more columns than this is refused: no import has more than a dozen, and each costs work on every row. */
export const MAX_HEADER_COLUMNS = 200;

/** One data row: its line and the cells of the columns the file has (as written, formula escapes undone). */
export interface TableRow<Column extends string> {
  line: number;
  cells: Partial<Record<Column, string>>;
}

/** A CSV file read against column definitions. With header errors, no row is read (the mapping is not to be trusted). */
export interface CsvTable<Column extends string> {
  /** The columns the file has. */
  columns: ReadonlySet<Column>;
  /** Each column's header as the file writes it (for error messages); canonical names for the rest. */
  labels: Record<Column, string>;
  rows: TableRow<Column>[];
  report: ImportReport;
}

/** Header names compare case-insensitively, ignoring spaces and punctuation: "Y-tunnus" = "ytunnus", "Business ID" = "businessId". */
export function headerKey(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Reads the header and the rows. Header errors (line 1): more than MAX_HEADER_COLUMNS columns, an
 * unknown column (refused, so that a typo never drops data silently), a column named twice, a required
 * column missing. Row errors: a malformed
 * record, a value beyond the header's columns or under an empty header.
 */
export function readCsvTable<Column extends string>(text: string, definitions: readonly ColumnDefinition<Column>[]): CsvTable<Column> {
  const { records } = parseCsv(text);
  const report = new ImportReport(Math.max(records.length - 1, 0));
  const labels = Object.fromEntries(definitions.map((definition): [string, string] => [definition.column, definition.column])) as Record<Column, string>;
  const columns = new Set<Column>();
  const empty: CsvTable<Column> = { columns, labels, rows: [], report };
  const [header, ...dataRecords] = records;
  if (!header) {
    report.error(1, null, 'the file is empty: its first line must name the columns');
    return empty;
  }
  if (header.problem) {
    report.error(header.line, null, header.problem);
    return empty;
  }
  if (header.fields.length > MAX_HEADER_COLUMNS) {
    report.error(header.line, null, `the header has ${header.fields.length} columns; an import reads at most ${MAX_HEADER_COLUMNS}`);
    return empty;
  }

  const byKey = new Map<string, Column>();
  for (const definition of definitions) {
    for (const name of [definition.column, ...definition.aliases]) byKey.set(headerKey(name), definition.column);
  }
  const columnAt: (Column | null)[] = [];
  const positionOf = new Map<Column, number>();
  header.fields.forEach((field, index) => {
    const name = field.trim();
    const column = name === '' ? undefined : byKey.get(headerKey(name));
    columnAt.push(column ?? null);
    if (name === '') return;
    if (column === undefined) {
      report.error(header.line, name, `is not a column of this import; the columns are ${definitions.map((definition) => definition.column).join(', ')}`);
    } else if (positionOf.has(column)) {
      report.error(header.line, name, `names the column ${column} again (column ${positionOf.get(column)! + 1} is ${column} too)`);
    } else {
      positionOf.set(column, index);
      columns.add(column);
      labels[column] = name;
    }
  });
  for (const definition of definitions) {
    if (definition.required && !columns.has(definition.column)) report.error(header.line, definition.column, 'is a required column: add it to the header');
  }
  if (report.hasErrors) return empty;

  const rows: TableRow<Column>[] = [];
  for (const record of dataRecords) {
    if (record.problem) {
      report.error(record.line, null, record.problem);
      continue;
    }
    const cells: Partial<Record<Column, string>> = {};
    let stray = false;
    record.fields.forEach((field, index) => {
      const column = columnAt[index];
      if (column) cells[column] = unescapeFormula(field);
      else if (field.trim() !== '') stray = true;
    });
    if (stray) {
      report.error(
        record.line,
        null,
        `has a value in a column without a header (the row has ${record.fields.length} fields, the header ${header.fields.length})`,
      );
      continue;
    }
    rows.push({ line: record.line, cells });
  }
  return { columns, labels, rows, report };
}
