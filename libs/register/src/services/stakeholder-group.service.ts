import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { fetchKeysetPage } from '@sidos/database';
import { Connection, FieldErrors, isUuid, NotFoundError, SqlFragment, StaleVersionError } from '@sidos/common';
import { GroupContact, GroupOrganisation, StakeholderGroup } from '../entities';
import { CreateStakeholderGroupInput, GroupMembersArgs, StakeholderGroupsArgs, UpdateStakeholderGroupInput } from '../inputs';
import { checkReferences, indexedReferences } from './reference-checker';
import { searchCondition, searchOrder } from './search-sql';

const EDITABLE_FIELDS = ['name', 'description', 'hardToReach', 'reachNotes'] as const;

@Injectable()
export class StakeholderGroupService {
  constructor(private readonly em: EntityManager) {}

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

  async create(input: CreateStakeholderGroupInput): Promise<StakeholderGroup> {
    const group = this.em.create(StakeholderGroup, {
      name: input.name,
      description: input.description ?? null,
      hardToReach: input.hardToReach ?? false,
      reachNotes: input.reachNotes ?? null,
    });
    await this.em.flush();
    return group;
  }

  async update(id: string, version: number, input: UpdateStakeholderGroupInput): Promise<StakeholderGroup> {
    const group = await this.getGroup(id);
    if (group.version !== version) throw new StaleVersionError('StakeholderGroup', id);
    for (const field of EDITABLE_FIELDS) {
      if (input[field] !== undefined) (group as unknown as Record<string, unknown>)[field] = input[field];
    }
    group.updatedAt = new Date();
    await this.em.flush();
    return group;
  }

  /** Adds members; those already in the group stay as they are (no duplicate memberships). */
  async addMembers({ groupId, organisationIds, contactIds }: GroupMembersArgs): Promise<StakeholderGroup> {
    const group = await this.getGroup(groupId);
    const errors = new FieldErrors();
    await checkReferences(this.em, errors, 'organisation', indexedReferences('organisationIds', organisationIds));
    await checkReferences(this.em, errors, 'contact', indexedReferences('contactIds', contactIds));
    errors.throwIfAny();
    await this.em.transactional(async (em) => {
      const organisations = [...new Set((organisationIds ?? []).map((id) => id.toLowerCase()))];
      const contacts = [...new Set((contactIds ?? []).map((id) => id.toLowerCase()))];
      if (organisations.length > 0) {
        await em.execute(
          `insert into "group_organisation" ("group_id", "organisation_id", "created_at") values ${organisations.map(() => '(?, ?, now())').join(', ')} on conflict do nothing`,
          organisations.flatMap((organisationId) => [group.id, organisationId]),
        );
      }
      if (contacts.length > 0) {
        await em.execute(
          `insert into "group_contact" ("group_id", "contact_id", "created_at") values ${contacts.map(() => '(?, ?, now())').join(', ')} on conflict do nothing`,
          contacts.flatMap((contactId) => [group.id, contactId]),
        );
      }
    });
    return group;
  }

  /** Removes members; ids that are not members (or not known) change nothing. */
  async removeMembers({ groupId, organisationIds, contactIds }: GroupMembersArgs): Promise<StakeholderGroup> {
    const group = await this.getGroup(groupId);
    const organisations = (organisationIds ?? []).filter(isUuid);
    const contacts = (contactIds ?? []).filter(isUuid);
    await this.em.transactional(async (em) => {
      if (organisations.length > 0) await em.nativeDelete(GroupOrganisation, { group: group.id, organisation: { $in: organisations } });
      if (contacts.length > 0) await em.nativeDelete(GroupContact, { group: group.id, contact: { $in: contacts } });
    });
    return group;
  }

  private async getGroup(id: string): Promise<StakeholderGroup> {
    const group = await this.findById(id);
    if (!group) throw new NotFoundError('StakeholderGroup', id);
    return group;
  }
}
