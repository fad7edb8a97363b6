import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AuditAction } from '@sidos/audit';
import { PREFERENCES_AUDIT_ENTITY } from '@sidos/practice';
import { insertAuditEvents } from '../import/audit-event-batch.js';
import { executeInBatches } from '../repositories/sql-batches.js';
import { type PreferencesChange } from './preference-columns.js';

const DELETE_PREFERENCES = (party: 'organisation' | 'contact') =>
  `delete from "engagement_preferences" where "${party}_id" in (select value::uuid from jsonb_array_elements_text(?::jsonb))`;

const UPSERT_PREFERENCES = (party: 'organisation' | 'contact') => `insert into "engagement_preferences"
    ("id", "${party}_id", "methods", "modes", "languages", "accessibility_needs", "max_invitations_per_quarter", "notes", "updated_at")
  select gen_random_uuid(), r."party_id", r."methods", r."modes", r."languages", r."accessibility_needs", r."max_invitations_per_quarter", r."notes", ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r("party_id" uuid, "methods" text[], "modes" text[], "languages" text[], "accessibility_needs" text, "max_invitations_per_quarter" int, "notes" text)
  on conflict ("${party}_id") do update set "methods" = excluded."methods", "modes" = excluded."modes", "languages" = excluded."languages",
    "accessibility_needs" = excluded."accessibility_needs", "max_invitations_per_quarter" = excluded."max_invitations_per_quarter",
    "notes" = excluded."notes", "updated_at" = excluded."updated_at"`;

const UNLINK_POLICY_AREAS = (party: 'organisation' | 'contact') => `delete from "engagement_preferences_policy_area" l using "engagement_preferences" p
  where l."preferences_id" = p."id" and p."${party}_id" in (select value::uuid from jsonb_array_elements_text(?::jsonb))`;

const LINK_POLICY_AREAS = (party: 'organisation' | 'contact') => `insert into "engagement_preferences_policy_area" ("preferences_id", "policy_area_id")
  select p."id", r."policy_area_id" from jsonb_to_recordset(?::jsonb) as r("party_id" uuid, "policy_area_id" uuid)
  join "engagement_preferences" p on p."${party}_id" = r."party_id"`;

/**
 * Writes the preference changes of an import set-based (after its organisations or contacts are written),
 * with their audit events as PreferencesService writes them ("EngagementPreferences", the party's id).
 */
export async function writePreferenceChanges(
  em: EntityManager,
  actor: Actor,
  at: Date,
  party: 'organisation' | 'contact',
  changes: readonly PreferencesChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const removed = changes.filter((change) => change.after === null).map((change) => change.partyId);
  const kept = changes.filter((change) => change.after !== null);
  await executeInBatches(em, DELETE_PREFERENCES(party), removed);
  await executeInBatches(
    em,
    UPSERT_PREFERENCES(party),
    kept.map(({ partyId, after }) => ({
      party_id: partyId,
      methods: after!.methods,
      modes: after!.modes,
      languages: after!.languages,
      accessibility_needs: after!.accessibilityNeeds,
      max_invitations_per_quarter: after!.maxInvitationsPerQuarter,
      notes: after!.notes,
    })),
    (batch) => [at, batch],
  );
  await executeInBatches(
    em,
    UNLINK_POLICY_AREAS(party),
    kept.map((change) => change.partyId),
  );
  await executeInBatches(
    em,
    LINK_POLICY_AREAS(party),
    kept.flatMap(({ partyId, after }) => after!.policyAreaIds.map((policyAreaId) => ({ party_id: partyId, policy_area_id: policyAreaId }))),
  );
  await insertAuditEvents(
    em,
    actor,
    at,
    PREFERENCES_AUDIT_ENTITY,
    changes.map(({ partyId, before, after, changes: fields }) => ({
      action: before === null ? AuditAction.CREATE : after === null ? AuditAction.DELETE : AuditAction.UPDATE,
      entityId: partyId,
      changes: fields,
    })),
  );
}
