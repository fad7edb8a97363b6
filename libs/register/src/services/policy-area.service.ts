import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, createdFields } from '@sidos/audit';
import { ConflictError } from '@sidos/common';
import { PolicyArea } from '../entities/index.js';
import { CreatePolicyAreaInput } from '../inputs/index.js';

@Injectable()
export class PolicyAreaService {
  constructor(
    private readonly em: EntityManager,
    private readonly auditTrail: AuditTrail,
  ) {}

  /** Every policy area, by name. */
  async list(): Promise<PolicyArea[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>('select * from "policy_area" order by lower("name"), "id"');
    return rows.map((row) => this.em.map(PolicyArea, row));
  }

  async create(actor: Actor, input: CreatePolicyAreaInput): Promise<PolicyArea> {
    if (await this.em.count(PolicyArea, { code: input.code })) throw new ConflictError(`Policy area code ${JSON.stringify(input.code)} already exists`);
    const policyArea = this.em.create(PolicyArea, { code: input.code, name: input.name });
    this.auditTrail.record(this.em, actor, AuditAction.CREATE, 'PolicyArea', policyArea.id, createdFields(policyArea as never, ['code', 'name']));
    await this.em.flush();
    return policyArea;
  }
}
