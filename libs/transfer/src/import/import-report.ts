import { ImportResult, ImportRowError } from './import-result.type.js';

/** An import lists at most this many errors (the first by line); the rest are only counted. */
export const MAX_LISTED_ERRORS = 100;

/**
 * Collects the outcome of every row of one import: counts, and the errors with their lines. However many
 * errors a file has, at most twice MAX_LISTED_ERRORS are held at a time: the first by line are kept, the
 * others counted.
 */
export class ImportReport {
  private errors: ImportRowError[] = [];
  private errorsLeftOut = 0;
  private readonly linesWithErrors = new Set<number>();
  created = 0;
  updated = 0;
  skipped = 0;

  constructor(readonly rows: number) {}

  error(line: number, field: string | null, message: string): void {
    this.errors.push({ line, field, message });
    this.linesWithErrors.add(line);
    if (this.errors.length >= 2 * MAX_LISTED_ERRORS) this.keepFirstErrors();
  }

  hasErrorOn(line: number): boolean {
    return this.linesWithErrors.has(line);
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  result(dryRun: boolean, committed: boolean): ImportResult {
    this.keepFirstErrors();
    return {
      dryRun,
      committed,
      rows: this.rows,
      created: this.created,
      updated: this.updated,
      skipped: this.skipped,
      errors: [...this.errors],
      errorsLeftOut: this.errorsLeftOut,
    };
  }

  /** Sorts the held errors by line (a stable sort: one line's errors stay in the order found) and counts those past the limit. */
  private keepFirstErrors(): void {
    this.errors.sort((a, b) => a.line - b.line);
    if (this.errors.length <= MAX_LISTED_ERRORS) return;
    this.errorsLeftOut += this.errors.length - MAX_LISTED_ERRORS;
    this.errors = this.errors.slice(0, MAX_LISTED_ERRORS);
  }
}
