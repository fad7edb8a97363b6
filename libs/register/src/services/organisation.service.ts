import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, createdFields, diffFields, snapshotOf } from '@sidos/audit';
import {
  BadUserInputError,
  businessIdInAnyForm,
  ConflictError,
  type Connection,
  FieldErrors,
  type GraphQLRequestContext,
  isUuid,
  NotFoundError,
  pageOf,
  StaleVersionError,
  UniqueValueTakenError,
} from '@sidos/common';
import { Organisation, OrganisationPolicyArea, PolicyArea } from '../entities/index.js';
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from '../inputs/index.js';
import { type OrganisationRelationContribution, OrganisationRelationContributions } from '../loaders/organisation-relation-contributions.js';
import { affiliationPropertiesOf, NO_SELECTION, type OrganisationSelection } from './organisation-selection.js';
import { RegisterLoaders } from '../loaders/register.loaders.js';
import { ORGANISATION_RELATIONS, type OrganisationRelation, OrganisationRepository } from '../repositories/organisation.repository.js';
import { ReferenceRepository } from '../repositories/reference.repository.js';
import { checkReferences, indexedReferences } from './reference-checker.js';

const EDITABLE_FIELDS = ['name', 'nameSv', 'nameEn', 'businessId', 'type', 'municipality', 'website', 'email', 'notes'] as const;
/** What the audit trail records of an organisation. */
export const ORGANISATION_AUDIT_FIELDS = [...EDITABLE_FIELDS, 'languages', 'policyAreaIds', 'archived'] as const;

@Injectable()
export class OrganisationService {
  constructor(
    private readonly em: EntityManager,
    private readonly organisations: OrganisationRepository,
    private readonly references: ReferenceRepository,
    private readonly auditTrail: AuditTrail,
    private readonly loaders: RegisterLoaders,
    private readonly contributions: OrganisationRelationContributions,
  ) {}

  /**
   * Null for an unknown or malformed id. With what the request asks of it (`selection`) and the request's
   * context, its relations among the fields asked (policy areas, groups, affiliations with their contacts, and
   * the fields other features contribute, OrganisationRelationContributions) are read in the same statement
   * and prime the request's loaders, so that they cost no further statement; affiliations and contacts with
   * the properties the request asks of them only.
   */
  async findById(id: string, selection: OrganisationSelection = NO_SELECTION, context?: GraphQLRequestContext): Promise<Organisation | null> {
    if (!isUuid(id)) return null;
    const { relations, contributions } = this.relationsAmong(selection.fields);
    if (!context || relations.length + contributions.length === 0) return this.organisations.findById(id);
    const read = await this.organisations.withRelations(id, relations, contributions, affiliationPropertiesOf(this.em, selection));
    if (!read) return null;
    this.loaders.primeOrganisationRelations(context, read, contributions);
    return read.organisation;
  }

  /**
   * A search term that is a valid business ID in any common form (no hyphen, VAT form, spaces) searches as
   * "NNNNNNN-C". With what the request asks of its nodes and the request's context, the page's relations
   * among them are read in one further statement and prime the request's loaders (as findById).
   */
  async list(args: OrganisationsArgs, selection: OrganisationSelection = NO_SELECTION, context?: GraphQLRequestContext): Promise<Connection<Organisation>> {
    const { filter } = args;
    const businessId = filter?.search ? businessIdInAnyForm(filter.search) : null;
    const page = await this.organisations.list(businessId ? { ...filter, search: businessId } : filter, args.orderBy, pageOf(args));
    const { relations, contributions } = this.relationsAmong(selection.fields);
    if (context && page.nodes.length > 0 && relations.length + contributions.length > 0) {
      const reads = await this.organisations.relationsOf(
        page.nodes.map((organisation) => organisation.id),
        relations,
        contributions,
        affiliationPropertiesOf(this.em, selection),
      );
      for (const read of reads) this.loaders.primeOrganisationRelations(context, read, contributions);
    }
    return page;
  }

  /** The organisation that holds a business ID written in any common form; BAD_USER_INPUT when it is not a valid business ID. */
  async findByBusinessId(businessId: string): Promise<Organisation | null> {
    const canonical = businessIdInAnyForm(businessId);
    if (!canonical)
      throw new BadUserInputError([{ path: 'businessId', message: 'must be a Finnish business ID (NNNNNNN-C with a valid check digit, or FINNNNNNNN)' }]);
    return this.organisations.findByBusinessId(canonical);
  }

  async create(actor: Actor, input: CreateOrganisationInput): Promise<Organisation> {
    const errors = new FieldErrors();
    await checkReferences(this.references, errors, 'policy_area', indexedReferences('policyAreaIds', input.policyAreaIds));
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
    const policyAreaIds = this.linkPolicyAreas(organisation, input.policyAreaIds ?? []);
    this.auditTrail.record(
      this.em,
      actor,
      AuditAction.CREATE,
      'Organisation',
      organisation.id,
      createdFields(this.auditSnapshot(organisation, policyAreaIds), ORGANISATION_AUDIT_FIELDS),
    );
    await this.em.flush();
    return organisation;
  }

  async update(actor: Actor, id: string, version: number, input: UpdateOrganisationInput): Promise<Organisation> {
    const organisation = await this.getForChange(id, version);
    const links = await this.organisations.policyAreaLinks(organisation.id);
    const policyAreasBefore = links.map((link) => link.policyArea.id);
    const before = this.auditSnapshot(organisation, policyAreasBefore);
    const errors = new FieldErrors();
    await checkReferences(this.references, errors, 'policy_area', indexedReferences('policyAreaIds', input.policyAreaIds));
    errors.throwIfAny();
    if (input.businessId && input.businessId !== organisation.businessId) await this.assertBusinessIdFree(input.businessId, organisation.id);

    for (const field of EDITABLE_FIELDS) {
      if (input[field] !== undefined) (organisation as unknown as Record<string, unknown>)[field] = input[field];
    }
    if (input.languages !== undefined) organisation.languages = [...new Set(input.languages ?? [])];
    let policyAreasAfter = policyAreasBefore;
    if (input.policyAreaIds !== undefined) {
      policyAreasAfter = this.linkPolicyAreas(organisation, input.policyAreaIds ?? [], links);
    }
    const changes = diffFields(before, this.auditSnapshot(organisation, policyAreasAfter), ORGANISATION_AUDIT_FIELDS);
    organisation.updatedAt = new Date();
    this.auditTrail.record(this.em, actor, AuditAction.UPDATE, 'Organisation', organisation.id, changes);
    await this.em.flush();
    return organisation;
  }

  async archive(actor: Actor, id: string, version: number): Promise<Organisation> {
    const organisation = await this.getForChange(id, version);
    this.auditTrail.record(
      this.em,
      actor,
      AuditAction.ARCHIVE,
      'Organisation',
      organisation.id,
      diffFields({ archived: organisation.archived }, { archived: true }, ['archived']),
    );
    organisation.archived = true;
    organisation.updatedAt = new Date();
    await this.em.flush();
    return organisation;
  }

  /**
   * Brings an archived organisation back into use (an organisation in use stays as it is). A merged one
   * cannot come back: its records moved to the organisation it was merged into (CONFLICT, naming that one).
   */
  async unarchive(actor: Actor, id: string, version: number): Promise<Organisation> {
    const organisation = await this.getForChange(id, version);
    if (organisation.mergedInto) {
      throw new ConflictError(
        `Organisation ${organisation.id} was merged into organisation ${organisation.mergedInto.id} and cannot be unarchived: its history moved there; use that organisation`,
      );
    }
    this.auditTrail.record(
      this.em,
      actor,
      AuditAction.UPDATE,
      'Organisation',
      organisation.id,
      diffFields({ archived: organisation.archived }, { archived: false }, ['archived']),
    );
    organisation.archived = false;
    organisation.updatedAt = new Date();
    await this.em.flush();
    return organisation;
  }

  /** The relations that the one-statement reads know (their own and contributed) among the names of fields asked for. */
  private relationsAmong(fields: readonly string[]): { relations: OrganisationRelation[]; contributions: OrganisationRelationContribution[] } {
    return { relations: ORGANISATION_RELATIONS.filter((relation) => fields.includes(relation)), contributions: this.contributions.of(fields) };
  }

  /** The organisation a mutation acts on, at the version the client last saw. */
  private async getForChange(id: string, version: number): Promise<Organisation> {
    const organisation = await this.findById(id);
    if (!organisation) throw new NotFoundError('Organisation', id);
    if (organisation.version !== version) throw new StaleVersionError('Organisation', id, organisation.version);
    return organisation;
  }

  private async assertBusinessIdFree(businessId: string, exceptId?: string): Promise<void> {
    const existing = await this.organisations.holderOfBusinessId(businessId);
    if (existing && existing.id !== exceptId) {
      throw new UniqueValueTakenError('businessId', `already belongs to organisation ${existing.id}`, existing.id);
    }
  }

  /**
   * Makes the organisation's policy areas exactly `policyAreaIds`, in the unit of work (the links go with
   * the next flush, in the mutation's transaction): unwanted `existing` links are removed, missing ones
   * created. Answers the distinct ids.
   */
  private linkPolicyAreas(organisation: Organisation, policyAreaIds: string[], existing: OrganisationPolicyArea[] = []): string[] {
    const distinct = [...new Set(policyAreaIds.map((id) => id.toLowerCase()))];
    const wanted = new Set(distinct);
    for (const link of existing) {
      if (!wanted.delete(link.policyArea.id)) this.em.remove(link);
    }
    for (const policyAreaId of wanted) {
      this.em.create(OrganisationPolicyArea, { organisation, policyArea: this.em.getReference(PolicyArea, policyAreaId) });
    }
    return distinct;
  }

  private auditSnapshot(organisation: Organisation, policyAreaIds: string[]) {
    return snapshotOf({ ...organisation, policyAreaIds }, ORGANISATION_AUDIT_FIELDS);
  }
}
