import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { FieldErrors } from '@sidos/common';
import { mapForRead, plainForRead } from '@sidos/database';
import { checkReferences, Contact, indexedReferences, Organisation, PolicyArea, ReferenceRepository } from '@sidos/register';
import { EngagementPreferencesPolicyArea, EngagementPreferencesRecord } from '../entities/index.js';

/** Whose preferences: an organisation's or a contact's. */
export type PreferencesParty = 'organisation' | 'contact';

/** What preferences' audit events are filed under; their entity id is the organisation's or the contact's. */
export const PREFERENCES_AUDIT_ENTITY = 'EngagementPreferences';

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/** The preferences of the organisations (or contacts) named, with the party's id as "party_id". */
const PREFERENCES_OF_PARTIES_SQL = (party: PreferencesParty, count: number) =>
  `select p.*, p."${party}_id" as "party_id" from "engagement_preferences" p where p."${party}_id" in (${placeholders(count)})`;

/** The policy areas of each preferences row named, by name (case-insensitively). */
const POLICY_AREAS_OF_PREFERENCES_SQL = (count: number) =>
  `select link."preferences_id" as "link_preferences_id", p.*
   from "engagement_preferences_policy_area" link join "policy_area" p on p."id" = link."policy_area_id"
   where link."preferences_id" in (${placeholders(count)})
   order by lower(p."name"), p."id"`;

/** Erasure: the contact's preferences go. */
const DELETE_CONTACT_PREFERENCES_SQL = `delete from "engagement_preferences" where "contact_id" = ?`;

/** Erasure: every value of the contact's preferences' audit events becomes null (the events still say who changed which field when). */
const SCRUB_CONTACT_PREFERENCES_AUDIT_SQL = `update "audit_event" set "changes" = (
     select coalesce(jsonb_agg(jsonb_build_object('field', change.value->'field', 'from', null, 'to', null) order by change.ordinality), '[]'::jsonb)
     from jsonb_array_elements("changes") with ordinality change
   )
   where "entity_type" = '${PREFERENCES_AUDIT_ENTITY}' and "entity_id" = ?`;

/** A contact's preferences as its subject access export shows them (policy areas by name), or none. */
const CONTACT_PREFERENCES_FOR_EXPORT_SQL = `select p."methods", p."modes", p."languages", p."accessibility_needs" as "accessibilityNeeds",
    p."max_invitations_per_quarter" as "maxInvitationsPerQuarter", p."notes", p."updated_at" as "updatedAt",
    coalesce((select json_agg(pa."name" order by lower(pa."name"), pa."id") from "engagement_preferences_policy_area" l join "policy_area" pa on pa."id" = l."policy_area_id"
              where l."preferences_id" = p."id"), '[]') as "policyAreas"
  from "engagement_preferences" p where p."contact_id" = ?`;

/** The subject access export (ContactDataExportService): what the contact said it wishes, or null. */
export async function contactPreferencesForExport(em: EntityManager, contactId: string): Promise<Record<string, unknown> | null> {
  const [row] = await em.execute<Record<string, unknown>[]>(CONTACT_PREFERENCES_FOR_EXPORT_SQL, [contactId]);
  return row ?? null;
}

/**
 * Erasing a contact (ContactPrivacyService.erase, in its transaction): its preferences go, and the values
 * of their audit events (accessibility needs can be health data) become null.
 */
export async function eraseContactPreferences(em: EntityManager, contactId: string): Promise<void> {
  await em.execute(DELETE_CONTACT_PREFERENCES_SQL, [contactId]);
  await em.execute(SCRUB_CONTACT_PREFERENCES_AUDIT_SQL, [contactId]);
}

/** Every read and write of engagement preferences. */
@Injectable()
export class PreferencesRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly references: ReferenceRepository,
  ) {}

  /** The organisation or contact, locked for the rest of the transaction (so that two changes of its preferences run one after the other); null when none. */
  lockParty(party: PreferencesParty, id: string): Promise<Organisation | Contact | null> {
    return party === 'organisation'
      ? this.em.findOne(Organisation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : this.em.findOne(Contact, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  findOfParty(party: PreferencesParty, id: string): Promise<EngagementPreferencesRecord | null> {
    return this.em.findOne(EngagementPreferencesRecord, party === 'organisation' ? { organisation: id } : { contact: id });
  }

  async policyAreaIdsOf(preferences: EngagementPreferencesRecord): Promise<string[]> {
    const links = await this.em.find(EngagementPreferencesPolicyArea, { preferences: preferences.id });
    return links.map((link) => link.policyArea.id);
  }

  /** Unknown or malformed policy area ids become field errors at `path.N`. */
  checkPolicyAreas(errors: FieldErrors, path: string, ids: readonly string[] | null | undefined): Promise<void> {
    return checkReferences(this.references, errors, 'policy_area', indexedReferences(path, ids));
  }

  create(party: PreferencesParty, partyId: string): EngagementPreferencesRecord {
    return this.em.create(EngagementPreferencesRecord, party === 'organisation' ? { organisation: partyId } : { contact: partyId });
  }

  /** Makes the preferences' policy areas exactly `policyAreaIds` (with the next flush). */
  async replacePolicyAreas(preferences: EngagementPreferencesRecord, policyAreaIds: readonly string[]): Promise<void> {
    const existing = await this.em.find(EngagementPreferencesPolicyArea, { preferences: preferences.id });
    const wanted = new Set(policyAreaIds);
    for (const link of existing) if (!wanted.has(link.policyArea.id)) this.em.remove(link);
    const kept = new Set(existing.map((link) => link.policyArea.id));
    for (const id of wanted) if (!kept.has(id)) this.em.create(EngagementPreferencesPolicyArea, { preferences: preferences.id, policyArea: id });
  }

  remove(preferences: EngagementPreferencesRecord): void {
    this.em.remove(preferences);
  }

  flush(): Promise<void> {
    return this.em.flush();
  }

  /** The preferences of each organisation (or contact) of `ids`, in their order; null where none. One statement. */
  async ofParties(party: PreferencesParty, ids: readonly string[]): Promise<(EngagementPreferencesRecord | null)[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(PREFERENCES_OF_PARTIES_SQL(party, ids.length), [...ids]);
    const byParty = new Map(rows.map((row) => [row.party_id as string, mapForRead(this.em, EngagementPreferencesRecord, row)]));
    return ids.map((id) => byParty.get(id) ?? null);
  }

  /** The policy areas of each preferences row of `ids`, by name. One statement. */
  async policyAreasOf(ids: readonly string[]): Promise<PolicyArea[][]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(POLICY_AREAS_OF_PREFERENCES_SQL(ids.length), [...ids]);
    const byId = new Map<string, PolicyArea[]>();
    for (const row of rows) {
      const key = row.link_preferences_id as string;
      byId.set(key, [...(byId.get(key) ?? []), plainForRead(this.em, PolicyArea, row)]);
    }
    return ids.map((id) => byId.get(id) ?? []);
  }
}
