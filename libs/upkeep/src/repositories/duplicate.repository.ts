import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Organisation } from '@sidos/register';
import { DUPLICATE_PAIRS_SQL, DUPLICATE_SEARCH_WORK_MEM_SQL } from './duplicate-pairs.sql.js';

/** One likely duplicate pair as DUPLICATE_PAIRS_SQL answers it. */
export interface DuplicatePairRow {
  organisation_id: string;
  duplicate_id: string;
  score: number;
  reasons: string[];
}

/** The queries of the duplicate search: on the primary (an ADMIN's upkeep view, read before a merge). */
@Injectable()
export class DuplicateRepository {
  constructor(private readonly em: EntityManager) {}

  /** The best `wanted` pairs scoring at least `threshold`, best first (see DUPLICATE_PAIRS_SQL); one statement in a transaction of its own memory setting. */
  pairs(threshold: number, wanted: number): Promise<DuplicatePairRow[]> {
    return this.em.transactional(async (em) => {
      await em.execute(DUPLICATE_SEARCH_WORK_MEM_SQL);
      return em.execute<DuplicatePairRow[]>(DUPLICATE_PAIRS_SQL, [threshold, wanted]);
    });
  }

  /** The organisations with these ids, in no particular order. */
  organisationsByIds(ids: string[]): Promise<Organisation[]> {
    return this.em.find(Organisation, { id: { $in: ids } });
  }
}
