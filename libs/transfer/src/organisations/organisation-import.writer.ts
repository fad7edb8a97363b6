import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AuditAction, createdFields, snapshotOf } from '@sidos/audit';
import { ConflictError } from '@sidos/common';
import { ORGANISATION_AUDIT_FIELDS } from '@sidos/register';
import { insertAuditEvents } from '../import/audit-event-batch.js';
import { batches, executeInBatches, executeSql } from '../repositories/sql-batches.js';
import { refreshStatistics } from '../import/table-statistics.js';
import { writePreferenceChanges } from '../preferences/preference-import.writer.js';
import { type OrganisationImportPlan, type OrganisationState } from './organisation-state.js';

const RECORD_COLUMNS = `"id" uuid, "name" text, "name_sv" text, "name_en" text, "business_id" text, "type" text, "languages" text[],
  "municipality" text, "website" text, "email" text, "notes" text`;

const INSERT = `insert into "organisation" ("id", "name", "name_sv", "name_en", "business_id", "type", "languages", "municipality", "website", "email", "notes", "archived", "version", "created_at", "updated_at")
  select r."id", r."name", r."name_sv", r."name_en", r."business_id", r."type", r."languages", r."municipality", r."website", r."email", r."notes", false, 1, ?::timestamptz, ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r(${RECORD_COLUMNS})
  on conflict ("business_id") do nothing
  returning "id"`;

const UPDATE = `update "organisation" o set "name" = r."name", "name_sv" = r."name_sv", "name_en" = r."name_en", "business_id" = r."business_id", "type" = r."type",
    "languages" = r."languages", "municipality" = r."municipality", "website" = r."website", "email" = r."email", "notes" = r."notes",
    "version" = o."version" + 1, "updated_at" = ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r(${RECORD_COLUMNS}, "version" int)
  where o."id" = r."id" and o."version" = r."version"
  returning o."id"`;

const UNLINK_POLICY_AREAS = `delete from "organisation_policy_area" where "organisation_id" in (select value::uuid from jsonb_array_elements_text(?::jsonb))`;

const LINK_POLICY_AREAS = `insert into "organisation_policy_area" ("organisation_id", "policy_area_id")
  select r."organisation_id", r."policy_area_id" from jsonb_to_recordset(?::jsonb) as r("organisation_id" uuid, "policy_area_id" uuid)`;

/**
 * Writes an import plan set-based, a thousand records per statement, with its audit events, inside the
 * caller's transaction (audit events are made batch by batch, so memory stays bounded). A business ID
 * stored by someone else since the plan was made, or a record changed since, fails the whole import as
 * a CONFLICT: the transaction rolls back and nothing stays written.
 */
export async function writeOrganisationImport(em: EntityManager, actor: Actor, plan: OrganisationImportPlan): Promise<void> {
  const at = new Date();
  for (const batch of batches(plan.creates)) {
    const inserted = await executeSql(em, INSERT, [at, at, JSON.stringify(batch.map(({ id, state }) => recordOf(id, state)))]);
    if (inserted.length !== batch.length) {
      throw new ConflictError('A business ID of this import was stored by someone else while it ran: nothing was imported; run the import again');
    }
    await linkPolicyAreas(em, batch);
    const events = batch.map(({ id, state }) => ({
      action: AuditAction.CREATE,
      entityId: id,
      changes: createdFields(snapshotOf(state, ORGANISATION_AUDIT_FIELDS), ORGANISATION_AUDIT_FIELDS),
    }));
    await insertAuditEvents(em, actor, at, 'Organisation', events);
  }
  for (const batch of batches(plan.updates)) {
    const updated = await executeSql(em, UPDATE, [at, JSON.stringify(batch.map(({ id, version, state }) => ({ ...recordOf(id, state), version })))]);
    if (updated.length !== batch.length) {
      throw new ConflictError('An organisation of this import was changed by someone else while it ran: nothing was imported; run the import again');
    }
    const relinked = batch.filter((update) => update.policyAreasChanged);
    if (relinked.length > 0) {
      await executeSql(em, UNLINK_POLICY_AREAS, [JSON.stringify(relinked.map((update) => update.id))]);
      await linkPolicyAreas(em, relinked);
    }
    await insertAuditEvents(
      em,
      actor,
      at,
      'Organisation',
      batch.map(({ id, changes }) => ({ action: AuditAction.UPDATE, entityId: id, changes })),
    );
  }
  await writePreferenceChanges(em, actor, at, 'organisation', plan.preferences);
  await refreshStatistics(em, ['organisation', 'organisation_policy_area', 'audit_event'], plan.creates.length + plan.updates.length);
}

async function linkPolicyAreas(em: EntityManager, organisations: readonly { id: string; state: OrganisationState }[]): Promise<void> {
  const links = organisations.flatMap(({ id, state }) => state.policyAreaIds.map((policyAreaId) => ({ organisation_id: id, policy_area_id: policyAreaId })));
  await executeInBatches(em, LINK_POLICY_AREAS, links);
}

function recordOf(id: string, state: OrganisationState) {
  return {
    id,
    name: state.name,
    name_sv: state.nameSv,
    name_en: state.nameEn,
    business_id: state.businessId,
    type: state.type,
    languages: state.languages,
    municipality: state.municipality,
    website: state.website,
    email: state.email,
    notes: state.notes,
  };
}
