import { Logger } from '@nestjs/common';

/** Largest list sizes the data holds, by "Type.field" (a feature's repository answers those of its relations). */
export type ListBoundSource = () => Promise<Record<string, number>>;

/**
 * How many items each plain list field (one without `first`) can hold, for the cost estimate: read from
 * the feature repositories when the API starts, and raised by every list this instance answers (the
 * response budget counts each one), so the bound follows the data without a statement per request. A
 * list that grew since it was last seen is costed low until it is answered once; the response budget,
 * checked during execution, stops such an answer if it is too large, and the next one is refused by cost.
 */
export class ListBounds {
  private readonly logger = new Logger('ListBounds');
  private readonly bounds = new Map<string, number>();

  constructor(private readonly sources: readonly ListBoundSource[] = []) {}

  /** Reads the data's bounds; without an answer (no schema yet, database unreachable) lists start from the default. */
  async load(): Promise<this> {
    try {
      const answers = await Promise.all(this.sources.map((source) => source()));
      for (const answer of answers) for (const [key, bound] of Object.entries(answer)) this.raise(key, bound);
    } catch {
      this.logger.warn('List bounds could not be read at start: plain lists are costed from the default size up');
    }
    return this;
  }

  /** The bound of `Type.field`, if anything is known of it. */
  bound(typeName: string, fieldName: string): number | undefined {
    return this.bounds.get(`${typeName}.${fieldName}`);
  }

  /** A list of `Type.field` with `size` items was answered. */
  observe(typeName: string, fieldName: string, size: number): void {
    this.raise(`${typeName}.${fieldName}`, size);
  }

  private raise(key: string, size: number): void {
    if (Number.isFinite(size) && size > (this.bounds.get(key) ?? 0)) this.bounds.set(key, size);
  }
}
