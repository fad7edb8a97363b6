import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, applyFieldChanges, AuditAction, AuditTrail, createdFields } from '@sidos/audit';
import { isUuid, NotFoundError, UniqueValueTakenError } from '@sidos/common';
import { PolicyArea } from '../entities/index.js';
import { CreatePolicyAreaInput, UpdatePolicyAreaInput } from '../inputs/index.js';
import { PolicyAreaRepository } from '../repositories/policy-area.repository.js';

const AUDIT_FIELDS = ['code', 'name', 'nameSv', 'nameEn'] as const;

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
    const holder = await this.policyAreas.holderOfCode(input.code);
    if (holder) throw new UniqueValueTakenError('code', `policy area code ${JSON.stringify(input.code)} already exists`, holder);
    const policyArea = this.em.create(PolicyArea, { code: input.code, name: input.name, nameSv: input.nameSv ?? null, nameEn: input.nameEn ?? null });
    this.auditTrail.record(this.em, actor, AuditAction.CREATE, 'PolicyArea', policyArea.id, createdFields(policyArea as never, AUDIT_FIELDS));
    await this.em.flush();
    return policyArea;
  }

  /** Only the fields given change; a code that another policy area holds is CONFLICT, as on creation. */
  async update(actor: Actor, id: string, input: UpdatePolicyAreaInput): Promise<PolicyArea> {
    const policyArea = isUuid(id) ? await this.policyAreas.findById(id.toLowerCase()) : null;
    if (!policyArea) throw new NotFoundError('PolicyArea', id);
    const holder = input.code !== undefined && input.code !== policyArea.code ? await this.policyAreas.holderOfCode(input.code) : null;
    if (holder) throw new UniqueValueTakenError('code', `policy area code ${JSON.stringify(input.code)} already exists`, holder);
    const changes = applyFieldChanges(policyArea, input, AUDIT_FIELDS);
    this.auditTrail.record(this.em, actor, AuditAction.UPDATE, 'PolicyArea', policyArea.id, changes);
    await this.em.flush();
    return policyArea;
  }
}
