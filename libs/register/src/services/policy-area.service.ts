import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, createdFields } from '@sidos/audit';
import { ConflictError } from '@sidos/common';
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

  /** Every policy area, by name; with a search term, those whose name in any language contains it (case- and accent-insensitively). */
  list(search?: string | null): Promise<PolicyArea[]> {
    return search ? this.policyAreas.search(search) : this.policyAreas.all();
  }

  async create(actor: Actor, input: CreatePolicyAreaInput): Promise<PolicyArea> {
    if (await this.policyAreas.codeTaken(input.code)) throw new ConflictError(`Policy area code ${JSON.stringify(input.code)} already exists`);
    const policyArea = this.em.create(PolicyArea, { code: input.code, name: input.name, nameSv: input.nameSv ?? null, nameEn: input.nameEn ?? null });
    this.auditTrail.record(
      this.em,
      actor,
      AuditAction.CREATE,
      'PolicyArea',
      policyArea.id,
      createdFields(policyArea as never, ['code', 'name', 'nameSv', 'nameEn']),
    );
    await this.em.flush();
    return policyArea;
  }
}
