import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, diffFields, snapshotOf } from '@sidos/audit';
import { ORGANISATION_AUDIT_FIELDS } from '@sidos/register';
import { type CsvTable, readCsvTable } from '../import/csv-table.js';
import { runRegisterImport } from '../repositories/import-lock.js';
import { ImportResult } from '../import/import-result.type.js';
import { applyPreferenceCells, preferencesChange, storedPreferences } from '../preferences/preference-columns.js';
import { OrganisationTransferRepository } from '../repositories/organisation-transfer.repository.js';
import { OrganisationImportWriter } from './organisation-import.writer.js';
import { ORGANISATION_COLUMNS, type OrganisationColumn, type OrganisationRow, readOrganisationRows } from './organisation-rows.js';
import { applyOrganisationRow, newOrganisationState, type OrganisationImportPlan, type StoredOrganisation } from './organisation-state.js';

/**
 * Imports organisations from CSV: upsert by business ID (the VAT form and a missing leading zero are
 * accepted and normalised). A row without a business ID is created, unless an organisation of exactly
 * that name is stored: then it is skipped (a name does not identify an organisation well enough to
 * update it). A dry run writes nothing; a real run writes everything in one transaction, or nothing
 * when any row has an error.
 */
@Injectable()
export class OrganisationImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly organisations: OrganisationTransferRepository,
    private readonly writer: OrganisationImportWriter,
  ) {}

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
      (em, plan) => this.writer.write(em, actor, plan),
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
    const rows = await this.organisations.storedByBusinessId(em, businessIds);
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
    return new Set(await this.organisations.storedNames(em, names));
  }

  /** Policy areas by lower-case code (the register has tens of them). */
  private async policyAreaIdsByCode(em: EntityManager): Promise<Map<string, string>> {
    const rows = await this.organisations.policyAreaCodes(em);
    return new Map(rows.map((row) => [row.code.toLowerCase(), row.id]));
  }
}
