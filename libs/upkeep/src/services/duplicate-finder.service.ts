import { Injectable } from '@nestjs/common';
import { pageOf, type PageRequest, type UncountedConnection, withNodes } from '@sidos/common';
import { DuplicateOrganisationsArgs, DuplicateOrganisationsConnectionArgs } from '../inputs/index.js';
import { DuplicateRepository } from '../repositories/duplicate.repository.js';
import { DuplicateCandidate } from '../types/index.js';

/**
 * Likely duplicate organisations, best first: pairs of organisations that are not archived whose
 * normalised business IDs are the same (score 1) or whose names are similar (pg_trgm similarity of at
 * least `threshold`), with their reasons. The search itself is one set-based statement
 * (duplicatePairsSql in repositories/duplicate-pairs.sql.ts, which documents the method).
 */
@Injectable()
export class DuplicateFinderService {
  constructor(private readonly duplicates: DuplicateRepository) {}

  /** The best `first` pairs (the first page of the connection). */
  async find({ threshold, first }: DuplicateOrganisationsArgs): Promise<DuplicateCandidate[]> {
    if (first === 0) return [];
    return (await this.page(threshold, { size: first, backward: false })).nodes;
  }

  /** A page of the pairs, best first, then by the older organisation's name and the newer one's; `first` with `last` is BAD_USER_INPUT. */
  findPage(args: DuplicateOrganisationsConnectionArgs): Promise<UncountedConnection<DuplicateCandidate>> {
    return this.page(args.threshold, pageOf(args));
  }

  private async page(threshold: number, page: PageRequest): Promise<UncountedConnection<DuplicateCandidate>> {
    const pairs = await this.duplicates.pairsPage(threshold, page);
    if (pairs.nodes.length === 0) return withNodes(pairs, []);
    const organisations = await this.duplicates.organisationsByIds(pairs.nodes.flatMap((row) => [row.organisation_id, row.duplicate_id]));
    const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
    return withNodes(
      pairs,
      pairs.nodes.map((row) => ({
        organisation: byId.get(row.organisation_id)!,
        duplicate: byId.get(row.duplicate_id)!,
        score: Math.round(Number(row.score) * 1_000_000) / 1_000_000,
        reasons: row.reasons,
      })),
    );
  }
}
