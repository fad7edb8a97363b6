import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Language, OrganisationType } from '@sidos/register';
import { executeInBatches, executeSql, selectWhereIn } from './sql-batches.js';
import { type ExportedPreferences } from '../preferences/preference-columns.js';
import { EXPORTED_PREFERENCES_SQL, STORED_PREFERENCES_JSON } from './preference-transfer.repository.js';

/** An organisation as the export reads it. */
export interface ExportedOrganisation extends ExportedPreferences {
  id: string;
  name_key: string;
  name: string;
  name_sv: string | null;
  name_en: string | null;
  business_id: string | null;
  type: string;
  languages: string[];
  municipality: string | null;
  website: string | null;
  email: string | null;
  notes: string | null;
  policy_area_codes: string | null;
}

/** A stored organisation as the import compares rows with it. */
export interface StoredOrganisationRow extends OrganisationRecord {
  version: number;
  archived: boolean;
  policy_area_ids: string[];
  preferences: unknown;
}

/** The export's columns of every organisation not archived. */
const EXPORT_SELECT = `select o."id", lower(o."name") as "name_key", o."name", o."name_sv", o."name_en", o."business_id", o."type", o."languages", o."municipality",
    o."website", o."email", o."notes",
    (select string_agg(pa."code", '|' order by pa."code") from "organisation_policy_area" opa join "policy_area" pa on pa."id" = opa."policy_area_id"
      where opa."organisation_id" = o."id") as "policy_area_codes",
    ${EXPORTED_PREFERENCES_SQL('organisation', 'o."id"')}
  from "organisation" o
  where not o."archived"`;
/** The export's keyset order (the name-order index). Binding: the limit. */
const EXPORT_ORDER = 'order by lower(o."name"), o."id" limit ?';
/** The first export page. Binding: the limit. */
const EXPORT_FIRST_PAGE_SQL = `${EXPORT_SELECT} ${EXPORT_ORDER}`;
/** An export page after a row. Bindings: its name key, its id, the limit. */
const EXPORT_PAGE_AFTER_SQL = `${EXPORT_SELECT} and (lower(o."name"), o."id") > (?, ?::uuid) ${EXPORT_ORDER}`;

/** Stored organisations with one of the business IDs (a jsonb array parameter). */
const STORED_BY_BUSINESS_ID_SQL = `select o."id", o."version", o."name", o."name_sv", o."name_en", o."business_id", o."type", o."languages", o."municipality",
    o."website", o."email", o."notes", o."archived",
    coalesce((select json_agg(p."policy_area_id" order by p."policy_area_id") from "organisation_policy_area" p where p."organisation_id" = o."id"), '[]') as "policy_area_ids",
    ${STORED_PREFERENCES_JSON('organisation', 'o."id"')} as "preferences"
  from "organisation" o
  where o."business_id" in (select jsonb_array_elements_text(?::jsonb))`;

/** The stored ones of the organisation names (a jsonb array parameter). */
const STORED_NAMES_SQL = `select distinct "name" from "organisation" where "name" in (select jsonb_array_elements_text(?::jsonb))`;

/** The ids of the organisations with one of the business IDs (a jsonb array parameter). */
const IDS_BY_BUSINESS_ID_SQL = `select "id", "business_id" from "organisation" where "business_id" in (select jsonb_array_elements_text(?::jsonb))`;

/** Every policy area's id and code (the register has tens of them). */
const POLICY_AREA_CODES_SQL = 'select "id", "code" from "policy_area"';

/** The columns of an organisation record as the import writes it (a jsonb_to_recordset row type). */
const RECORD_COLUMNS = `"id" uuid, "name" text, "name_sv" text, "name_en" text, "business_id" text, "type" text, "languages" text[],
  "municipality" text, "website" text, "email" text, "notes" text`;

/**
 * Creates organisations, skipping a business ID stored already; answers the ids created. Bindings: created
 * at, updated at, the batch (a jsonb array of records).
 */
const INSERT_ORGANISATIONS_SQL = `insert into "organisation" ("id", "name", "name_sv", "name_en", "business_id", "type", "languages", "municipality", "website", "email", "notes", "archived", "version", "created_at", "updated_at")
  select r."id", r."name", r."name_sv", r."name_en", r."business_id", r."type", r."languages", r."municipality", r."website", r."email", r."notes", false, 1, ?::timestamptz, ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r(${RECORD_COLUMNS})
  on conflict ("business_id") do nothing
  returning "id"`;

/**
 * Updates organisations still at the version read, one version up; answers the ids updated. Bindings:
 * updated at, the batch (a jsonb array of records with their "version").
 */
const UPDATE_ORGANISATIONS_SQL = `update "organisation" o set "name" = r."name", "name_sv" = r."name_sv", "name_en" = r."name_en", "business_id" = r."business_id", "type" = r."type",
    "languages" = r."languages", "municipality" = r."municipality", "website" = r."website", "email" = r."email", "notes" = r."notes",
    "version" = o."version" + 1, "updated_at" = ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r(${RECORD_COLUMNS}, "version" int)
  where o."id" = r."id" and o."version" = r."version"
  returning o."id"`;

/** Deletes the policy area links of the organisations (a jsonb array parameter of their ids). */
const UNLINK_POLICY_AREAS_SQL = `delete from "organisation_policy_area" where "organisation_id" in (select value::uuid from jsonb_array_elements_text(?::jsonb))`;

/** Links organisations with policy areas (a jsonb array parameter of "organisation_id", "policy_area_id"). */
const LINK_POLICY_AREAS_SQL = `insert into "organisation_policy_area" ("organisation_id", "policy_area_id")
  select r."organisation_id", r."policy_area_id" from jsonb_to_recordset(?::jsonb) as r("organisation_id" uuid, "policy_area_id" uuid)`;

/** An organisation as the import writes it (the columns of RECORD_COLUMNS). */
export interface OrganisationRecord {
  id: string;
  name: string;
  name_sv: string | null;
  name_en: string | null;
  business_id: string | null;
  type: OrganisationType;
  languages: Language[];
  municipality: string | null;
  website: string | null;
  email: string | null;
  notes: string | null;
}

/**
 * The queries of the organisations' CSV import and export. Each method runs on the entity manager it is
 * given: the import's or export's transaction (or the service's own, for a dry run).
 */
@Injectable()
export class OrganisationTransferRepository {
  /** Up to `limit` organisations after `after` (from the start when null), in the export's keyset order. */
  exportPage(em: EntityManager, after: ExportedOrganisation | null, limit: number): Promise<ExportedOrganisation[]> {
    return after === null
      ? em.execute<ExportedOrganisation[]>(EXPORT_FIRST_PAGE_SQL, [limit])
      : em.execute<ExportedOrganisation[]>(EXPORT_PAGE_AFTER_SQL, [after.name_key, after.id, limit]);
  }

  /** The stored organisations with these business IDs. */
  storedByBusinessId(em: EntityManager, businessIds: string[]): Promise<StoredOrganisationRow[]> {
    return selectWhereIn<StoredOrganisationRow>(em, STORED_BY_BUSINESS_ID_SQL, businessIds);
  }

  /** Which of the names stored organisations have. */
  async storedNames(em: EntityManager, names: string[]): Promise<string[]> {
    const rows = await selectWhereIn<{ name: string }>(em, STORED_NAMES_SQL, names);
    return rows.map((row) => row.name);
  }

  /** The ids of the organisations with these business IDs. */
  idsByBusinessId(em: EntityManager, businessIds: string[]): Promise<{ id: string; business_id: string }[]> {
    return selectWhereIn<{ id: string; business_id: string }>(em, IDS_BY_BUSINESS_ID_SQL, businessIds);
  }

  /** Every policy area's id and code. */
  policyAreaCodes(em: EntityManager): Promise<{ id: string; code: string }[]> {
    return em.execute<{ id: string; code: string }[]>(POLICY_AREA_CODES_SQL);
  }

  /** Creates the organisations (one statement for the batch given), skipping those whose business ID is stored already; answers the ids created. */
  insertOrganisations(em: EntityManager, at: Date, records: readonly OrganisationRecord[]): Promise<{ id: string }[]> {
    return executeSql<{ id: string }>(em, INSERT_ORGANISATIONS_SQL, [at, at, JSON.stringify(records)]);
  }

  /** Updates the organisations still at their `version` (one statement for the batch given); answers the ids updated. */
  updateOrganisations(em: EntityManager, at: Date, records: readonly (OrganisationRecord & { version: number })[]): Promise<{ id: string }[]> {
    return executeSql<{ id: string }>(em, UPDATE_ORGANISATIONS_SQL, [at, JSON.stringify(records)]);
  }

  /** Deletes every policy area link of the organisations (one statement for the batch given). */
  async unlinkPolicyAreas(em: EntityManager, organisationIds: readonly string[]): Promise<void> {
    await executeSql(em, UNLINK_POLICY_AREAS_SQL, [JSON.stringify(organisationIds)]);
  }

  /** Links organisations with policy areas. */
  async linkPolicyAreas(em: EntityManager, links: readonly { organisation_id: string; policy_area_id: string }[]): Promise<void> {
    await executeInBatches(em, LINK_POLICY_AREAS_SQL, links);
  }
}
