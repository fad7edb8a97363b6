import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@sidos/config';

type CoverageRows = readonly Readonly<Record<string, unknown>>[];

/**
 * The raw coverage rows of recently asked consultations, each under the coverage generation that the
 * statement computing them read (see the migration coverage-generation): a consultation's counter and
 * the register's, raised by triggers in every transaction that changes what its coverage answers.
 *
 * An entry is served only to a request whose own read of the generation (in the same statement as the
 * consultation) equals the entry's, so that an answer is never older than what the request could see:
 * a write through any API instance, an import, a merge or psql raises the counter and the entry is not
 * used again. Instances keep no state that another would need; this cache only saves work. Bounded by
 * rows (COVERAGE_CACHE_ROWS, 0 turns it off): the least recently used consultations go first, and an
 * answer larger than the whole budget is not kept.
 */
@Injectable()
export class CoverageCacheService {
  private readonly entries = new Map<string, { generation: string; rows: CoverageRows }>();
  private readonly budget: number;
  private rowCount = 0;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'coverageCacheRows'>) {
    this.budget = config.coverageCacheRows;
  }

  /** The rows kept for the consultation under exactly this generation, or undefined. */
  get(consultationId: string, generation: string): CoverageRows | undefined {
    const entry = this.entries.get(consultationId);
    if (!entry || entry.generation !== generation) return undefined;
    this.entries.delete(consultationId); // most recently used last
    this.entries.set(consultationId, entry);
    return entry.rows;
  }

  /** Keeps the rows (frozen copies) under their generation, replacing the consultation's older entry. */
  set(consultationId: string, generation: string, rows: readonly Record<string, unknown>[]): void {
    this.remove(consultationId);
    if (rows.length > this.budget) return;
    this.entries.set(consultationId, { generation, rows: Object.freeze(rows.map((row) => Object.freeze({ ...row }))) });
    this.rowCount += rows.length;
    for (const oldest of this.entries.keys()) {
      if (this.rowCount <= this.budget) break;
      this.remove(oldest);
    }
  }

  /** Consultations and rows kept. */
  get size(): { entries: number; rows: number } {
    return { entries: this.entries.size, rows: this.rowCount };
  }

  private remove(consultationId: string): void {
    const entry = this.entries.get(consultationId);
    if (!entry) return;
    this.entries.delete(consultationId);
    this.rowCount -= entry.rows.length;
  }
}
