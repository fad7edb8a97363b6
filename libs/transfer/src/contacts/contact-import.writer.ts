import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AuditAction, createdFields } from '@sidos/audit';
import { ConflictError } from '@sidos/common';
import { CONTACT_AUDIT_FIELDS } from '@sidos/register';
import { insertAuditEvents } from '../import/audit-event-batch.js';
import { batches, executeInBatches, executeSql } from '../repositories/sql-batches.js';
import { refreshStatistics } from '../import/table-statistics.js';
import { writePreferenceChanges } from '../preferences/preference-import.writer.js';
import { type AffiliationRecord, contactSnapshot, type ContactImportPlan, type ContactState } from './contact-state.js';

const RECORD_COLUMNS = `"id" uuid, "first_name" text, "last_name" text, "email" text, "phone" text, "title" text, "languages" text[],
  "lawful_basis" text, "consent_at" timestamptz`;

const INSERT = `insert into "contact" ("id", "first_name", "last_name", "email", "phone", "title", "languages", "lawful_basis", "consent_at", "erased", "version", "created_at", "updated_at")
  select r."id", r."first_name", r."last_name", r."email", r."phone", r."title", r."languages", r."lawful_basis", r."consent_at", false, 1, ?::timestamptz, ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r(${RECORD_COLUMNS})
  returning "id"`;

const UPDATE = `update "contact" c set "first_name" = r."first_name", "last_name" = r."last_name", "email" = r."email", "phone" = r."phone", "title" = r."title",
    "languages" = r."languages", "lawful_basis" = r."lawful_basis", "consent_at" = r."consent_at", "version" = c."version" + 1, "updated_at" = ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r(${RECORD_COLUMNS}, "version" int)
  where c."id" = r."id" and c."version" = r."version" and not c."erased"
  returning c."id"`;

const INSERT_AFFILIATIONS = `insert into "affiliation" ("id", "organisation_id", "contact_id", "role", "primary", "since", "until", "created_at")
  select r."id", r."organisation_id", r."contact_id", r."role", r."primary", r."since", r."until", ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r("id" uuid, "organisation_id" uuid, "contact_id" uuid, "role" text, "primary" boolean, "since" date, "until" date)`;

const UPDATE_ROLES = `update "affiliation" a set "role" = r."role"
  from jsonb_to_recordset(?::jsonb) as r("id" uuid, "role" text)
  where a."id" = r."id"
  returning a."id"`;

/**
 * Writes a contacts import plan set-based, a thousand records per statement, with its audit events,
 * inside the caller's transaction. A contact changed or erased by someone else since the plan was made
 * fails the whole import as a CONFLICT.
 */
export async function writeContactImport(em: EntityManager, actor: Actor, plan: ContactImportPlan): Promise<void> {
  const at = new Date();
  for (const batch of batches(plan.creates)) {
    await executeSql(em, INSERT, [at, at, JSON.stringify(batch.map(({ id, state }) => recordOf(id, state)))]);
    await insertAffiliations(
      em,
      at,
      batch.flatMap(({ id, state }) => state.affiliations.map((affiliation) => affiliationRecordOf(id, affiliation))),
    );
    await insertAuditEvents(
      em,
      actor,
      at,
      'Contact',
      batch.map(({ id, state }) => ({ action: AuditAction.CREATE, entityId: id, changes: createdFields(contactSnapshot(state), CONTACT_AUDIT_FIELDS) })),
    );
  }
  for (const batch of batches(plan.updates)) {
    const updated = await executeSql(em, UPDATE, [at, JSON.stringify(batch.map(({ id, version, state }) => ({ ...recordOf(id, state), version })))]);
    if (updated.length !== batch.length) {
      throw new ConflictError('A contact of this import was changed by someone else while it ran: nothing was imported; run the import again');
    }
    await insertAffiliations(
      em,
      at,
      batch.flatMap(({ id, newAffiliation }) => (newAffiliation ? [affiliationRecordOf(id, newAffiliation)] : [])),
    );
    const roleChanges = batch.flatMap((update) => update.roleChanges);
    const changedRoles = await executeInBatches(em, UPDATE_ROLES, roleChanges);
    if (changedRoles.length !== roleChanges.length) {
      throw new ConflictError('An affiliation of this import was removed by someone else while it ran: nothing was imported; run the import again');
    }
    await insertAuditEvents(
      em,
      actor,
      at,
      'Contact',
      batch.map(({ id, changes }) => ({ action: AuditAction.UPDATE, entityId: id, changes })),
    );
  }
  await writePreferenceChanges(em, actor, at, 'contact', plan.preferences);
  await refreshStatistics(em, ['contact', 'affiliation', 'audit_event'], plan.creates.length + plan.updates.length);
}

async function insertAffiliations(em: EntityManager, at: Date, affiliations: readonly ReturnType<typeof affiliationRecordOf>[]): Promise<void> {
  await executeInBatches(em, INSERT_AFFILIATIONS, affiliations, (batch) => [at, batch]);
}

function recordOf(id: string, state: ContactState) {
  return {
    id,
    first_name: state.firstName,
    last_name: state.lastName,
    email: state.email,
    phone: state.phone,
    title: state.title,
    languages: state.languages,
    lawful_basis: state.lawfulBasis,
    consent_at: state.consentAt,
  };
}

function affiliationRecordOf(contactId: string, affiliation: AffiliationRecord) {
  return {
    id: randomUUID(),
    contact_id: contactId,
    organisation_id: affiliation.organisationId,
    role: affiliation.role,
    primary: affiliation.primary,
    since: affiliation.since,
    until: affiliation.until,
  };
}
