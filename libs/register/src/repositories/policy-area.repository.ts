import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PolicyArea } from '../entities/index.js';

/** Every policy area, by name. */
export const POLICY_AREAS_SQL = `select * from "policy_area" order by lower("name"), "id"`;

/** The queries of policy areas, on the primary. */
@Injectable()
export class PolicyAreaRepository {
  constructor(private readonly em: EntityManager) {}

  /** Every policy area, by name. */
  async all(): Promise<PolicyArea[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(POLICY_AREAS_SQL);
    return rows.map((row) => this.em.map(PolicyArea, row));
  }

  /** The id of the policy area that has this code, if one has. */
  async holderOfCode(code: string): Promise<string | null> {
    return (await this.em.findOne(PolicyArea, { code }, { fields: ['id'] }))?.id ?? null;
  }
}
