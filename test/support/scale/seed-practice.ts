import type { Client } from 'pg';

/**
 * The engagement practice of the scale register (issue 16), set-based and deterministic (by the ids the
 * seed generated): preferences for a quarter of the organisations and of the contacts, a third of them
 * with a quarterly limit; and three themes in each consultation, each raised by up to four of its heard records.
 */
const ORGANISATION_PREFERENCES_SQL = `insert into "engagement_preferences" ("id", "organisation_id", "methods", "modes", "languages", "max_invitations_per_quarter", "notes", "updated_at")
  select gen_random_uuid(), o."id",
         string_to_array((array['WORKSHOP,HEARING', 'DIALOGUE', 'SURVEY,ONLINE_CONSULTATION', 'STATEMENT_REQUEST'])[1 + abs(hashtext(o."id"::text)) % 4], ','),
         string_to_array((array['VIRTUAL', 'IN_PERSON,HYBRID', 'WRITTEN'])[1 + abs(hashtext(o."id"::text || 'm')) % 3], ','),
         case when abs(hashtext(o."id"::text || 'l')) % 5 = 0 then array['FI', 'SV'] else array['FI'] end,
         case when abs(hashtext(o."id"::text || 'q')) % 3 = 0 then 1 + abs(hashtext(o."id"::text || 'n')) % 4 end,
         null, '2026-10-01T09:00:00Z'
  from "organisation" o where abs(hashtext(o."id"::text || 'p')) % 4 = 0`;

const CONTACT_PREFERENCES_SQL = `insert into "engagement_preferences" ("id", "contact_id", "methods", "modes", "languages", "max_invitations_per_quarter", "accessibility_needs", "updated_at")
  select gen_random_uuid(), c."id",
         string_to_array((array['WORKSHOP', 'DIALOGUE,INTERVIEW', 'SURVEY'])[1 + abs(hashtext(c."id"::text)) % 3], ','),
         string_to_array((array['VIRTUAL', 'IN_PERSON'])[1 + abs(hashtext(c."id"::text || 'm')) % 2], ','),
         array['FI'],
         case when abs(hashtext(c."id"::text || 'q')) % 3 = 0 then 2 end,
         case when abs(hashtext(c."id"::text || 'a')) % 20 = 0 then 'Induktiosilmukka' end,
         '2026-10-01T09:00:00Z'
  from "contact" c where abs(hashtext(c."id"::text || 'p')) % 4 = 0`;

const PREFERENCE_POLICY_AREAS_SQL = `insert into "engagement_preferences_policy_area" ("preferences_id", "policy_area_id")
  select p."id", (select pa."id" from "policy_area" pa order by pa."id" offset abs(hashtext(p."id"::text)) % (select count(*) from "policy_area") limit 1)
  from "engagement_preferences" p where abs(hashtext(p."id"::text || 'a')) % 2 = 0`;

const THEMES_SQL = `insert into "input_theme" ("id", "consultation_id", "title", "summary", "response", "response_text", "version", "created_at", "updated_at")
  select gen_random_uuid(), c."id", 'Teema ' || n, 'Mitä sidosryhmät sanoivat (' || n || ')',
         (array['UNDER_CONSIDERATION', 'ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED'])[1 + (abs(hashtext(c."id"::text)) + n) % 4],
         case when n > 1 then 'Ministeriön vastaus ' || n end, 1, '2026-10-15T09:00:00Z', '2026-10-15T09:00:00Z'
  from "consultation" c cross join generate_series(1, 3) n`;

const THEME_RECORDS_SQL = `insert into "input_theme_engagement" ("theme_id", "engagement_id")
  select t."id", r."id"
  from "input_theme" t
  cross join lateral (
    select e."id" from "activity" a join "engagement" e on e."activity_id" = a."id"
    where a."consultation_id" = t."consultation_id" and e."kind" in ('PARTICIPATED', 'SUBMITTED') and (e."organisation_id" is not null or e."contact_id" is not null)
    order by e."id" offset (abs(hashtext(t."id"::text)) % 20) limit 4
  ) r`;

/**
 * A group the large consultation targets but has not heard (without it the large consultation reaches
 * every group, and (h) would answer nothing): every fifth organisation and contact, by id, with no record
 * in the large consultation ($1) is a member.
 */
const UNHEARD_TARGET_SQL = [
  `insert into "stakeholder_group" ("id", "name", "description", "hard_to_reach", "version", "created_at", "updated_at")
   values ('00000000-0000-4000-8000-00000000b16e', 'Kutsuttavat pienyhteisöt', 'Targeted by the large consultation, not yet heard (benchmark row (h)).', false, 1, '2026-10-01T09:00:00Z', '2026-10-01T09:00:00Z')`,
  `insert into "group_organisation" ("id", "group_id", "organisation_id", "created_at")
   select gen_random_uuid(), '00000000-0000-4000-8000-00000000b16e', o."id", '2026-10-01T09:00:00Z' from "organisation" o where abs(hashtext(o."id"::text || 'g')) % 5 = 0
     and not exists (select 1 from "activity" a join "engagement" e on e."activity_id" = a."id" where a."consultation_id" = $1 and e."organisation_id" = o."id")`,
  `insert into "group_contact" ("id", "group_id", "contact_id", "created_at")
   select gen_random_uuid(), '00000000-0000-4000-8000-00000000b16e', c."id", '2026-10-01T09:00:00Z' from "contact" c where abs(hashtext(c."id"::text || 'g')) % 5 = 0
     and not exists (select 1 from "activity" a join "engagement" e on e."activity_id" = a."id" where a."consultation_id" = $1 and e."contact_id" = c."id")`,
  `insert into "consultation_target_group" ("consultation_id", "group_id") values ($1, '00000000-0000-4000-8000-00000000b16e')`,
];

export async function seedPractice(client: Client, largeConsultationId: string, log: (message: string) => void): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  const run = async (table: string, sql: string) => {
    const started = performance.now();
    const count = (await client.query(sql)).rowCount ?? 0;
    rows[table] = (rows[table] ?? 0) + count;
    log(`  ${table}: ${count.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await run('engagement_preferences', ORGANISATION_PREFERENCES_SQL);
  await run('engagement_preferences', CONTACT_PREFERENCES_SQL);
  await run('engagement_preferences_policy_area', PREFERENCE_POLICY_AREAS_SQL);
  await run('input_theme', THEMES_SQL);
  await run('input_theme_engagement', THEME_RECORDS_SQL);
  for (const statement of UNHEARD_TARGET_SQL) await client.query(statement, statement.includes('$1') ? [largeConsultationId] : []);
  log('  a target group of the large consultation that it has not heard');
  return rows;
}
