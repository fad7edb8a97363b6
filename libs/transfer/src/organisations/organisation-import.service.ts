import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, diffFields, snapshotOf } from '@sidos/audit';
import { Language, ORGANISATION_AUDIT_FIELDS, OrganisationType } from '@sidos/register';
import { type CsvTable, readCsvTable } from '../import/csv-table.js';
import { runRegisterImport } from '../import/import-lock.js';
import { ImportResult } from '../import/import-result.type.js';
import { selectWhereIn } from '../import/sql-batches.js';
import { applyPreferenceCells, preferencesChange, STORED_PREFERENCES_JSON, storedPreferences } from '../preferences/preference-columns.js';
import { writeOrganisationImport } from './organisation-import.writer.js';
import { ORGANISATION_COLUMNS, type OrganisationColumn, type OrganisationRow, readOrganisationRows } from './organisation-rows.js';
import { applyOrganisationRow, newOrganisationState, type OrganisationImportPlan, type StoredOrganisation } from './organisation-state.js';

interface StoredOrganisationRow {
  id: string;
  version: number;
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
  archived: boolean;
  policy_area_ids: string[];
  preferences: unknown;
}

const STORED_BY_BUSINESS_ID = `select o."id", o."version", o."name", o."name_sv", o."name_en", o."business_id", o."type", o."languages", o."municipality",
    o."website", o."email", o."notes", o."archived",
    coalesce((select json_agg(p."policy_area_id" order by p."policy_area_id") from "organisation_policy_area" p where p."organisation_id" = o."id"), '[]') as "policy_area_ids",
    ${STORED_PREFERENCES_JSON('organisation', 'o."id"')} as "preferences"
  from "organisation" o
  where o."business_id" in (select jsonb_array_elements_text(?::jsonb))`;

const STORED_NAMES = `select distinct "name" from "organisation" where "name" in (select jsonb_array_elements_text(?::jsonb))`;

/**
 * Imports organisations from CSV: upsert by business ID (the VAT form and a missing leading zero are
 * accepted and normalised). A row without a business ID is created, unless an organisation of exactly
 * that name is stored: then it is skipped (a name does not identify an organisation well enough to
 * update it). A dry run writes nothing; a real run writes everything in one transaction, or nothing
 * when any row has an error.
 */
@Injectable()
export class OrganisationImportService {
  constructor(private readonly em: EntityManager) {}

  async import(actor: Actor, csv: string, dryRun: boolean): Promise<ImportResult> {
    const table = readCsvTable(csv, ORGANISATION_COLUMNS);
    const { report } = table;
    if (report.hasErrors && table.rows.length === 0) return report.result(dryRun, false);
    const rows = await readOrganisationRows(table, await this.policyAreaIdsByCode(this.em));
    return runRegisterImport(
      this.em,
      report,
      dryRun,
      (em) => this.plan(em, table, rows),
      (em, plan) => writeOrganisationImport(em, actor, plan),
    );
  }

  /** Decides, against what is stored now, which rows create, update or are skipped; counts them in the table's report. */
  private async plan(em: EntityManager, table: CsvTable<OrganisationColumn>, rows: OrganisationRow[]): Promise<OrganisationImportPlan> {
    const { report, labels, columns } = table;
    const stored = await this.storedByBusinessId(
      em,
      rows.flatMap((row) => (row.input.businessId ? [row.input.businessId] : [])),
    );
    const namesTaken = await this.storedNames(
      em,
      rows.flatMap((row) => (row.input.businessId ? [] : [row.input.name])),
    );
    const plan: OrganisationImportPlan = { creates: [], updates: [], preferences: [] };
    const lineOfNewName = new Map<string, number>();
    for (const { line, input, preferences } of rows) {
      const existing = input.businessId ? stored.get(input.businessId) : undefined;
      if (existing) {
        const after = applyOrganisationRow(existing.state, input, columns);
        const changes = diffFields(
          snapshotOf(existing.state, ORGANISATION_AUDIT_FIELDS),
          snapshotOf(after, ORGANISATION_AUDIT_FIELDS),
          ORGANISATION_AUDIT_FIELDS,
        );
        const preferenceChange = preferencesChange(existing.id, existing.preferences, applyPreferenceCells(existing.preferences, preferences));
        if (changes.length === 0 && !preferenceChange) {
          report.skipped += 1;
        } else {
          const policyAreasChanged = changes.some((change) => change.field === 'policyAreaIds');
          if (changes.length > 0) plan.updates.push({ id: existing.id, version: existing.version, state: after, policyAreasChanged, changes });
          if (preferenceChange) plan.preferences.push(preferenceChange);
          report.updated += 1;
        }
        continue;
      }
      if (!input.businessId) {
        if (namesTaken.has(input.name)) {
          report.skipped += 1;
          continue;
        }
        const earlier = lineOfNewName.get(input.name);
        if (earlier !== undefined) {
          report.error(line, labels.name, `repeats the name of line ${earlier}, and neither row has a business ID: give them business IDs, or remove one`);
          continue;
        }
        lineOfNewName.set(input.name, line);
      }
      const id = randomUUID();
      plan.creates.push({ id, state: applyOrganisationRow(newOrganisationState(input), input, columns) });
      const preferenceChange = preferencesChange(id, null, applyPreferenceCells(null, preferences));
      if (preferenceChange) plan.preferences.push(preferenceChange);
      report.created += 1;
    }
    return plan;
  }

  private async storedByBusinessId(em: EntityManager, businessIds: string[]): Promise<Map<string, StoredOrganisation>> {
    const rows = await selectWhereIn<StoredOrganisationRow>(em, STORED_BY_BUSINESS_ID, businessIds);
    return new Map(
      rows.map((row) => [
        row.business_id!,
        {
          id: row.id,
          version: row.version,
          state: {
            name: row.name,
            nameSv: row.name_sv,
            nameEn: row.name_en,
            businessId: row.business_id,
            type: row.type,
            languages: row.languages,
            municipality: row.municipality,
            website: row.website,
            email: row.email,
            notes: row.notes,
            policyAreaIds: row.policy_area_ids,
            archived: row.archived,
          },
          preferences: storedPreferences(row.preferences),
        },
      ]),
    );
  }

  private async storedNames(em: EntityManager, names: string[]): Promise<Set<string>> {
    const rows = await selectWhereIn<{ name: string }>(em, STORED_NAMES, names);
    return new Set(rows.map((row) => row.name));
  }

  /** Policy areas by lower-case code (the register has tens of them). */
  private async policyAreaIdsByCode(em: EntityManager): Promise<Map<string, string>> {
    const rows = await em.execute<{ id: string; code: string }[]>('select "id", "code" from "policy_area"');
    return new Map(rows.map((row) => [row.code.toLowerCase(), row.id]));
  }
}
