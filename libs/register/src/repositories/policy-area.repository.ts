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

  /** The policy area, or null; `id` must be a well-formed, lower-case UUID. */
  findById(id: string): Promise<PolicyArea | null> {
    return this.em.findOne(PolicyArea, { id });
  }

  /** Whether a policy area has this code. */
  async codeTaken(code: string): Promise<boolean> {
    return (await this.em.count(PolicyArea, { code })) > 0;
  }
}
