import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Language, LawfulBasis } from '@sidos/register';
import { executeInBatches, executeSql, selectWhereIn } from './sql-batches.js';
import { type ExportedPreferences } from '../preferences/preference-columns.js';
import { EXPORTED_PREFERENCES_SQL, STORED_PREFERENCES_JSON } from './preference-transfer.repository.js';

/** A contact as the export reads it. */
export interface ExportedContact extends ExportedPreferences {
  id: string;
  last_key: string;
  first_key: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  languages: string[];
  lawful_basis: string;
  /** ISO-8601 (raw queries answer timestamps as text). */
  consent_at: string | null;
  business_id: string | null;
  role: string | null;
}

/** A stored contact as the import compares rows with it. */
export interface StoredContactRow {
  id: string;
  version: number;
  email_key: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  lawful_basis: LawfulBasis;
  /** ISO-8601 (raw queries answer timestamps as text). */
  consent_at: string | null;
  languages: Language[];
  preferences: unknown;
}

/** A stored affiliation of a contact the import updates. */
export interface StoredAffiliationRow {
  id: string;
  contact_id: string;
  organisation_id: string;
  role: string | null;
  primary: boolean;
  since: string | null;
  until: string | null;
}

/**
 * The export's columns of every contact not erased, with one affiliation per contact: its current one (until
 * unset or not past) with an organisation that has a business ID and is not archived, the primary one first, then the oldest.
 */
const EXPORT_SELECT = `select c."id", lower(c."last_name") as "last_key", lower(c."first_name") as "first_key", c."first_name", c."last_name", c."email", c."phone",
    c."title", c."languages", c."lawful_basis", to_json(c."consent_at") #>> '{}' as "consent_at", affiliation."business_id", affiliation."role",
    ${EXPORTED_PREFERENCES_SQL('contact', 'c."id"')}
  from "contact" c
  left join lateral (
    select o."business_id", a."role" from "affiliation" a join "organisation" o on o."id" = a."organisation_id"
    where a."contact_id" = c."id" and (a."until" is null or a."until" >= current_date) and o."business_id" is not null and not o."archived"
    order by a."primary" desc, a."created_at", a."id"
    limit 1
  ) affiliation on true
  where not c."erased"`;
/** The export's keyset order (the name-order index). Binding: the limit. */
const EXPORT_ORDER = 'order by lower(c."last_name"), lower(c."first_name"), c."id" limit ?';
/** The first export page. Binding: the limit. */
const EXPORT_FIRST_PAGE_SQL = `${EXPORT_SELECT} ${EXPORT_ORDER}`;
/** An export page after a row. Bindings: its last name key, first name key, id, the limit. */
const EXPORT_PAGE_AFTER_SQL = `${EXPORT_SELECT} and (lower(c."last_name"), lower(c."first_name"), c."id") > (?, ?, ?::uuid) ${EXPORT_ORDER}`;

/** The database's date today. */
const TODAY_SQL = 'select current_date::text as "today"';

/** Stored contacts (not erased) with one of the lower-case emails (a jsonb array parameter). */
const STORED_BY_EMAIL_SQL = `select c."id", c."version", lower(c."email") as "email_key", c."first_name", c."last_name", c."email", c."phone", c."title",
    c."lawful_basis", to_json(c."consent_at") #>> '{}' as "consent_at", c."languages",
    ${STORED_PREFERENCES_JSON('contact', 'c."id"')} as "preferences"
  from "contact" c
  where not c."erased" and lower(c."email") in (select jsonb_array_elements_text(?::jsonb))`;

/** The affiliations of the contacts (a jsonb array parameter of their ids), in the order they were made. */
const AFFILIATIONS_OF_SQL = `select a."id", a."contact_id", a."organisation_id", a."role", a."primary", a."since"::text as "since", a."until"::text as "until"
  from "affiliation" a
  where a."contact_id" in (select value::uuid from jsonb_array_elements_text(?::jsonb))
  order by a."created_at", a."id"`;

/** The stored ones (not erased) of the names (a jsonb parameter of `first_name`, `last_name` records). */
const STORED_NAMES_SQL = `select distinct c."first_name", c."last_name" from "contact" c
  where not c."erased" and (c."first_name", c."last_name") in (select r."first_name", r."last_name" from jsonb_to_recordset(?::jsonb) as r("first_name" text, "last_name" text))`;

/** The columns of a contact record as the import writes it (a jsonb_to_recordset row type). */
const RECORD_COLUMNS = `"id" uuid, "first_name" text, "last_name" text, "email" text, "phone" text, "title" text, "languages" text[],
  "lawful_basis" text, "consent_at" timestamptz`;

/** Creates contacts. Bindings: created at, updated at, the batch (a jsonb array of records). */
const INSERT_CONTACTS_SQL = `insert into "contact" ("id", "first_name", "last_name", "email", "phone", "title", "languages", "lawful_basis", "consent_at", "erased", "version", "created_at", "updated_at")
  select r."id", r."first_name", r."last_name", r."email", r."phone", r."title", r."languages", r."lawful_basis", r."consent_at", false, 1, ?::timestamptz, ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r(${RECORD_COLUMNS})
  returning "id"`;

/**
 * Updates contacts still at the version read and not erased, one version up; answers the ids updated.
 * Bindings: updated at, the batch (a jsonb array of records with their "version").
 */
const UPDATE_CONTACTS_SQL = `update "contact" c set "first_name" = r."first_name", "last_name" = r."last_name", "email" = r."email", "phone" = r."phone", "title" = r."title",
    "languages" = r."languages", "lawful_basis" = r."lawful_basis", "consent_at" = r."consent_at", "version" = c."version" + 1, "updated_at" = ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r(${RECORD_COLUMNS}, "version" int)
  where c."id" = r."id" and c."version" = r."version" and not c."erased"
  returning c."id"`;

/** Creates affiliations. Bindings: created at, the batch (a jsonb array of affiliation records). */
const INSERT_AFFILIATIONS_SQL = `insert into "affiliation" ("id", "organisation_id", "contact_id", "role", "primary", "since", "until", "created_at")
  select r."id", r."organisation_id", r."contact_id", r."role", r."primary", r."since", r."until", ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r("id" uuid, "organisation_id" uuid, "contact_id" uuid, "role" text, "primary" boolean, "since" date, "until" date)`;

/** Changes the roles of affiliations; answers the ids changed. Binding: the batch (a jsonb array of "id", "role"). */
const UPDATE_AFFILIATION_ROLES_SQL = `update "affiliation" a set "role" = r."role"
  from jsonb_to_recordset(?::jsonb) as r("id" uuid, "role" text)
  where a."id" = r."id"
  returning a."id"`;

/** A contact as the import writes it (the columns of RECORD_COLUMNS). */
export interface ContactRecord {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  languages: Language[];
  lawful_basis: LawfulBasis;
  consent_at: Date | null;
}

/** An affiliation as the import writes it. */
export interface AffiliationInsertRecord {
  id: string;
  contact_id: string;
  organisation_id: string;
  role: string | null;
  primary: boolean;
  since: string | null;
  until: string | null;
}

/**
 * The queries of the contacts' CSV import and export. Each method runs on the entity manager it is given:
 * the import's or export's transaction (or the service's own, for a dry run).
 */
@Injectable()
export class ContactTransferRepository {
  /** Up to `limit` contacts after `after` (from the start when null), in the export's keyset order. */
  exportPage(em: EntityManager, after: ExportedContact | null, limit: number): Promise<ExportedContact[]> {
    return after === null
      ? em.execute<ExportedContact[]>(EXPORT_FIRST_PAGE_SQL, [limit])
      : em.execute<ExportedContact[]>(EXPORT_PAGE_AFTER_SQL, [after.last_key, after.first_key, after.id, limit]);
  }

  /** The database's date today (ISO-8601). */
  async today(em: EntityManager): Promise<string> {
    const [{ today }] = await em.execute<{ today: string }[]>(TODAY_SQL);
    return today;
  }

  /** The stored contacts (not erased) with these lower-case emails. */
  storedByEmail(em: EntityManager, emails: string[]): Promise<StoredContactRow[]> {
    return selectWhereIn<StoredContactRow>(em, STORED_BY_EMAIL_SQL, emails);
  }

  /** The affiliations of these contacts, in the order they were made. */
  affiliationsOf(em: EntityManager, contactIds: string[]): Promise<StoredAffiliationRow[]> {
    return selectWhereIn<StoredAffiliationRow>(em, AFFILIATIONS_OF_SQL, contactIds);
  }

  /** Which of the names stored contacts (not erased) have. */
  storedNames(em: EntityManager, names: { first_name: string; last_name: string }[]): Promise<{ first_name: string; last_name: string }[]> {
    return selectWhereIn<{ first_name: string; last_name: string }>(em, STORED_NAMES_SQL, names);
  }

  /** Creates the contacts (one statement for the batch given). */
  async insertContacts(em: EntityManager, at: Date, records: readonly ContactRecord[]): Promise<void> {
    await executeSql(em, INSERT_CONTACTS_SQL, [at, at, JSON.stringify(records)]);
  }

  /** Updates the contacts still at their `version` and not erased (one statement for the batch given); answers the ids updated. */
  updateContacts(em: EntityManager, at: Date, records: readonly (ContactRecord & { version: number })[]): Promise<{ id: string }[]> {
    return executeSql<{ id: string }>(em, UPDATE_CONTACTS_SQL, [at, JSON.stringify(records)]);
  }

  /** Creates the affiliations. */
  async insertAffiliations(em: EntityManager, at: Date, affiliations: readonly AffiliationInsertRecord[]): Promise<void> {
    await executeInBatches(em, INSERT_AFFILIATIONS_SQL, affiliations, (batch) => [at, batch]);
  }

  /** Changes the roles of the affiliations; answers the ids changed (a removed affiliation is not among them). */
  updateAffiliationRoles(em: EntityManager, changes: readonly { id: string; role: string | null }[]): Promise<{ id: string }[]> {
    return executeInBatches<{ id: string }>(em, UPDATE_AFFILIATION_ROLES_SQL, changes);
  }
}
