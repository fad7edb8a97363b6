import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, createdFields } from '@sidos/audit';
import { UniqueValueTakenError } from '@sidos/common';
import { PolicyArea } from '../entities/index.js';
import { CreatePolicyAreaInput } from '../inputs/index.js';
import { PolicyAreaRepository } from '../repositories/policy-area.repository.js';

@Injectable()
export class PolicyAreaService {
  constructor(
    private readonly em: EntityManager,
    private readonly policyAreas: PolicyAreaRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  /** Every policy area, by name. */
  list(): Promise<PolicyArea[]> {
    return this.policyAreas.all();
  }

  async create(actor: Actor, input: CreatePolicyAreaInput): Promise<PolicyArea> {
    const holder = await this.policyAreas.holderOfCode(input.code);
    if (holder) throw new UniqueValueTakenError('code', `policy area code ${JSON.stringify(input.code)} already exists`, holder);
    const policyArea = this.em.create(PolicyArea, { code: input.code, name: input.name });
    this.auditTrail.record(this.em, actor, AuditAction.CREATE, 'PolicyArea', policyArea.id, createdFields(policyArea as never, ['code', 'name']));
    await this.em.flush();
    return policyArea;
  }
}
