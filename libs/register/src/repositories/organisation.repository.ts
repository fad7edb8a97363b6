import { type EntityDictionary } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  type Connection,
  currentPeriodSql,
  finnishToday,
  inIds,
  isUuid,
  type KeysetOrder,
  keysetOrder,
  OrderDirection,
  type PageRequest,
  type SortKey,
  type SqlFragment,
} from '@sidos/common';
import { executePrepared, fetchKeysetPage, mapForRead, ON_PRIMARY, ON_REPLICA, plainForRead, selectColumnsOf } from '@sidos/database';
import { Affiliation, Contact, Organisation, OrganisationPolicyArea, PolicyArea, StakeholderGroup } from '../entities/index.js';
import { OrganisationFilter, type OrganisationOrder, OrganisationOrderField } from '../inputs/index.js';
import { searchCondition, searchOrder } from '../services/search-sql.js';
import { GROUPS_OF_ORGANISATIONS_SQL } from './stakeholder-group.repository.js';

const placeholders = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/** The organisations with the ids (`t`). Bindings: the ids (`bindings`). */
const ORGANISATIONS_BY_IDS_SQL = (columns: string, bindings: string) => `select ${columns} from "organisation" t where t."id" in (${bindings})`;
/** The same with the ids as one array parameter: one text whatever their number (a prepared statement, executePrepared). */
const ORGANISATIONS_WITH_IDS_SQL = (columns: string) => `select ${columns} from "organisation" t where t."id" = any(?::uuid[])`;

/** The policy areas (`p`) of the organisations, by name, each with its "link_organisation_id". Bindings: the organisation ids. */
const POLICY_AREAS_OF_ORGANISATIONS_SQL = (columns: string, bindings: string) =>
  `select link."organisation_id" as "link_organisation_id", ${columns}
         from "organisation_policy_area" link join "policy_area" p on p."id" = link."policy_area_id"
         where link."organisation_id" in (${bindings}) order by p."name", p."id"`;

/** Affiliations: primary first, then current ones, then the latest start. */
const AFFILIATION_ORDER_SQL = 'a."primary" desc, a."until" desc nulls first, a."since" desc nulls last, a."id"';

/** The affiliations (`a`) of the organisations with their contacts (`c`, columns prefixed "contact__"). Bindings: the organisation ids. */
const AFFILIATIONS_WITH_CONTACTS_SQL = (affiliationColumns: string, contactColumns: string, bindings: string) =>
  `select ${affiliationColumns}, ${contactColumns}
         from "affiliation" a join "contact" c on c."id" = a."contact_id"
         where a."organisation_id" in (${bindings}) order by ${AFFILIATION_ORDER_SQL}`;

/** The relations of an organisation that its one-statement read (withRelations) can read with it. */
export const ORGANISATION_RELATIONS = ['policyAreas', 'groups', 'affiliations'] as const;
export type OrganisationRelation = (typeof ORGANISATION_RELATIONS)[number];

/** Some relations of an organisation, each exactly as the relation's batch read answers it. */
export interface OrganisationRelations {
  organisationId: string;
  /** By name, as policyAreasOf. */
  policyAreas?: PolicyArea[];
  /** The groups it is a current member of, by name, as StakeholderGroupRepository.groupsOfOrganisations. */
  groups?: StakeholderGroup[];
  /** As affiliationsWithContactsOf. */
  affiliations?: { affiliation: Affiliation; contact: Contact }[];
  /** The value of each contributed expression (json parsed), by its field. */
  contributed: Map<string, unknown>;
}

/** The properties of affiliations and of their contacts that a read of them reads: null for all (propertiesForFields). */
export interface AffiliationReadProperties {
  affiliation: ReadonlySet<string> | null;
  contact: ReadonlySet<string> | null;
}

export const ALL_AFFILIATION_PROPERTIES: AffiliationReadProperties = { affiliation: null, contact: null };

/** An organisation read with some of its relations. */
export interface OrganisationWithRelations extends OrganisationRelations {
  organisation: Organisation;
}

/** An expression of another feature read with the organisation (OrganisationRelationContribution). */
export interface ContributedOrganisationField {
  field: string;
  sql(organisationId: string): SqlFragment;
}

/** The rows of a query as one json array, in the query's order ('[]' when none). */
const JSON_LIST_SQL = (query: string) => `(select coalesce(json_agg(r), '[]'::json) from (${query}) r)`;

/** The column of a relation in the one-statement read's row. */
const relationColumn = (field: string) => `relation__${field}`;

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
  if (filter?.municipality) where.push({ sql: 'lower(o."municipality") = lower(?)', params: [filter.municipality] });
  if (filter?.languages)
    where.push(
      filter.languages.length > 0
        ? { sql: `o."languages" && array[${filter.languages.map(() => '?').join(', ')}]::text[]`, params: filter.languages }
        : { sql: 'false', params: [] },
    );
  if (filter?.search) where.push(searchCondition('o', filter.search));
  return where;
}

/** The keys of each order of the list (the id follows them), each with its index (lower(name), id), (created_at, id), (updated_at, id). */
const ORGANISATION_ORDER_KEYS: Record<OrganisationOrderField, SortKey[]> = {
  NAME: [{ sql: 'lower(o."name")', type: 'string' }],
  CREATED: [{ sql: 'o."created_at"', type: 'timestamp' }],
  UPDATED: [{ sql: 'o."updated_at"', type: 'timestamp' }],
};
const ORGANISATION_ID: SortKey = { sql: 'o."id"', type: 'uuid' };

/** The list's keyset order: the orderBy given; else by relevance to a search, then by name and id; else by name and id. */
function organisationOrder(search: string | null | undefined, orderBy: OrganisationOrder | null | undefined): KeysetOrder {
  if (!orderBy && search)
    return {
      tag: 'organisations.RELEVANCE',
      keys: [searchOrder('o', 'name', search), ...ORGANISATION_ORDER_KEYS.NAME, ORGANISATION_ID],
      direction: OrderDirection.ASC,
    };
  return keysetOrder(
    'organisations',
    ORGANISATION_ORDER_KEYS,
    ORGANISATION_ID,
    orderBy ?? { field: OrganisationOrderField.NAME, direction: OrderDirection.ASC },
  );
}

/** How many combinations of relations, fields and properties keep their statement (relationStatement). */
const KEPT_RELATION_STATEMENTS = 64;

/** The relation columns of one combination, for one day: their SQL text joined, and the statements made of it. */
interface RelationStatement {
  day: string;
  names: string[];
  columnsSql: string;
  params: unknown[];
  byIdText?: string;
  withIdsText?: string;
}

/** A set of property names as a key (null: all). */
const propertiesKey = (properties: ReadonlySet<string> | null) => (properties ? [...properties].join(',') : '*');

/** The queries of organisations and their policy area links. */
@Injectable()
export class OrganisationRepository {
  private readonly relationStatements = new Map<string, RelationStatement>();

  constructor(private readonly em: EntityManager) {}

  /** The organisation (managed, for a change), or null; `id` must be a well-formed UUID. */
  findById(id: string): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { id });
  }

  /** By its business ID as stored ("NNNNNNN-C"; unique). */
  findByBusinessId(businessId: string): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { businessId });
  }

  /** A keyset page of the organisations matching the filter, in the order asked for. A read-only list: on a replica when there are any. */
  list(filter: OrganisationFilter | null | undefined, orderBy: OrganisationOrder | null | undefined, page: PageRequest): Promise<Connection<Organisation>> {
    return fetchKeysetPage(
      this.em,
      Organisation,
      {
        select: 'o.*',
        from: '"organisation" o',
        where: organisationFilterSql(filter),
        order: organisationOrder(filter?.search, orderBy),
        page,
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

  /** The organisations with these ids (those that exist), as read-only entities. */
  async byIds(ids: readonly string[]): Promise<Organisation[]> {
    const rows = await this.em.execute<EntityDictionary<Organisation>[]>(
      ORGANISATIONS_BY_IDS_SQL(selectColumnsOf(this.em, Organisation, 't'), placeholders(ids)),
      [...ids],
    );
    return rows.map((row) => mapForRead(this.em, Organisation, row));
  }

  /**
   * The organisation with the relations asked for and the contributed fields, in one statement (see
   * relationColumns). Null when there is none. A read-only entity, as byIds reads.
   */
  async withRelations(
    id: string,
    relations: readonly OrganisationRelation[],
    contributed: readonly ContributedOrganisationField[],
    affiliationProperties: AffiliationReadProperties = ALL_AFFILIATION_PROPERTIES,
  ): Promise<OrganisationWithRelations | null> {
    const statement = this.relationStatement(relations, contributed, affiliationProperties);
    const names = statement.names;
    statement.byIdText ??= ORGANISATIONS_BY_IDS_SQL(`${selectColumnsOf(this.em, Organisation, 't')}, ${statement.columnsSql}`, '?');
    const [row] = await executePrepared<Record<string, unknown>[]>(this.em, ON_PRIMARY, statement.byIdText, [...statement.params, id]);
    if (!row) return null;
    const read = this.relationsOfRow(row, relations, contributed);
    for (const name of names) delete row[relationColumn(name)];
    return { ...read, organisation: mapForRead(this.em, Organisation, row) };
  }

  /** The relations asked for and the contributed fields of the organisations (those that exist), in one statement (see relationColumns). */
  async relationsOf(
    ids: readonly string[],
    relations: readonly OrganisationRelation[],
    contributed: readonly ContributedOrganisationField[],
    affiliationProperties: AffiliationReadProperties = ALL_AFFILIATION_PROPERTIES,
  ): Promise<OrganisationRelations[]> {
    const statement = this.relationStatement(relations, contributed, affiliationProperties);
    statement.withIdsText ??= ORGANISATIONS_WITH_IDS_SQL(`t."id", ${statement.columnsSql}`);
    const rows = await executePrepared<Record<string, unknown>[]>(this.em, ON_PRIMARY, statement.withIdsText, [...statement.params, [...ids]]);
    return rows.map((row) => this.relationsOfRow(row, relations, contributed));
  }

  /**
   * relationColumns joined, with their parameters, kept for the day (the current groups' parameter) by the
   * relations, fields and properties asked (a few combinations: the front ends' queries), so that a hot read
   * builds no SQL text and sends the very same string (its statement name and numbering are then looked up,
   * not worked out). Contributed fields with parameters of their own are never kept; a contributed field's text
   * depends on the organisation's id expression alone (OrganisationRelationContribution).
   */
  private relationStatement(
    relations: readonly OrganisationRelation[],
    contributed: readonly ContributedOrganisationField[],
    affiliationProperties: AffiliationReadProperties,
  ): RelationStatement {
    const day = finnishToday();
    const key = [
      relations.join(','),
      contributed.map((field) => field.field).join(','),
      propertiesKey(affiliationProperties.affiliation),
      propertiesKey(affiliationProperties.contact),
    ].join('|');
    const kept = this.relationStatements.get(key);
    if (kept?.day === day) return kept;
    // Past the bound, a new combination reads every column (always right): clients varying their selections
    // cannot fill the process's statement names with texts of their own.
    const partial = affiliationProperties.affiliation !== null || affiliationProperties.contact !== null;
    if (!kept && partial && this.relationStatements.size >= KEPT_RELATION_STATEMENTS)
      return this.relationStatement(relations, contributed, ALL_AFFILIATION_PROPERTIES);
    const { names, columns } = this.relationColumns(relations, contributed, affiliationProperties);
    const statement: RelationStatement = {
      day,
      names,
      columnsSql: columns.map((column) => column.sql).join(', '),
      params: columns.flatMap((column) => column.params),
    };
    const keepable = contributed.every((field) => field.sql('t."id"').params.length === 0);
    if (keepable && (kept || this.relationStatements.size < KEPT_RELATION_STATEMENTS)) this.relationStatements.set(key, statement);
    return statement;
  }

  /**
   * The select-list columns of the relations and contributed fields of organisation `t`: each relation a json
   * list of its batch read's own query (the same SQL, correlated to the organisation), so that each answers
   * exactly what its loader would — affiliations and their contacts with the properties asked for only (the
   * others left out of the objects); each contributed field its expression. With their names, in their order.
   */
  private relationColumns(
    relations: readonly OrganisationRelation[],
    contributed: readonly ContributedOrganisationField[],
    affiliationProperties: AffiliationReadProperties,
  ): { names: string[]; columns: SqlFragment[] } {
    const organisationId = 't."id"';
    const columns: { name: string; value: SqlFragment }[] = [];
    if (relations.includes('policyAreas'))
      columns.push({
        name: 'policyAreas',
        value: { sql: JSON_LIST_SQL(POLICY_AREAS_OF_ORGANISATIONS_SQL(selectColumnsOf(this.em, PolicyArea, 'p'), organisationId)), params: [] },
      });
    if (relations.includes('groups')) {
      const current = currentPeriodSql('link');
      columns.push({
        name: 'groups',
        value: {
          sql: JSON_LIST_SQL(GROUPS_OF_ORGANISATIONS_SQL(selectColumnsOf(this.em, StakeholderGroup, 'g'), organisationId, current.sql)),
          params: current.params,
        },
      });
    }
    if (relations.includes('affiliations'))
      columns.push({
        name: 'affiliations',
        value: {
          sql: JSON_LIST_SQL(
            AFFILIATIONS_WITH_CONTACTS_SQL(
              selectColumnsOf(this.em, Affiliation, 'a', '', affiliationProperties.affiliation),
              selectColumnsOf(this.em, Contact, 'c', 'contact__', affiliationProperties.contact),
              organisationId,
            ),
          ),
          params: [],
        },
      });
    for (const field of contributed) columns.push({ name: field.field, value: field.sql(organisationId) });
    return {
      names: columns.map((column) => column.name),
      columns: columns.map((column) => ({ sql: `${column.value.sql} as "${relationColumn(column.name)}"`, params: column.value.params })),
    };
  }

  /** The relations in a row of relationColumns, as their batch reads answer them. */
  private relationsOfRow(
    row: Record<string, unknown>,
    relations: readonly OrganisationRelation[],
    contributed: readonly ContributedOrganisationField[],
  ): OrganisationRelations {
    const list = (relation: OrganisationRelation) => (relations.includes(relation) ? (row[relationColumn(relation)] as Record<string, unknown>[]) : undefined);
    return {
      organisationId: row.id as string,
      policyAreas: list('policyAreas')?.map((item) => plainForRead(this.em, PolicyArea, item)),
      groups: list('groups')?.map((item) => plainForRead(this.em, StakeholderGroup, item)),
      affiliations: list('affiliations')?.map((item) => ({
        affiliation: plainForRead(this.em, Affiliation, item),
        contact: plainForRead(this.em, Contact, item, 'contact__'),
      })),
      contributed: new Map(contributed.map((field) => [field.field, row[relationColumn(field.field)]])),
    };
  }

  /** The policy areas of the organisations (by name), each with the organisation it belongs to; plain read objects. */
  async policyAreasOf(organisationIds: readonly string[]): Promise<{ organisationId: string; policyArea: PolicyArea }[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      POLICY_AREAS_OF_ORGANISATIONS_SQL(selectColumnsOf(this.em, PolicyArea, 'p'), placeholders(organisationIds)),
      [...organisationIds],
    );
    return rows.map((row) => ({ organisationId: row.link_organisation_id as string, policyArea: plainForRead(this.em, PolicyArea, row) }));
  }

  /**
   * The affiliations of the organisations (primary first, then current ones, then the latest start), each with
   * its contact, read in one statement. Plain read objects (plainForRead): a page of organisations reads hundreds
   * of affiliations, and building ORM entities with live references for them was the largest cost of such a request.
   */
  async affiliationsWithContactsOf(organisationIds: readonly string[]): Promise<{ affiliation: Affiliation; contact: Contact }[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      AFFILIATIONS_WITH_CONTACTS_SQL(
        selectColumnsOf(this.em, Affiliation, 'a'),
        selectColumnsOf(this.em, Contact, 'c', 'contact__'),
        placeholders(organisationIds),
      ),
      [...organisationIds],
    );
    return rows.map((row) => ({ affiliation: plainForRead(this.em, Affiliation, row), contact: plainForRead(this.em, Contact, row, 'contact__') }));
  }
}
