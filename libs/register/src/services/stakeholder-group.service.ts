import { EntityManager } from '@mikro-orm/postgresql';
import { Transactional } from '@mikro-orm/decorators/legacy';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, createdFields, diffFields, snapshotOf } from '@sidos/audit';
import { fetchKeysetPage } from '@sidos/database';
import { type Connection, FieldErrors, finnishToday, isUuid, NotFoundError, type SqlFragment, StaleVersionError } from '@sidos/common';
import { StakeholderGroup } from '../entities/index.js';
import {
  AddGroupMembersArgs,
  CreateStakeholderGroupInput,
  RemoveGroupMembersArgs,
  StakeholderGroupsArgs,
  UpdateStakeholderGroupInput,
} from '../inputs/index.js';
import { checkReferencesIn, indexedReferences } from './reference-checker.js';
import { searchCondition, searchOrder } from './search-sql.js';

const EDITABLE_FIELDS = ['name', 'description', 'hardToReach', 'specialCategory', 'reachNotes'] as const;
const MEMBER_FIELDS = ['organisationIds', 'contactIds'] as const;
type MemberField = (typeof MEMBER_FIELDS)[number];

/** The membership table of each member field, and its member column. */
interface MemberTable {
  table: 'group_organisation' | 'group_contact';
  column: 'organisation_id' | 'contact_id';
}
const MEMBER_TABLES: Record<MemberField, MemberTable> = {
  organisationIds: { table: 'group_organisation', column: 'organisation_id' },
  contactIds: { table: 'group_contact', column: 'contact_id' },
};

/** A member whose period was started, ended or deleted, with that period's start. */
interface MemberPeriod {
  id: string;
  since: string | null;
}

const byId = (a: MemberPeriod, b: MemberPeriod) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The listed ids, lower-case, each once (they were checked: all are well-formed and known). */
const distinctIds = (ids: string[] | null | undefined): string[] => [...new Set((ids ?? []).map((id) => id.toLowerCase()))];

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
    await this.lockGroup(this.em, group.id);
    const added: Record<MemberField, MemberPeriod[]> = { organisationIds: [], contactIds: [] };
    for (const field of MEMBER_FIELDS)
      added[field] = await this.startPeriods(
        this.em,
        MEMBER_TABLES[field],
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
    await this.lockGroup(this.em, group.id);
    const removed: Record<MemberField, MemberPeriod[]> = { organisationIds: [], contactIds: [] };
    for (const field of MEMBER_FIELDS)
      removed[field] = await this.endPeriods(
        this.em,
        MEMBER_TABLES[field],
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
    await checkReferencesIn(this.em, errors, [
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
  private async lockGroup(em: EntityManager, groupId: string): Promise<void> {
    const rows = await em.execute<{ id: string }[]>('select "id" from "stakeholder_group" where "id" = ? for no key update', [groupId]);
    if (rows.length === 0) throw new NotFoundError('StakeholderGroup', groupId);
  }

  /** Inserts a period from `since` for each member without one covering `since` or starting after it; answers the started ones, by id. */
  private async startPeriods(em: EntityManager, { table, column }: MemberTable, groupId: string, ids: string[], since: string | null): Promise<MemberPeriod[]> {
    if (ids.length === 0) return [];
    const rows = await em.execute<MemberPeriod[]>(
      `insert into "${table}" ("group_id", "${column}", "since", "created_at")
       select ?::uuid, v."id", ?::date, now() from (values ${ids.map(() => '(?::uuid)').join(', ')}) as v("id")
       where not exists (
         select 1 from "${table}" p
         where p."group_id" = ? and p."${column}" = v."id" and (?::date is null or p."until" is null or p."until" > ?::date)
       )
       returning "${column}" as "id", "since"::text as "since"`,
      [groupId, since, ...ids, groupId, since, since],
    );
    return rows.sort(byId);
  }

  /**
   * Deletes the members' periods starting on or after `until`, then ends the ones covering it there;
   * answers each member with a period changed once (with the start of the ended or deleted period), by id.
   */
  private async endPeriods(em: EntityManager, { table, column }: MemberTable, groupId: string, ids: string[], until: string): Promise<MemberPeriod[]> {
    if (ids.length === 0) return [];
    const members = `p."group_id" = ? and p."${column}" in (${ids.map(() => '?').join(', ')})`;
    const deleted = await em.execute<MemberPeriod[]>(
      `delete from "${table}" p where ${members} and p."since" >= ?::date returning p."${column}" as "id", p."since"::text as "since"`,
      [groupId, ...ids, until],
    );
    const ended = await em.execute<MemberPeriod[]>(
      `update "${table}" p set "until" = ?::date
       where ${members} and (p."since" is null or p."since" < ?::date) and (p."until" is null or p."until" > ?::date)
       returning p."${column}" as "id", p."since"::text as "since"`,
      [until, groupId, ...ids, until, until],
    );
    const byMember = new Map<string, MemberPeriod>();
    for (const row of [...ended, ...deleted]) if (!byMember.has(row.id)) byMember.set(row.id, row);
    return [...byMember.values()].sort(byId);
  }

  private async getGroup(id: string): Promise<StakeholderGroup> {
    const group = await this.findById(id);
    if (!group) throw new NotFoundError('StakeholderGroup', id);
    return group;
  }
}
