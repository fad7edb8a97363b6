import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Connection, containsTermSql, inIds, isUuid, keysetOrder, OrderDirection, type PageRequest, type SortKey, type SqlFragment } from '@sidos/common';
import { fetchKeysetPage, ON_REPLICA } from '@sidos/database';
import { PolicyArea, StakeholderGroup } from '@sidos/register';
import { Consultation, ConsultationPolicyArea, ConsultationTargetGroup } from '../entities/index.js';
import { ConsultationFilter, type ConsultationOrder, ConsultationOrderField } from '../inputs/index.js';

/** The consultations list's conditions on consultation `c`, one per filter field given. */
function consultationFilterSql(filter: ConsultationFilter | null | undefined): SqlFragment[] {
  const where: SqlFragment[] = [];
  if (filter?.ministry) where.push({ sql: 'c."ministry" = ?', params: [filter.ministry] });
  if (filter?.status)
    where.push(
      filter.status.length > 0 ? { sql: `c."status" in (${filter.status.map(() => '?').join(', ')})`, params: filter.status } : { sql: 'false', params: [] },
    );
  if (filter?.policyAreaIds) {
    const ids = inIds('cpa."policy_area_id"', filter.policyAreaIds, isUuid);
    where.push({ sql: `exists (select 1 from "consultation_policy_area" cpa where cpa."consultation_id" = c."id" and ${ids.sql})`, params: ids.params });
  }
  if (filter?.phases)
    where.push(
      filter.phases.length > 0
        ? { sql: `c."current_phase" in (${filter.phases.map(() => '?').join(', ')})`, params: filter.phases }
        : { sql: 'false', params: [] },
    );
  if (filter?.startsFrom) where.push({ sql: 'c."starts_on" >= ?::date', params: [filter.startsFrom] });
  if (filter?.startsTo) where.push({ sql: 'c."starts_on" <= ?::date', params: [filter.startsTo] });
  if (filter?.search) {
    where.push(containsTermSql(`sidos_normalise(c."title" || ' ' || coalesce(c."description", ''))`, filter.search));
  }
  return where;
}

/**
 * The keys of each order of the list (the id follows them). An undated consultation starts on 'infinity'
 * (after every date ascending, before them descending, as PostgreSQL orders nulls); the index is on that expression.
 */
const CONSULTATION_ORDER_KEYS: Record<ConsultationOrderField, SortKey[]> = {
  TITLE: [{ sql: 'lower(c."title")', type: 'string' }],
  STARTS_ON: [{ sql: `coalesce(c."starts_on", 'infinity'::date)`, type: 'date' }],
  CREATED: [{ sql: 'c."created_at"', type: 'timestamp' }],
  UPDATED: [{ sql: 'c."updated_at"', type: 'timestamp' }],
};
const CONSULTATION_ID: SortKey = { sql: 'c."id"', type: 'uuid' };
const BY_TITLE = { field: ConsultationOrderField.TITLE, direction: OrderDirection.ASC };

/** `?, ?, …`: one binding per id. */
const bindings = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/** The policy areas of the consultations, each row with its `link_consultation_id`; by name. Bindings: the consultation ids. */
export const POLICY_AREAS_OF_CONSULTATIONS_SQL = (consultationIds: string) =>
  `select link."consultation_id" as "link_consultation_id", p.* from "consultation_policy_area" link join "policy_area" p on p."id" = link."policy_area_id"
   where link."consultation_id" in (${consultationIds}) order by lower(p."name"), p."id"`;

/** The target groups of the consultations, each row with its `link_consultation_id`; by name. Bindings: the consultation ids. */
export const TARGET_GROUPS_OF_CONSULTATIONS_SQL = (consultationIds: string) =>
  `select link."consultation_id" as "link_consultation_id", g.* from "consultation_target_group" link join "stakeholder_group" g on g."id" = link."group_id"
   where link."consultation_id" in (${consultationIds}) order by lower(g."name"), g."id"`;

/** The queries of consultations and their links (the batches of EngagementLoaders too: on the primary, as relations of a result). */
@Injectable()
export class ConsultationRepository {
  constructor(private readonly em: EntityManager) {}

  /** The consultation (managed, for a change), or null; `id` must be a well-formed UUID. */
  findById(id: string): Promise<Consultation | null> {
    return this.em.findOne(Consultation, { id });
  }

  /** A keyset page in the order asked for (by title when none); `search` matches title and description case- and accent-insensitively. A read-only list: on a replica when there are any. */
  list(filter: ConsultationFilter | null | undefined, orderBy: ConsultationOrder | null | undefined, page: PageRequest): Promise<Connection<Consultation>> {
    return fetchKeysetPage(
      this.em,
      Consultation,
      {
        select: 'c.*',
        from: '"consultation" c',
        where: consultationFilterSql(filter),
        order: keysetOrder('consultations', CONSULTATION_ORDER_KEYS, CONSULTATION_ID, orderBy ?? BY_TITLE),
        page,
      },
      ON_REPLICA,
    );
  }

  /** The consultation's policy area links (managed, to be replaced in the unit of work). */
  policyAreaLinks(consultationId: string): Promise<ConsultationPolicyArea[]> {
    return this.em.find(ConsultationPolicyArea, { consultation: consultationId });
  }

  /** The consultation's target group links (managed, to be replaced in the unit of work). */
  targetGroupLinks(consultationId: string): Promise<ConsultationTargetGroup[]> {
    return this.em.find(ConsultationTargetGroup, { consultation: consultationId });
  }

  /** The consultations with these ids, in no particular order. */
  byIds(ids: readonly string[]): Promise<Consultation[]> {
    return this.em.find(Consultation, { id: { $in: [...ids] } });
  }

  /** The policy areas of the consultations (by name), each with the consultation it belongs to. */
  async policyAreasOf(consultationIds: readonly string[]): Promise<{ consultationId: string; policyArea: PolicyArea }[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(POLICY_AREAS_OF_CONSULTATIONS_SQL(bindings(consultationIds)), [...consultationIds]);
    return rows.map((row) => ({ consultationId: row.link_consultation_id as string, policyArea: this.em.map(PolicyArea, row) }));
  }

  /** The target groups of the consultations (by name), each with the consultation it belongs to. */
  async targetGroupsOf(consultationIds: readonly string[]): Promise<{ consultationId: string; group: StakeholderGroup }[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(TARGET_GROUPS_OF_CONSULTATIONS_SQL(bindings(consultationIds)), [...consultationIds]);
    return rows.map((row) => ({ consultationId: row.link_consultation_id as string, group: this.em.map(StakeholderGroup, row) }));
  }
}
