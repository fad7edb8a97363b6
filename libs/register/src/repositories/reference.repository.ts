import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** A table that inputs refer to by id. */
export type ReferencedTable = 'policy_area' | 'organisation' | 'contact' | 'stakeholder_group';

/**
 * The ids of one table that exist, among the given ones, tagged with the table's name (to be joined by
 * `union all` with the others), with whether each is an erased contact. Bindings: the ids, one `?` each (`bindings`).
 */
export const EXISTING_IDS_SQL = (table: ReferencedTable, bindings: string) =>
  `select '${table}' as "table", "id", ${table === 'contact' ? '"erased"' : 'false'} as "erased" from "${table}" where "id" in (${bindings})`;

/** One referenced record that exists. */
export interface ExistingReference {
  table: ReferencedTable;
  id: string;
  /** True for an erased contact. */
  erased: boolean;
}

/** Which of the ids that inputs refer to exist: one statement for all tables, on the primary (the writer checks them). */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly em: EntityManager) {}

  /** The existing ones of the (well-formed, lower case) ids of each table. */
  async existing(lookups: { table: ReferencedTable; ids: string[] }[]): Promise<ExistingReference[]> {
    const asked = lookups.filter((lookup) => lookup.ids.length > 0);
    if (asked.length === 0) return [];
    return this.em.execute<ExistingReference[]>(
      asked.map(({ table, ids }) => EXISTING_IDS_SQL(table, ids.map(() => '?').join(', '))).join(' union all '),
      asked.flatMap((lookup) => lookup.ids),
    );
  }
}
