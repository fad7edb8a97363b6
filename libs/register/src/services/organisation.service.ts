import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { fetchKeysetPage } from '@sidos/database';
import { ConflictError, Connection, FieldErrors, inIds, isUuid, NotFoundError, SqlFragment, StaleVersionError } from '@sidos/common';
import { Organisation, OrganisationPolicyArea, PolicyArea } from '../entities';
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from '../inputs';
import { checkReferences, indexedReferences } from './reference-checker';
import { searchOrder, searchCondition } from './search-sql';

const EDITABLE_FIELDS = ['name', 'nameSv', 'nameEn', 'businessId', 'type', 'municipality', 'website', 'email', 'notes'] as const;

@Injectable()
export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  /** Null for an unknown or malformed id. */
  async findById(id: string): Promise<Organisation | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(Organisation, { id });
  }

  async list({ filter, first, after }: OrganisationsArgs): Promise<Connection<Organisation>> {
    const where: SqlFragment[] = [];
    if (!filter?.includeArchived) where.push({ sql: 'not o."archived"', params: [] });
    if (filter?.types) where.push(filter.types.length > 0 ? { sql: `o."type" in (${filter.types.map(() => '?').join(', ')})`, params: filter.types } : { sql: 'false', params: [] });
    if (filter?.policyAreaIds) {
      const ids = inIds('opa."policy_area_id"', filter.policyAreaIds, isUuid);
      where.push({ sql: `exists (select 1 from "organisation_policy_area" opa where opa."organisation_id" = o."id" and ${ids.sql})`, params: ids.params });
    }
    if (filter?.groupIds) {
      const ids = inIds('gm."group_id"', filter.groupIds, isUuid);
      where.push({ sql: `exists (select 1 from "group_organisation" gm where gm."organisation_id" = o."id" and ${ids.sql})`, params: ids.params });
    }
    if (filter?.search) where.push(searchCondition('o', filter.search));
    const order = filter?.search
      ? [searchOrder('o', 'name', filter.search), { sql: 'lower(o."name")', type: 'string' as const }, { sql: 'o."id"::text', type: 'string' as const }]
      : [{ sql: 'lower(o."name")', type: 'string' as const }, { sql: 'o."id"::text', type: 'string' as const }];
    return fetchKeysetPage(this.em, Organisation, { select: 'o.*', from: '"organisation" o', where, order, first, after });
  }

  async create(input: CreateOrganisationInput): Promise<Organisation> {
    const errors = new FieldErrors();
    await checkReferences(this.em, errors, 'policy_area', indexedReferences('policyAreaIds', input.policyAreaIds));
    errors.throwIfAny();
    if (input.businessId) await this.assertBusinessIdFree(input.businessId);

    const organisation = this.em.create(Organisation, {
      name: input.name,
      nameSv: input.nameSv ?? null,
      nameEn: input.nameEn ?? null,
      businessId: input.businessId ?? null,
      type: input.type,
      languages: [...new Set(input.languages ?? [])],
      municipality: input.municipality ?? null,
      website: input.website ?? null,
      email: input.email ?? null,
      notes: input.notes ?? null,
    });
    this.linkPolicyAreas(organisation, input.policyAreaIds ?? []);
    await this.em.flush();
    return organisation;
  }

  async update(id: string, version: number, input: UpdateOrganisationInput): Promise<Organisation> {
    const organisation = await this.getForChange(id, version);
    const errors = new FieldErrors();
    await checkReferences(this.em, errors, 'policy_area', indexedReferences('policyAreaIds', input.policyAreaIds));
    errors.throwIfAny();
    if (input.businessId && input.businessId !== organisation.businessId) await this.assertBusinessIdFree(input.businessId, organisation.id);

    for (const field of EDITABLE_FIELDS) {
      if (input[field] !== undefined) (organisation as unknown as Record<string, unknown>)[field] = input[field];
    }
    if (input.languages !== undefined) organisation.languages = [...new Set(input.languages ?? [])];
    if (input.policyAreaIds !== undefined) {
      await this.em.nativeDelete(OrganisationPolicyArea, { organisation: organisation.id });
      this.linkPolicyAreas(organisation, input.policyAreaIds ?? []);
    }
    organisation.updatedAt = new Date();
    await this.em.flush();
    return organisation;
  }

  async archive(id: string, version: number): Promise<Organisation> {
    const organisation = await this.getForChange(id, version);
    organisation.archived = true;
    organisation.updatedAt = new Date();
    await this.em.flush();
    return organisation;
  }

  /** The organisation a mutation acts on, at the version the client last saw. */
  private async getForChange(id: string, version: number): Promise<Organisation> {
    const organisation = await this.findById(id);
    if (!organisation) throw new NotFoundError('Organisation', id);
    if (organisation.version !== version) throw new StaleVersionError('Organisation', id);
    return organisation;
  }

  private async assertBusinessIdFree(businessId: string, exceptId?: string): Promise<void> {
    const existing = await this.em.findOne(Organisation, { businessId }, { fields: ['id', 'name'] });
    if (existing && existing.id !== exceptId) {
      throw new ConflictError(`Business ID ${businessId} already belongs to organisation ${existing.id}`);
    }
  }

  private linkPolicyAreas(organisation: Organisation, policyAreaIds: string[]): void {
    for (const policyAreaId of new Set(policyAreaIds.map((id) => id.toLowerCase()))) {
      this.em.create(OrganisationPolicyArea, { organisation, policyArea: this.em.getReference(PolicyArea, policyAreaId) });
    }
  }
}
