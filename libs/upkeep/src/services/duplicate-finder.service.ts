import { Injectable } from '@nestjs/common';
import { DuplicateOrganisationsArgs } from '../inputs/index.js';
import { DuplicateRepository } from '../repositories/duplicate.repository.js';
import { DuplicateCandidate } from '../types/index.js';

/**
 * Likely duplicate organisations, best first: pairs of organisations that are not archived whose
 * normalised business IDs are the same (score 1) or whose names are similar (pg_trgm similarity of at
 * least `threshold`), with their reasons. The search itself is one set-based statement
 * (DUPLICATE_PAIRS_SQL in repositories/duplicate-pairs.sql.ts, which documents the method).
 */
@Injectable()
export class DuplicateFinderService {
  constructor(private readonly duplicates: DuplicateRepository) {}

  async find({ threshold, first }: DuplicateOrganisationsArgs): Promise<DuplicateCandidate[]> {
    if (first === 0) return [];
    const rows = await this.duplicates.pairs(threshold, first);
    if (rows.length === 0) return [];
    const organisations = await this.duplicates.organisationsByIds(rows.flatMap((row) => [row.organisation_id, row.duplicate_id]));
    const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
    return rows.map((row) => ({
      organisation: byId.get(row.organisation_id)!,
      duplicate: byId.get(row.duplicate_id)!,
      score: Math.round(Number(row.score) * 1_000_000) / 1_000_000,
      reasons: row.reasons,
    }));
  }
}
