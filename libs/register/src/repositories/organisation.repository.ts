import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Connection, currentPeriodSql, inIds, isUuid, type SortKey, type SqlFragment } from '@sidos/common';
import { fetchKeysetPage, ON_REPLICA } from '@sidos/database';
import { Organisation, OrganisationPolicyArea } from '../entities/index.js';
import { OrganisationFilter } from '../inputs/index.js';
import { searchCondition, searchOrder } from '../services/search-sql.js';

/** The organisations list's conditions on organisation `o`, one per filter field given (archived ones left out unless asked for). */
function organisationFilterSql(filter: OrganisationFilter | null | undefined): SqlFragment[] {
  const where: SqlFragment[] = [];
  if (!filter?.includeArchived) where.push({ sql: 'not o."archived"', params: [] });
  if (filter?.types)
    where.push(
      filter.types.length > 0 ? { sql: `o."type" in (${filter.types.map(() => '?').join(', ')})`, params: filter.types } : { sql: 'false', params: [] },
    );
  if (filter?.policyAreaIds) {
    const ids = inIds('opa."policy_area_id"', filter.policyAreaIds, isUuid);
    where.push({ sql: `exists (select 1 from "organisation_policy_area" opa where opa."organisation_id" = o."id" and ${ids.sql})`, params: ids.params });
  }
  if (filter?.groupIds) {
    const ids = inIds('gm."group_id"', filter.groupIds, isUuid);
    const current = currentPeriodSql('gm');
    where.push({
      sql: `exists (select 1 from "group_organisation" gm where gm."organisation_id" = o."id" and ${ids.sql} and ${current.sql})`,
      params: [...ids.params, ...current.params],
    });
  }
  if (filter?.search) where.push(searchCondition('o', filter.search));
  return where;
}

/** The list's keyset order: by relevance to a search, then by name and id. */
function organisationOrder(search: string | null | undefined): SortKey[] {
  return search
    ? [searchOrder('o', 'name', search), { sql: 'lower(o."name")', type: 'string' as const }, { sql: 'o."id"::text', type: 'string' as const }]
    : [
        { sql: 'lower(o."name")', type: 'string' as const },
        { sql: 'o."id"::text', type: 'string' as const },
      ];
}

/** The queries of organisations and their policy area links. */
@Injectable()
export class OrganisationRepository {
  constructor(private readonly em: EntityManager) {}

  /** The organisation (managed, for a change), or null; `id` must be a well-formed UUID. */
  findById(id: string): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { id });
  }

  /** By its business ID as stored ("NNNNNNN-C"; unique). */
  findByBusinessId(businessId: string): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { businessId });
  }

  /** A keyset page of the organisations matching the filter. A read-only list: on a replica when there are any. */
  list(filter: OrganisationFilter | null | undefined, first: number, after: string | null | undefined): Promise<Connection<Organisation>> {
    return fetchKeysetPage(
      this.em,
      Organisation,
      {
        select: 'o.*',
        from: '"organisation" o',
        where: organisationFilterSql(filter),
        order: organisationOrder(filter?.search),
        first,
        after,
      },
      ON_REPLICA,
    );
  }

  /** The organisation's policy area links (managed, to be replaced in the unit of work). */
  policyAreaLinks(organisationId: string): Promise<OrganisationPolicyArea[]> {
    return this.em.find(OrganisationPolicyArea, { organisation: organisationId });
  }

  /** The id and name of the organisation with this business ID, or null. */
  holderOfBusinessId(businessId: string): Promise<Pick<Organisation, 'id' | 'name'> | null> {
    return this.em.findOne(Organisation, { businessId }, { fields: ['id', 'name'] });
  }
}
