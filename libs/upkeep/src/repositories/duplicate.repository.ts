import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type PageRequest, toConnection, uncounted, type UncountedConnection } from '@sidos/common';
import { keysetPageParts } from '@sidos/database';
import { Organisation } from '@sidos/register';
import { DUPLICATE_PAIR_ORDER, DUPLICATE_SEARCH_WORK_MEM_SQL, duplicatePairsSql } from './duplicate-pairs.sql.js';

/** One likely duplicate pair as duplicatePairsSql answers it. */
export interface DuplicatePairRow extends Record<string, unknown> {
  organisation_id: string;
  duplicate_id: string;
  score: number;
  reasons: string[];
}

/** The queries of the duplicate search: on the primary (an ADMIN's upkeep view, read before a merge). */
@Injectable()
export class DuplicateRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * A keyset page of the pairs scoring at least `threshold`, best first (DUPLICATE_PAIR_ORDER; see
   * duplicatePairsSql, which builds only the pairs the page needs), in a transaction of its own memory
   * setting. A page after a cursor first builds the pairs scoring as much as the cursor's (enough while the
   * cursor is inside a run of ties, the common case in a large register), and only when they do not fill the
   * page the pairs it surely needs below. A cursor of another list is BAD_USER_INPUT.
   */
  pairsPage(threshold: number, page: PageRequest): Promise<UncountedConnection<DuplicatePairRow>> {
    const parts = keysetPageParts(DUPLICATE_PAIR_ORDER, page);
    // The cursor's first key is the score negated (every key of the order ascends).
    const scoreOf = (keys: Array<string | number> | undefined) => (keys ? -(keys[0] as number) : null);
    const bounds = parts.keyBounds.flatMap((bound) => bound.params);
    return this.em.transactional(async (em) => {
      await em.execute(DUPLICATE_SEARCH_WORK_MEM_SQL);
      const read = (floorMode: 'top' | 'at' | 'after' | 'all', cursorScore: number | null) =>
        em.execute<DuplicatePairRow[]>(duplicatePairsSql(parts), [threshold, parts.limit, floorMode, cursorScore, ...bounds]);
      let rows: DuplicatePairRow[];
      if (page.backward) rows = parts.before ? await read('at', scoreOf(parts.before)) : await read('all', null);
      else if (!parts.after) rows = await read('top', null);
      else {
        rows = await read('at', scoreOf(parts.after));
        if (rows.length < parts.limit) rows = await read('after', scoreOf(parts.after));
      }
      return uncounted(toConnection(rows, page, 0, parts.cursorOf));
    });
  }

  /** The organisations with these ids, in no particular order. */
  organisationsByIds(ids: string[]): Promise<Organisation[]> {
    return this.em.find(Organisation, { id: { $in: ids } });
  }
}
