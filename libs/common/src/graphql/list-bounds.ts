import { Logger, type OnModuleDestroy } from '@nestjs/common';

/** List sizes the data holds, by "Type.field" (a feature's repository answers those of its relations). */
export type ListBoundSource = () => Promise<Record<string, number>>;

/**
 * How many items each plain list field (one without `first`) holds, for the cost estimate: read from the
 * feature repositories when the API starts and again every `refreshMs` in the background (never on a
 * request's path, so no statement per request). The sizes are high percentiles of each relation's
 * fan-out, not its single largest instance: one federation with 500 contacts must not make every page of
 * organisations with their affiliations too costly. What an estimate misses (an outlier, data grown since
 * the last read) the response budget, checked during execution, stops.
 */
export class ListBounds implements OnModuleDestroy {
  private readonly logger = new Logger('ListBounds');
  private bounds = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly sources: readonly ListBoundSource[] = [],
    private readonly refreshMs = 0,
  ) {}

  /** Reads the data's sizes (and, with `refreshMs`, keeps reading them); without an answer the last one stays. */
  async load(): Promise<this> {
    try {
      const answers = await Promise.all(this.sources.map((source) => source()));
      this.bounds = new Map(answers.flatMap((answer) => Object.entries(answer)).filter(([, size]) => Number.isFinite(size)));
    } catch {
      this.logger.warn('List sizes could not be read: plain lists are costed by the sizes read before, or by the default');
    }
    if (this.refreshMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.load(), this.refreshMs);
      this.timer.unref();
    }
    return this;
  }

  /** The size of `Type.field`, if anything is known of it. */
  bound(typeName: string, fieldName: string): number | undefined {
    return this.bounds.get(`${typeName}.${fieldName}`);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
