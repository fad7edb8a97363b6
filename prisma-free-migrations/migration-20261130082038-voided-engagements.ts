import { Migration } from '@mikro-orm/migrations';

/** The engagement columns that coverage reads, `voided` now among them (see the coverage-generation migration). */
const ENGAGEMENT_COLUMNS = ['activity_id', 'kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count', 'created_at', 'voided'];

/** The same without `voided`: what the function raised on before this migration. */
const ENGAGEMENT_COLUMNS_BEFORE = ENGAGEMENT_COLUMNS.filter((column) => column !== 'voided');

const changed = (columns: string[]) =>
  `(${columns.map((column) => `n."${column}"`).join(', ')}) is distinct from (${columns.map((column) => `o."${column}"`).join(', ')})`;

const raiseConsultations = (consultations: string) => `
          with r as materialized (${consultations})
          insert into "consultation_coverage_generation" as g ("consultation_id", "generation")
          select distinct r."consultation_id", 1 from r join "consultation" c on c."id" = r."consultation_id"
          order by 1
          on conflict ("consultation_id") do update set "generation" = g."generation" + 1;`;

const consultationsOfActivities = (activityIds: string) => `select a."consultation_id" from "activity" a where a."id" in (${activityIds}) for share of a`;

/** raise_engagement_coverage_generation as the coverage-generation migration made it, raising on a change of `columns`. */
const engagementGenerationFunction = (
  columns: string[],
) => `create or replace function "raise_engagement_coverage_generation"() returns trigger language plpgsql as $$
      begin
        if TG_OP = 'INSERT' then${raiseConsultations(consultationsOfActivities('select "activity_id" from "new_rows"'))}
        elsif TG_OP = 'DELETE' then${raiseConsultations(consultationsOfActivities('select "activity_id" from "old_rows"'))}
        else${raiseConsultations(
          consultationsOfActivities(
            `select unnest(array[n."activity_id", o."activity_id"]) from "new_rows" n join "old_rows" o on o."id" = n."id" where ${changed(columns)}`,
          ),
        )}
        end if;
        return null;
      end
    $$;`;

const coveringIndex = (columns: string[]) =>
  `create index "engagement_activity_id_covering_index" on "engagement" ("activity_id") include (${columns.map((column) => `"${column}"`).join(', ')});`;

/**
 * Voided engagements (issue 13, corrections): a record made by mistake is voided, with its reason, time and
 * voider, and stays in the history; it counts nowhere. Voiding changes what coverage reads, so the engagement
 * trigger raises the consultation's coverage generation when `voided` changes (kept coverage answers are not
 * served again); the covering index of engagements by activity carries `voided`, so the coverage reads still
 * find every column they filter on in it.
 */
export class Migration20261130082038VoidedEngagements extends Migration {
  override up(): void {
    this.addSql(
      `alter table "engagement" add "voided" boolean not null default false, add "void_reason" text null, add "voided_at" timestamptz null, add "voided_by" text null;`,
    );
    this.addSql(`drop index if exists "engagement_activity_id_covering_index";`);
    this.addSql(coveringIndex(['kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count', 'voided']));
    this.addSql(engagementGenerationFunction(ENGAGEMENT_COLUMNS));
  }

  override down(): void {
    this.addSql(engagementGenerationFunction(ENGAGEMENT_COLUMNS_BEFORE));
    this.addSql(`drop index if exists "engagement_activity_id_covering_index";`);
    this.addSql(coveringIndex(['kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count']));
    this.addSql(`alter table "engagement" drop column "voided", drop column "void_reason", drop column "voided_at", drop column "voided_by";`);
  }
}
