import { ImportResult, ImportRowError } from './import-result.type.js';

/** Collects the outcome of every row of one import: counts and every error, with its line. */
export class ImportReport {
  private readonly errors: ImportRowError[] = [];
  private readonly linesWithErrors = new Set<number>();
  created = 0;
  updated = 0;
  skipped = 0;

  constructor(readonly rows: number) {}

  error(line: number, field: string | null, message: string): void {
    this.errors.push({ line, field, message });
    this.linesWithErrors.add(line);
  }

  hasErrorOn(line: number): boolean {
    return this.linesWithErrors.has(line);
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  result(dryRun: boolean, committed: boolean): ImportResult {
    const errors = [...this.errors].sort((a, b) => a.line - b.line);
    return { dryRun, committed, rows: this.rows, created: this.created, updated: this.updated, skipped: this.skipped, errors };
  }
}
