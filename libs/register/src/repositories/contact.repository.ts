import { type EntityDictionary } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  type Connection,
  currentPeriodSql,
  inIds,
  isUuid,
  type KeysetOrder,
  keysetOrder,
  OrderDirection,
  type PageRequest,
  type SortKey,
  type SqlFragment,
} from '@sidos/common';
import { fetchKeysetPage, mapForRead, ON_REPLICA, selectColumnsOf } from '@sidos/database';
import { Affiliation, Contact } from '../entities/index.js';
import { ContactFilter, type ContactOrder, ContactOrderField } from '../inputs/index.js';
import { contactNameSearchCondition, searchCondition, searchOrder } from '../services/search-sql.js';

/** The contacts with the ids (`t`). Bindings: the ids (`bindings`). */
const CONTACTS_BY_IDS_SQL = (columns: string, bindings: string) => `select ${columns} from "contact" t where t."id" in (${bindings})`;

/** Affiliations: primary first, then current ones, then the latest start. */
const AFFILIATION_ORDER = { primary: 'desc', until: 'desc nulls first', since: 'desc nulls last', id: 'asc' } as const;

/** Contacts `c` affiliated with one of the organisations (bindings: the ids, `ids`). */
const AFFILIATED_WITH_SQL = (ids: string) => `exists (select 1 from "affiliation" a where a."contact_id" = c."id" and ${ids})`;

/** Contacts `c` currently members of one of the groups (bindings: the group ids, `ids`, then the period's `current`). */
const CURRENT_GROUP_MEMBER_SQL = (ids: string, current: string, shown: string) =>
  `exists (select 1 from "group_contact" gm where gm."contact_id" = c."id" and ${ids} and ${current}${shown})`;

/** Leaves out the memberships of special-category groups (for a caller who may not read personal data). */
const NOT_SPECIAL_CATEGORY_GROUP_SQL = ' and not exists (select 1 from "stakeholder_group" g where g."id" = gm."group_id" and g."special_category")';

/** Erased contacts match no search. */
const NOT_ERASED_SQL = 'not c."erased"';

/** The contacts list's conditions on contact `c`, one per filter field given. */
function contactFilterSql(filter: ContactFilter | null | undefined, mayReadPersonalData: boolean): SqlFragment[] {
  const where: SqlFragment[] = [];
  if (filter?.organisationId !== undefined && filter.organisationId !== null) {
    const ids = inIds('a."organisation_id"', [filter.organisationId], isUuid);
    where.push({ sql: AFFILIATED_WITH_SQL(ids.sql), params: ids.params });
  }
  if (filter?.groupIds) {
    const ids = inIds('gm."group_id"', filter.groupIds, isUuid);
    const current = currentPeriodSql('gm');
    where.push({
      sql: CURRENT_GROUP_MEMBER_SQL(ids.sql, current.sql, mayReadPersonalData ? '' : NOT_SPECIAL_CATEGORY_GROUP_SQL),
      params: [...ids.params, ...current.params],
    });
  }
  if (filter?.lawfulBasis)
    where.push(
      filter.lawfulBasis.length > 0
        ? { sql: `c."lawful_basis" in (${filter.lawfulBasis.map(() => '?').join(', ')})`, params: filter.lawfulBasis }
        : { sql: 'false', params: [] },
    );
  if (filter?.search) {
    where.push({ sql: NOT_ERASED_SQL, params: [] });
    where.push(searchCondition('c', filter.search));
    if (!mayReadPersonalData) where.push(contactNameSearchCondition('c', filter.search));
  }
  return where;
}

/** The keys of each order of the list (the id follows them), each with its index. */
const CONTACT_ORDER_KEYS: Record<ContactOrderField, SortKey[]> = {
  NAME: [
    { sql: 'lower(c."last_name")', type: 'string' },
    { sql: 'lower(c."first_name")', type: 'string' },
  ],
  CREATED: [{ sql: 'c."created_at"', type: 'timestamp' }],
  UPDATED: [{ sql: 'c."updated_at"', type: 'timestamp' }],
};
const CONTACT_ID: SortKey = { sql: 'c."id"', type: 'uuid' };

/** The list's keyset order: the orderBy given; else by relevance to a search, then by last name, first name and id; else by name and id. */
function contactOrder(search: string | null | undefined, orderBy: ContactOrder | null | undefined): KeysetOrder {
  if (!orderBy && search)
    return {
      tag: 'contacts.RELEVANCE',
      keys: [searchOrder('c', 'last_name', search), ...CONTACT_ORDER_KEYS.NAME, CONTACT_ID],
      direction: OrderDirection.ASC,
    };
  return keysetOrder('contacts', CONTACT_ORDER_KEYS, CONTACT_ID, orderBy ?? { field: ContactOrderField.NAME, direction: OrderDirection.ASC });
}

/** The queries of contacts and their affiliations. */
@Injectable()
export class ContactRepository {
  constructor(private readonly em: EntityManager) {}

  /** The contact (managed, for a change), or null; `id` must be a well-formed UUID. */
  findById(id: string): Promise<Contact | null> {
    return this.em.findOne(Contact, { id });
  }

  /**
   * A keyset page of the contacts matching the filter; `mayReadPersonalData` false: no one found through a
   * special-category group's membership, and a search of names only. A read-only list: on a replica when there are any.
   */
  list(
    filter: ContactFilter | null | undefined,
    orderBy: ContactOrder | null | undefined,
    mayReadPersonalData: boolean,
    page: PageRequest,
  ): Promise<Connection<Contact>> {
    return fetchKeysetPage(
      this.em,
      Contact,
      { select: 'c.*', from: '"contact" c', where: contactFilterSql(filter, mayReadPersonalData), order: contactOrder(filter?.search, orderBy), page },
      ON_REPLICA,
    );
  }

  /** The contact's affiliations (managed, to be replaced in the unit of work), in the order they were made. */
  affiliations(contactId: string): Promise<Affiliation[]> {
    return this.em.find(Affiliation, { contact: contactId }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  /** The contacts with these ids (those that exist), as read-only entities. */
  async byIds(ids: readonly string[]): Promise<Contact[]> {
    const rows = await this.em.execute<EntityDictionary<Contact>[]>(
      CONTACTS_BY_IDS_SQL(selectColumnsOf(this.em, Contact, 't'), ids.map(() => '?').join(', ')),
      [...ids],
    );
    return rows.map((row) => mapForRead(this.em, Contact, row));
  }

  /** The affiliations of the contacts: primary first, then current ones, then the latest start. */
  affiliationsOfContacts(contactIds: readonly string[]): Promise<Affiliation[]> {
    return this.em.find(Affiliation, { contact: { $in: [...contactIds] } }, { orderBy: AFFILIATION_ORDER });
  }
}
