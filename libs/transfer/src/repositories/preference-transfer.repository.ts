import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type PreferencesParty } from '@sidos/practice';
import { executeInBatches } from './sql-batches.js';

/** The stored preferences of the party `p."<party>_id"` as json (for the stored-records queries). */
export const STORED_PREFERENCES_JSON = (party: PreferencesParty, partyId: string) => `(
    select json_build_object('methods', p."methods", 'modes', p."modes", 'languages', p."languages",
             'policyAreaIds', coalesce((select json_agg(l."policy_area_id" order by l."policy_area_id") from "engagement_preferences_policy_area" l where l."preferences_id" = p."id"), '[]'),
             'accessibilityNeeds', p."accessibility_needs", 'maxInvitationsPerQuarter', p."max_invitations_per_quarter", 'notes', p."notes")
    from "engagement_preferences" p where p."${party}_id" = ${partyId})`;

/** The export's preference cells of the party (columns "preferences_<field>"), for the export queries. */
export const EXPORTED_PREFERENCES_SQL = (party: PreferencesParty, partyId: string) =>
  `(select array_to_string(p."methods", '|') from "engagement_preferences" p where p."${party}_id" = ${partyId}) as "preferred_methods",
    (select array_to_string(p."modes", '|') from "engagement_preferences" p where p."${party}_id" = ${partyId}) as "preferred_modes",
    (select array_to_string(p."languages", '|') from "engagement_preferences" p where p."${party}_id" = ${partyId}) as "preferred_languages",
    (select string_agg(pa."code", '|' order by pa."code") from "engagement_preferences" p join "engagement_preferences_policy_area" l on l."preferences_id" = p."id"
       join "policy_area" pa on pa."id" = l."policy_area_id" where p."${party}_id" = ${partyId}) as "preferred_policy_area_codes",
    (select p."accessibility_needs" from "engagement_preferences" p where p."${party}_id" = ${partyId}) as "accessibility_needs",
    (select p."max_invitations_per_quarter"::text from "engagement_preferences" p where p."${party}_id" = ${partyId}) as "max_invitations_per_quarter",
    (select p."notes" from "engagement_preferences" p where p."${party}_id" = ${partyId}) as "preference_notes"`;

/** Deletes the preferences of the parties (a jsonb array parameter of their ids). */
const DELETE_PREFERENCES_SQL = (party: PreferencesParty) =>
  `delete from "engagement_preferences" where "${party}_id" in (select value::uuid from jsonb_array_elements_text(?::jsonb))`;

/** Creates or replaces the preferences of the parties. Bindings: when, the batch (a jsonb array of "party_id" and the preference columns). */
const UPSERT_PREFERENCES_SQL = (party: PreferencesParty) => `insert into "engagement_preferences"
    ("id", "${party}_id", "methods", "modes", "languages", "accessibility_needs", "max_invitations_per_quarter", "notes", "updated_at")
  select gen_random_uuid(), r."party_id", r."methods", r."modes", r."languages", r."accessibility_needs", r."max_invitations_per_quarter", r."notes", ?::timestamptz
  from jsonb_to_recordset(?::jsonb) as r("party_id" uuid, "methods" text[], "modes" text[], "languages" text[], "accessibility_needs" text, "max_invitations_per_quarter" int, "notes" text)
  on conflict ("${party}_id") do update set "methods" = excluded."methods", "modes" = excluded."modes", "languages" = excluded."languages",
    "accessibility_needs" = excluded."accessibility_needs", "max_invitations_per_quarter" = excluded."max_invitations_per_quarter",
    "notes" = excluded."notes", "updated_at" = excluded."updated_at"`;

/** Deletes the policy area links of the parties' preferences (a jsonb array parameter of the parties' ids). */
const UNLINK_POLICY_AREAS_SQL = (party: PreferencesParty) => `delete from "engagement_preferences_policy_area" l using "engagement_preferences" p
  where l."preferences_id" = p."id" and p."${party}_id" in (select value::uuid from jsonb_array_elements_text(?::jsonb))`;

/** Links the parties' preferences with policy areas (a jsonb array parameter of "party_id", "policy_area_id"). */
const LINK_POLICY_AREAS_SQL = (party: PreferencesParty) => `insert into "engagement_preferences_policy_area" ("preferences_id", "policy_area_id")
  select p."id", r."policy_area_id" from jsonb_to_recordset(?::jsonb) as r("party_id" uuid, "policy_area_id" uuid)
  join "engagement_preferences" p on p."${party}_id" = r."party_id"`;

/** A party's preferences as an import writes them (the columns of engagement_preferences). */
export interface PreferencesRecord {
  party_id: string;
  methods: string[];
  modes: string[];
  languages: string[];
  accessibility_needs: string | null;
  max_invitations_per_quarter: number | null;
  notes: string | null;
}

/**
 * The writes of engagement preferences by the CSV imports, set-based, a thousand rows per statement. Each
 * method runs on the entity manager it is given: the import's transaction.
 */
@Injectable()
export class PreferenceTransferRepository {
  /** Deletes the preferences of these parties (their policy area links go with them). */
  async deletePreferences(em: EntityManager, party: PreferencesParty, partyIds: readonly string[]): Promise<void> {
    await executeInBatches(em, DELETE_PREFERENCES_SQL(party), partyIds);
  }

  /** Creates or replaces the preferences of the parties. */
  async upsertPreferences(em: EntityManager, party: PreferencesParty, at: Date, records: readonly PreferencesRecord[]): Promise<void> {
    await executeInBatches(em, UPSERT_PREFERENCES_SQL(party), records, (batch) => [at, batch]);
  }

  /** Deletes the policy area links of these parties' preferences. */
  async unlinkPolicyAreas(em: EntityManager, party: PreferencesParty, partyIds: readonly string[]): Promise<void> {
    await executeInBatches(em, UNLINK_POLICY_AREAS_SQL(party), partyIds);
  }

  /** Links the parties' (stored) preferences with policy areas. */
  async linkPolicyAreas(em: EntityManager, party: PreferencesParty, links: readonly { party_id: string; policy_area_id: string }[]): Promise<void> {
    await executeInBatches(em, LINK_POLICY_AREAS_SQL(party), links);
  }
}
