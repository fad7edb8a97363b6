import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { containsTermSql } from '@sidos/common';
import { PolicyArea } from '../entities/index.js';

/** Every policy area, by name. */
export const POLICY_AREAS_SQL = `select * from "policy_area" order by lower("name"), "id"`;

/** The policy areas whose name in Finnish, Swedish or English contains the term (normalised: no case, no accents), by name. */
const POLICY_AREA_SEARCH_SQL = (condition: string) => `select * from "policy_area" where ${condition} order by lower("name"), "id"`;
const POLICY_AREA_SEARCH_TEXT = `sidos_normalise(coalesce("name", '') || ' ' || coalesce("name_sv", '') || ' ' || coalesce("name_en", ''))`;

/** The queries of policy areas, on the primary. */
@Injectable()
export class PolicyAreaRepository {
  constructor(private readonly em: EntityManager) {}

  /** Every policy area, by name. */
  async all(): Promise<PolicyArea[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(POLICY_AREAS_SQL);
    return rows.map((row) => this.em.map(PolicyArea, row));
  }

  /** By a search term over the names in every language (a few dozen rows: no index needed). */
  async search(term: string): Promise<PolicyArea[]> {
    const condition = containsTermSql(POLICY_AREA_SEARCH_TEXT, term);
    const rows = await this.em.execute<Record<string, unknown>[]>(POLICY_AREA_SEARCH_SQL(condition.sql), condition.params);
    return rows.map((row) => this.em.map(PolicyArea, row));
  }

  /** The policy area, or null; `id` must be a well-formed, lower-case UUID. */
  findById(id: string): Promise<PolicyArea | null> {
    return this.em.findOne(PolicyArea, { id });
  }

  /** The id of the policy area that has this code, if one has. */
  async holderOfCode(code: string): Promise<string | null> {
    return (await this.em.findOne(PolicyArea, { code }, { fields: ['id'] }))?.id ?? null;
  }
}
