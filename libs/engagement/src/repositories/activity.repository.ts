import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Connection, inIds, isUuid, keysetOrder, OrderDirection, type PageRequest, type SortKey, type SqlFragment } from '@sidos/common';
import { fetchKeysetPage, fetchKeysetPagesOfParents, ON_REPLICA } from '@sidos/database';
import { Activity, Engagement } from '../entities/index.js';
import { type ActivityFilter, type ActivityOrder, ActivityOrderField, type EngagementOrder, EngagementOrderField } from '../inputs/index.js';

/** `column in (?, …)` over the values given; an empty list matches nothing. */
const oneOf = (column: string, values: readonly string[]): SqlFragment =>
  values.length > 0 ? { sql: `${column} in (${values.map(() => '?').join(', ')})`, params: [...values] } : { sql: 'false', params: [] };

/** The activities list's conditions on activity `a`, one per filter field given. */
function activityFilterSql(filter: ActivityFilter | null | undefined): SqlFragment[] {
  const where: SqlFragment[] = [];
  if (filter?.consultationId) where.push(inIds('a."consultation_id"', [filter.consultationId.toLowerCase()], isUuid));
  if (filter?.consultationIds)
    where.push(
      inIds(
        'a."consultation_id"',
        filter.consultationIds.map((id) => id.toLowerCase()),
        isUuid,
      ),
    );
  if (filter?.methods) where.push(oneOf('a."method"', filter.methods));
  if (filter?.phases) where.push(oneOf('a."phase"', filter.phases));
  if (filter?.dateFrom) where.push({ sql: 'a."date" >= ?::date', params: [filter.dateFrom] });
  if (filter?.dateTo) where.push({ sql: 'a."date" <= ?::date', params: [filter.dateTo] });
  return where;
}

/**
 * The keys of each order of the activities list (the id follows them). The activity table is small (one row
 * per event: thousands, not millions): its orders sort the filtered rows; a consultation's activities come
 * by the (consultation_id, date) index.
 */
const ACTIVITY_ORDER_KEYS: Record<ActivityOrderField, SortKey[]> = {
  DATE: [
    { sql: 'a."date"', type: 'date' },
    { sql: 'a."created_at"', type: 'timestamp' },
  ],
  CREATED: [{ sql: 'a."created_at"', type: 'timestamp' }],
  UPDATED: [{ sql: 'a."updated_at"', type: 'timestamp' }],
  TITLE: [{ sql: 'lower(a."title")', type: 'string' }],
};
const ACTIVITY_ID: SortKey = { sql: 'a."id"', type: 'uuid' };
/** The activities list's default order: the newest first. */
const ACTIVITIES_NEWEST_FIRST: ActivityOrder = { field: ActivityOrderField.DATE, direction: OrderDirection.DESC };

/** Whose engagement history: the records naming an organisation, or a contact. */
export type EngagementParty = 'organisation' | 'contact';
const PARTY_COLUMN: Record<EngagementParty, string> = { organisation: 'organisation_id', contact: 'contact_id' };

/**
 * The keys of each order of an engagement history (the record's id follows them). The record's own keys are
 * served by the (organisation_id | contact_id, created_at, id) indexes; the activity's date sorts the
 * party's records (a few hundred at most for nearly every organisation).
 */
const ENGAGEMENT_ORDER_KEYS: Record<EngagementOrderField, SortKey[]> = {
  ACTIVITY_DATE: [
    { sql: 'a."date"', type: 'date' },
    { sql: 'e."created_at"', type: 'timestamp' },
  ],
  CREATED: [{ sql: 'e."created_at"', type: 'timestamp' }],
};
const ENGAGEMENT_ID: SortKey = { sql: 'e."id"', type: 'uuid' };
/** An engagement history's default order: the newest activity first. */
const ENGAGEMENTS_NEWEST_FIRST: EngagementOrder = { field: EngagementOrderField.ACTIVITY_DATE, direction: OrderDirection.DESC };

/** Leaves out records (`e`) voided as made by mistake. */
const NOT_VOIDED_SQL: SqlFragment = { sql: 'not e."voided"', params: [] };
/** Leaves out records (`e`) that name a special-category group (whose pairing with a contact is special-category data). */
const NOT_NAMING_SPECIAL_CATEGORY_GROUP_SQL: SqlFragment = {
  sql: 'not exists (select 1 from "stakeholder_group" g where g."id" = e."group_id" and g."special_category")',
  params: [],
};

/** Which records of an engagement history to read, and how. */
export interface EngagementHistoryQuery {
  includeVoided: boolean;
  /** Leave out the records that name a special-category group (a contact's history read by a VIEWER). */
  withoutSpecialCategoryGroups: boolean;
  /** The newest activity first (ACTIVITY_DATE DESC) when none. */
  orderBy: EngagementOrder | null | undefined;
  page: PageRequest;
}

/** The records named (well-formed uuids), locked for the rest of the transaction, each with its consultation's ministry. */
const ENGAGEMENTS_FOR_VOID_SQL = (count: number) =>
  `select e.*, c."ministry" as "consultation_ministry"
   from "engagement" e join "activity" a on a."id" = e."activity_id" join "consultation" c on c."id" = a."consultation_id"
   where e."id" in (${Array.from({ length: count }, () => '?').join(', ')})
   order by e."id"
   for update of e`;

/** The queries of activities and their engagement records (the batches of EngagementLoaders too). */
@Injectable()
export class ActivityRepository {
  constructor(private readonly em: EntityManager) {}

  /** The activity, or null; `id` must be a well-formed UUID. */
  findById(id: string): Promise<Activity | null> {
    return this.em.findOne(Activity, { id });
  }

  /** The activity with its consultation loaded (whose ministry a change of it is checked against), or null; `id` must be a well-formed UUID. */
  findWithConsultation(id: string): Promise<Activity | null> {
    return this.em.findOne(Activity, { id }, { populate: ['consultation'] });
  }

  /**
   * A keyset page of the activities matching the filter, in the order asked for (the newest first, DATE DESC,
   * when none). A read-only list: on a replica when there are any.
   */
  list(filter: ActivityFilter | null | undefined, orderBy: ActivityOrder | null | undefined, page: PageRequest): Promise<Connection<Activity>> {
    return fetchKeysetPage(
      this.em,
      Activity,
      {
        select: 'a.*',
        from: '"activity" a',
        where: activityFilterSql(filter),
        order: keysetOrder('activities', ACTIVITY_ORDER_KEYS, ACTIVITY_ID, orderBy ?? ACTIVITIES_NEWEST_FIRST),
        page,
      },
      ON_REPLICA,
    );
  }

  /**
   * The same keyset page of the engagement history of each organisation or contact, in one statement for
   * them all (fetchKeysetPagesOfParents): the records naming the party, with their totals; in the order of `partyIds`.
   * A read-only list: on a replica when there are any.
   */
  engagementHistories(party: EngagementParty, partyIds: readonly string[], query: EngagementHistoryQuery): Promise<Connection<Engagement>[]> {
    return fetchKeysetPagesOfParents(
      this.em,
      Engagement,
      {
        parentIds: partyIds,
        ofParent: `e."${PARTY_COLUMN[party]}" = parent."id"`,
        from: '"engagement" e join "activity" a on a."id" = e."activity_id"',
        countFrom: '"engagement" e',
        id: 'e."id"',
        rowTable: '"engagement"',
        where: [...(query.includeVoided ? [] : [NOT_VOIDED_SQL]), ...(query.withoutSpecialCategoryGroups ? [NOT_NAMING_SPECIAL_CATEGORY_GROUP_SQL] : [])],
        order: keysetOrder(`${party}.engagements`, ENGAGEMENT_ORDER_KEYS, ENGAGEMENT_ID, query.orderBy ?? ENGAGEMENTS_NEWEST_FIRST),
        page: query.page,
      },
      ON_REPLICA,
    );
  }

  /** The activities with these ids, in no particular order. */
  byIds(ids: readonly string[]): Promise<Activity[]> {
    return this.em.find(Activity, { id: { $in: [...ids] } });
  }

  /** The activities of the consultations, by date, oldest first. */
  ofConsultations(consultationIds: readonly string[]): Promise<Activity[]> {
    return this.em.find(Activity, { consultation: { $in: [...consultationIds] } }, { orderBy: { date: 'asc', createdAt: 'asc', id: 'asc' } });
  }

  /** The engagement records of the activities, in the order they were recorded; voided ones only when asked. */
  engagementsOf(activityIds: readonly string[], includeVoided = false): Promise<Engagement[]> {
    return this.em.find(
      Engagement,
      { activity: { $in: [...activityIds] }, ...(includeVoided ? {} : { voided: false }) },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }

  /**
   * The records with these ids (well-formed, lower-case uuids), as managed entities, each with the ministry
   * of its activity's consultation; their rows stay locked until the transaction ends, so that two calls
   * cannot void one record twice. In id order (concurrent calls lock in the same order).
   */
  async engagementsForVoid(ids: readonly string[]): Promise<{ engagement: Engagement; ministry: string }[]> {
    if (ids.length === 0) return [];
    const rows = await this.em.execute<Record<string, unknown>[]>(ENGAGEMENTS_FOR_VOID_SQL(ids.length), [...ids]);
    return rows.map(({ consultation_ministry: ministry, ...row }) => ({ engagement: this.em.map(Engagement, row), ministry: ministry as string }));
  }
}
