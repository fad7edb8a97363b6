import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Connection, currentPeriodSql, keysetOrder, OrderDirection, type PageRequest, type SortKey, type SqlFragment } from '@sidos/common';
import { fetchKeysetPagesOfParents, ON_REPLICA } from '@sidos/database';
import { Contact, Organisation } from '../entities/index.js';
import { type GroupMemberOrder, GroupMemberOrderField } from '../inputs/group-members.args.js';

/**
 * When a membership `m` started: a member from before the register's history (no since) first ascending,
 * last descending; the (group_id, since, member) indexes are on this expression.
 */
const MEMBER_SINCE_KEY: SortKey = { sql: `coalesce(m."since", '-infinity'::date)`, type: 'date' };

/**
 * The keys of each order of a group's organisation members (the organisation's id follows them). By name,
 * a group's current members are sorted (the name is the organisation's); since when, the membership index
 * (group_id, since, organisation_id) serves the page and stops.
 */
const ORGANISATION_MEMBER_ORDER_KEYS: Record<GroupMemberOrderField, SortKey[]> = {
  NAME: [{ sql: 'lower(o."name")', type: 'string' }],
  SINCE: [MEMBER_SINCE_KEY],
};
/** The keys of each order of a group's contact members (the contact's id follows them): by name as the contacts list; as for organisations. */
const CONTACT_MEMBER_ORDER_KEYS: Record<GroupMemberOrderField, SortKey[]> = {
  NAME: [
    { sql: 'lower(c."last_name")', type: 'string' },
    { sql: 'lower(c."first_name")', type: 'string' },
  ],
  SINCE: [MEMBER_SINCE_KEY],
};
const BY_NAME: GroupMemberOrder = { field: GroupMemberOrderField.NAME, direction: OrderDirection.ASC };

/** The memberships `m` of a group, joined with the members' table (`alias`) only for an order by the member's name. */
const membersFrom = (table: 'group_organisation' | 'group_contact', member: string, alias: string, column: string, order: GroupMemberOrder) =>
  order.field === GroupMemberOrderField.NAME ? `"${table}" m join "${member}" ${alias} on ${alias}."id" = m."${column}"` : `"${table}" m`;

/** Leaves out the contact memberships (`m`) of special-category groups. */
const NOT_IN_SPECIAL_CATEGORY_GROUP_SQL: SqlFragment = {
  sql: 'not exists (select 1 from "stakeholder_group" g where g."id" = m."group_id" and g."special_category")',
  params: [],
};

/**
 * The current members of groups as connections: the same keyset page of each group's members in one
 * statement for all the groups (fetchKeysetPagesOfParents). A member has at most one current period in a
 * group, so a member appears once. Read-only lists: on a replica when there are any.
 */
@Injectable()
export class GroupMemberRepository {
  constructor(private readonly em: EntityManager) {}

  /** The current organisation members of each group (in the order of `groupIds`), by name unless `orderBy` says otherwise. */
  organisationMembers(groupIds: readonly string[], orderBy: GroupMemberOrder | null | undefined, page: PageRequest): Promise<Connection<Organisation>[]> {
    const order = orderBy ?? BY_NAME;
    return fetchKeysetPagesOfParents(
      this.em,
      Organisation,
      {
        parentIds: groupIds,
        ofParent: 'm."group_id" = parent."id"',
        from: membersFrom('group_organisation', 'organisation', 'o', 'organisation_id', order),
        countFrom: '"group_organisation" m',
        id: 'm."organisation_id"',
        rowTable: '"organisation"',
        where: [currentPeriodSql('m')],
        order: keysetOrder('StakeholderGroup.organisationMembers', ORGANISATION_MEMBER_ORDER_KEYS, { sql: 'm."organisation_id"', type: 'uuid' }, order),
        page,
      },
      ON_REPLICA,
    );
  }

  /**
   * The current contact members of each group (in the order of `groupIds`), by name unless `orderBy` says
   * otherwise; those of special-category groups only with `includeSpecialCategory` (none, and a total of 0, without).
   */
  contactMembers(
    groupIds: readonly string[],
    includeSpecialCategory: boolean,
    orderBy: GroupMemberOrder | null | undefined,
    page: PageRequest,
  ): Promise<Connection<Contact>[]> {
    const order = orderBy ?? BY_NAME;
    return fetchKeysetPagesOfParents(
      this.em,
      Contact,
      {
        parentIds: groupIds,
        ofParent: 'm."group_id" = parent."id"',
        from: membersFrom('group_contact', 'contact', 'c', 'contact_id', order),
        countFrom: '"group_contact" m',
        id: 'm."contact_id"',
        rowTable: '"contact"',
        where: [currentPeriodSql('m'), ...(includeSpecialCategory ? [] : [NOT_IN_SPECIAL_CATEGORY_GROUP_SQL])],
        order: keysetOrder('StakeholderGroup.contactMembers', CONTACT_MEMBER_ORDER_KEYS, { sql: 'm."contact_id"', type: 'uuid' }, order),
        page,
      },
      ON_REPLICA,
    );
  }
}
