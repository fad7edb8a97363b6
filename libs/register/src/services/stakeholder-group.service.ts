import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, createdFields, diffFields, snapshotOf } from '@sidos/audit';
import { fetchKeysetPage } from '@sidos/database';
import { type Connection, FieldErrors, isUuid, NotFoundError, type SqlFragment, StaleVersionError } from '@sidos/common';
import { StakeholderGroup } from '../entities/index.js';
import { CreateStakeholderGroupInput, GroupMembersArgs, StakeholderGroupsArgs, UpdateStakeholderGroupInput } from '../inputs/index.js';
import { checkReferences, indexedReferences } from './reference-checker.js';
import { searchCondition, searchOrder } from './search-sql.js';

const EDITABLE_FIELDS = ['name', 'description', 'hardToReach', 'reachNotes'] as const;
const MEMBER_FIELDS = ['organisationIds', 'contactIds'] as const;

@Injectable()
export class StakeholderGroupService {
  constructor(
    private readonly em: EntityManager,
    private readonly auditTrail: AuditTrail,
  ) {}

  async findById(id: string): Promise<StakeholderGroup | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(StakeholderGroup, { id });
  }

  async list({ filter, first, after }: StakeholderGroupsArgs): Promise<Connection<StakeholderGroup>> {
    const where: SqlFragment[] = [];
    if (filter?.hardToReach !== undefined && filter.hardToReach !== null) where.push({ sql: 'g."hard_to_reach" = ?', params: [filter.hardToReach] });
    if (filter?.search) where.push(searchCondition('g', filter.search));
    const byName = [
      { sql: 'lower(g."name")', type: 'string' as const },
      { sql: 'g."id"::text', type: 'string' as const },
    ];
    const order = filter?.search ? [searchOrder('g', 'name', filter.search), ...byName] : byName;
    return fetchKeysetPage(this.em, StakeholderGroup, { select: 'g.*', from: '"stakeholder_group" g', where, order, first, after });
  }

  async create(actor: Actor, input: CreateStakeholderGroupInput): Promise<StakeholderGroup> {
    const group = this.em.create(StakeholderGroup, {
      name: input.name,
      description: input.description ?? null,
      hardToReach: input.hardToReach ?? false,
      reachNotes: input.reachNotes ?? null,
    });
    this.auditTrail.record(
      this.em,
      actor,
      AuditAction.CREATE,
      'StakeholderGroup',
      group.id,
      createdFields(snapshotOf(group, EDITABLE_FIELDS), EDITABLE_FIELDS),
    );
    await this.em.flush();
    return group;
  }

  async update(actor: Actor, id: string, version: number, input: UpdateStakeholderGroupInput): Promise<StakeholderGroup> {
    const group = await this.getGroup(id);
    if (group.version !== version) throw new StaleVersionError('StakeholderGroup', id);
    const before = snapshotOf(group, EDITABLE_FIELDS);
    for (const field of EDITABLE_FIELDS) {
      if (input[field] !== undefined) (group as unknown as Record<string, unknown>)[field] = input[field];
    }
    group.updatedAt = new Date();
    this.auditTrail.record(
      this.em,
      actor,
      AuditAction.UPDATE,
      'StakeholderGroup',
      group.id,
      diffFields(before, snapshotOf(group, EDITABLE_FIELDS), EDITABLE_FIELDS),
    );
    await this.em.flush();
    return group;
  }

  /** Adds members; those already in the group stay as they are (no duplicate memberships). */
  async addMembers(actor: Actor, { groupId, organisationIds, contactIds }: GroupMembersArgs): Promise<StakeholderGroup> {
    const group = await this.getGroup(groupId);
    const errors = new FieldErrors();
    await checkReferences(this.em, errors, 'organisation', indexedReferences('organisationIds', organisationIds));
    await checkReferences(this.em, errors, 'contact', indexedReferences('contactIds', contactIds));
    errors.throwIfAny();
    await this.em.transactional(async (em) => {
      const organisations = [...new Set((organisationIds ?? []).map((id) => id.toLowerCase()))];
      const contacts = [...new Set((contactIds ?? []).map((id) => id.toLowerCase()))];
      const added: Record<string, string[]> = { organisationIds: [], contactIds: [] };
      if (organisations.length > 0) {
        const rows = await em.execute<{ organisation_id: string }[]>(
          `insert into "group_organisation" ("group_id", "organisation_id", "created_at") values ${organisations.map(() => '(?, ?, now())').join(', ')} on conflict do nothing returning "organisation_id"`,
          organisations.flatMap((organisationId) => [group.id, organisationId]),
        );
        added.organisationIds = rows.map((row) => row.organisation_id).sort();
      }
      if (contacts.length > 0) {
        const rows = await em.execute<{ contact_id: string }[]>(
          `insert into "group_contact" ("group_id", "contact_id", "created_at") values ${contacts.map(() => '(?, ?, now())').join(', ')} on conflict do nothing returning "contact_id"`,
          contacts.flatMap((contactId) => [group.id, contactId]),
        );
        added.contactIds = rows.map((row) => row.contact_id).sort();
      }
      const changes = MEMBER_FIELDS.filter((field) => added[field].length > 0).map((field) => ({
        field: `${field}Added`,
        from: null,
        to: JSON.stringify(added[field]),
      }));
      if (changes.length > 0) this.auditTrail.record(em, actor, AuditAction.UPDATE, 'StakeholderGroup', group.id, changes);
    });
    return group;
  }

  /** Removes members; ids that are not members (or not known) change nothing. */
  async removeMembers(actor: Actor, { groupId, organisationIds, contactIds }: GroupMembersArgs): Promise<StakeholderGroup> {
    const group = await this.getGroup(groupId);
    const organisations = (organisationIds ?? []).filter(isUuid);
    const contacts = (contactIds ?? []).filter(isUuid);
    await this.em.transactional(async (em) => {
      const removed: Record<string, string[]> = { organisationIds: [], contactIds: [] };
      if (organisations.length > 0) {
        const rows = await em.execute<{ organisation_id: string }[]>(
          `delete from "group_organisation" where "group_id" = ? and "organisation_id" in (${organisations.map(() => '?').join(', ')}) returning "organisation_id"`,
          [group.id, ...organisations],
        );
        removed.organisationIds = rows.map((row) => row.organisation_id).sort();
      }
      if (contacts.length > 0) {
        const rows = await em.execute<{ contact_id: string }[]>(
          `delete from "group_contact" where "group_id" = ? and "contact_id" in (${contacts.map(() => '?').join(', ')}) returning "contact_id"`,
          [group.id, ...contacts],
        );
        removed.contactIds = rows.map((row) => row.contact_id).sort();
      }
      const changes = MEMBER_FIELDS.filter((field) => removed[field].length > 0).map((field) => ({
        field: `${field}Removed`,
        from: JSON.stringify(removed[field]),
        to: null,
      }));
      if (changes.length > 0) this.auditTrail.record(em, actor, AuditAction.UPDATE, 'StakeholderGroup', group.id, changes);
    });
    return group;
  }

  private async getGroup(id: string): Promise<StakeholderGroup> {
    const group = await this.findById(id);
    if (!group) throw new NotFoundError('StakeholderGroup', id);
    return group;
  }
}
