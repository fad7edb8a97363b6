import { EntityManager } from '@mikro-orm/postgresql';
import { Transactional } from '@mikro-orm/decorators/legacy';
import { Injectable } from '@nestjs/common';
import { type Actor, applyFieldChanges, AuditAction, AuditTrail, createdFields, snapshotOf } from '@sidos/audit';
import { type Connection, FieldErrors, finnishToday, isUuid, NotFoundError, pageOf, StaleVersionError } from '@sidos/common';
import { StakeholderGroup } from '../entities/index.js';
import {
  AddGroupMembersArgs,
  CreateStakeholderGroupInput,
  RemoveGroupMembersArgs,
  StakeholderGroupsArgs,
  UpdateStakeholderGroupInput,
} from '../inputs/index.js';
import { ReferenceRepository } from '../repositories/reference.repository.js';
import { type MemberKind, type MemberPeriod, StakeholderGroupRepository } from '../repositories/stakeholder-group.repository.js';
import { checkReferencesIn, indexedReferences } from './reference-checker.js';

const EDITABLE_FIELDS = ['name', 'nameSv', 'nameEn', 'description', 'hardToReach', 'specialCategory', 'reachNotes'] as const;
const MEMBER_FIELDS = ['organisationIds', 'contactIds'] as const;
type MemberField = (typeof MEMBER_FIELDS)[number];

/** The kind of member each member field lists. */
const MEMBER_KINDS: Record<MemberField, MemberKind> = { organisationIds: 'organisation', contactIds: 'contact' };

/** The listed ids, lower-case, each once (they were checked: all are well-formed and known). */
const distinctIds = (ids: string[] | null | undefined): string[] => [...new Set((ids ?? []).map((id) => id.toLowerCase()))];

@Injectable()
export class StakeholderGroupService {
  constructor(
    private readonly em: EntityManager,
    private readonly groups: StakeholderGroupRepository,
    private readonly references: ReferenceRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  async findById(id: string): Promise<StakeholderGroup | null> {
    if (!isUuid(id)) return null;
    return this.groups.findById(id);
  }

  async list(args: StakeholderGroupsArgs): Promise<Connection<StakeholderGroup>> {
    return this.groups.list(args.filter, args.orderBy, pageOf(args));
  }

  async create(actor: Actor, input: CreateStakeholderGroupInput): Promise<StakeholderGroup> {
    const group = this.em.create(StakeholderGroup, {
      name: input.name,
      nameSv: input.nameSv ?? null,
      nameEn: input.nameEn ?? null,
      description: input.description ?? null,
      hardToReach: input.hardToReach ?? false,
      specialCategory: input.specialCategory ?? false,
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
    if (group.version !== version) throw new StaleVersionError('StakeholderGroup', id, group.version);
    const changes = applyFieldChanges(group, input, EDITABLE_FIELDS);
    group.updatedAt = new Date();
    this.auditTrail.record(this.em, actor, AuditAction.UPDATE, 'StakeholderGroup', group.id, changes);
    await this.em.flush();
    return group;
  }

  /**
   * Starts a membership period from `since` (null: from before the register's history) for each listed
   * member that has no period covering `since` or starting after it, so that a member's periods never
   * overlap; the others stay as they are. Unknown ids are BAD_USER_INPUT at organisationIds.N /
   * contactIds.N, and nothing is written. In the mutation's transaction (or one of its own: @Transactional
   * joins one that runs), with the group locked (see lockGroup).
   */
  @Transactional()
  async addMembers(actor: Actor, { groupId, organisationIds, contactIds, since }: AddGroupMembersArgs): Promise<StakeholderGroup> {
    const group = await this.getGroup(groupId);
    await this.checkMembers(organisationIds, contactIds);
    const start = since ?? null;
    await this.lockGroup(group.id);
    const added: Record<MemberField, MemberPeriod[]> = { organisationIds: [], contactIds: [] };
    for (const field of MEMBER_FIELDS)
      added[field] = await this.groups.startPeriods(
        MEMBER_KINDS[field],
        group.id,
        distinctIds(field === 'organisationIds' ? organisationIds : contactIds),
        start,
      );
    const changes = MEMBER_FIELDS.filter((field) => added[field].length > 0).map((field) => ({
      field: `${field}Added`,
      from: null,
      to: JSON.stringify(added[field].map(({ id, since: from }) => ({ id, since: from }))),
    }));
    if (changes.length > 0) this.auditTrail.record(this.em, actor, AuditAction.UPDATE, 'StakeholderGroup', group.id, changes);
    return group;
  }

  /**
   * For each listed member: its period covering `until` (default: today in Finnish time) ends there, and
   * a period starting on or after `until` is deleted (it never held); the others stay as they are. A past
   * `until` corrects the record. Unknown ids are BAD_USER_INPUT at organisationIds.N / contactIds.N, and
   * nothing is written. In the mutation's transaction (or one of its own), with the group locked (see lockGroup).
   */
  @Transactional()
  async removeMembers(actor: Actor, { groupId, organisationIds, contactIds, until }: RemoveGroupMembersArgs): Promise<StakeholderGroup> {
    const group = await this.getGroup(groupId);
    await this.checkMembers(organisationIds, contactIds);
    const end = until ?? finnishToday();
    await this.lockGroup(group.id);
    const removed: Record<MemberField, MemberPeriod[]> = { organisationIds: [], contactIds: [] };
    for (const field of MEMBER_FIELDS)
      removed[field] = await this.groups.endPeriods(
        MEMBER_KINDS[field],
        group.id,
        distinctIds(field === 'organisationIds' ? organisationIds : contactIds),
        end,
      );
    const changes = MEMBER_FIELDS.filter((field) => removed[field].length > 0).map((field) => ({
      field: `${field}Removed`,
      from: JSON.stringify(removed[field].map(({ id, since: from }) => ({ id, since: from }))),
      to: JSON.stringify(removed[field].map(({ id }) => ({ id, until: end }))),
    }));
    if (changes.length > 0) this.auditTrail.record(this.em, actor, AuditAction.UPDATE, 'StakeholderGroup', group.id, changes);
    return group;
  }

  /** BAD_USER_INPUT for unknown or malformed member ids, at their paths (one statement). */
  private async checkMembers(organisationIds: string[] | null | undefined, contactIds: string[] | null | undefined): Promise<void> {
    const errors = new FieldErrors();
    await checkReferencesIn(this.references, errors, [
      { table: 'organisation', references: indexedReferences('organisationIds', organisationIds) },
      { table: 'contact', references: indexedReferences('contactIds', contactIds) },
    ]);
    errors.throwIfAny();
  }

  /**
   * Locks the group's row until the transaction ends: writers of one group's memberships run one after
   * another, so each sees the periods the previous one wrote and none makes periods overlap. FOR NO KEY
   * UPDATE leaves alone the key-share locks of inserts that reference the group (engagements naming it).
   */
  private async lockGroup(groupId: string): Promise<void> {
    if (!(await this.groups.lock(groupId))) throw new NotFoundError('StakeholderGroup', groupId);
  }

  private async getGroup(id: string): Promise<StakeholderGroup> {
    const group = await this.findById(id);
    if (!group) throw new NotFoundError('StakeholderGroup', id);
    return group;
  }
}
