import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, diffFields } from '@sidos/audit';
import { CONTACT_AUDIT_FIELDS } from '@sidos/register';
import { type CsvTable, readCsvTable } from '../import/csv-table.js';
import { runRegisterImport } from '../repositories/import-lock.js';
import { ImportResult } from '../import/import-result.type.js';
import { applyPreferenceCells, preferencesChange, storedPreferences } from '../preferences/preference-columns.js';
import { ContactTransferRepository, type StoredAffiliationRow } from '../repositories/contact-transfer.repository.js';
import { OrganisationTransferRepository } from '../repositories/organisation-transfer.repository.js';
import { ContactImportWriter } from './contact-import.writer.js';
import { CONTACT_COLUMNS, type ContactColumn, type ContactRow, readContactRows } from './contact-rows.js';
import { applyContactRow, contactSnapshot, type ContactImportPlan, newContactState, type StoredContact } from './contact-state.js';

/**
 * Imports contacts from CSV: upsert by email, case-insensitively (erased contacts never match). A row
 * without an email is created, unless a contact of exactly that first and last name is stored: then it
 * is skipped. `organisationBusinessId` (with `role`) affiliates the contact with that organisation.
 * A dry run writes nothing; a real run writes everything in one transaction, or nothing when any row has an error.
 */
@Injectable()
export class ContactImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly contacts: ContactTransferRepository,
    private readonly organisations: OrganisationTransferRepository,
    private readonly writer: ContactImportWriter,
  ) {}

  async import(actor: Actor, csv: string, dryRun: boolean): Promise<ImportResult> {
    const table = readCsvTable(csv, CONTACT_COLUMNS);
    const { report } = table;
    if (report.hasErrors && table.rows.length === 0) return report.result(dryRun, false);
    const rows = await readContactRows(table, await this.policyAreaIdsByCode(this.em));
    return runRegisterImport(
      this.em,
      report,
      dryRun,
      (em) => this.plan(em, table, rows),
      (em, plan) => this.writer.write(em, actor, plan),
    );
  }

  /** Decides, against what is stored now, which rows create, update or are skipped; counts them in the table's report. */
  private async plan(em: EntityManager, table: CsvTable<ContactColumn>, rows: ContactRow[]): Promise<ContactImportPlan> {
    const { report, labels, columns } = table;
    const today = await this.contacts.today(em);
    const organisations = await this.organisationIdsByBusinessId(
      em,
      rows.flatMap((row) => (row.organisationBusinessId ? [row.organisationBusinessId] : [])),
    );
    const stored = await this.storedByEmail(
      em,
      rows.flatMap((row) => (row.input.email ? [row.input.email.toLowerCase()] : [])),
    );
    const namesTaken = await this.storedNames(
      em,
      rows.filter((row) => !row.input.email),
    );
    const plan: ContactImportPlan = { creates: [], updates: [], preferences: [] };
    const lineOfNewName = new Map<string, number>();
    for (const row of rows) {
      const { line, input } = row;
      const organisationId = row.organisationBusinessId === null ? null : (organisations.get(row.organisationBusinessId) ?? null);
      if (row.organisationBusinessId !== null && organisationId === null) {
        report.error(line, labels.organisationBusinessId, `names no organisation (no organisation has the business ID ${row.organisationBusinessId})`);
        continue;
      }
      const matches = input.email ? (stored.get(input.email.toLowerCase()) ?? []) : [];
      if (matches.length > 1) {
        report.error(line, labels.email, `is the email of ${matches.length} contacts: a row cannot tell which one to update`);
        continue;
      }
      if (matches.length === 1) {
        const [existing] = matches;
        const { state, roleChanges, newAffiliation } = applyContactRow(existing.state, existing.affiliationIds, row, columns, organisationId, today);
        const changes = diffFields(contactSnapshot(existing.state), contactSnapshot(state), CONTACT_AUDIT_FIELDS);
        const preferenceChange = preferencesChange(existing.id, existing.preferences, applyPreferenceCells(existing.preferences, row.preferences));
        if (changes.length === 0 && !preferenceChange) {
          report.skipped += 1;
        } else {
          if (changes.length > 0) plan.updates.push({ id: existing.id, version: existing.version, state, roleChanges, newAffiliation, changes });
          if (preferenceChange) plan.preferences.push(preferenceChange);
          report.updated += 1;
        }
        continue;
      }
      if (!input.email) {
        const name = nameKey(input.firstName, input.lastName);
        if (namesTaken.has(name)) {
          report.skipped += 1;
          continue;
        }
        const earlier = lineOfNewName.get(name);
        if (earlier !== undefined) {
          report.error(
            line,
            labels.email,
            `is needed: line ${earlier} has the same name and no email either, so a second contact of that name would be a duplicate`,
          );
          continue;
        }
        lineOfNewName.set(name, line);
      }
      const id = randomUUID();
      plan.creates.push({ id, state: newContactState(row, organisationId) });
      const preferenceChange = preferencesChange(id, null, applyPreferenceCells(null, row.preferences));
      if (preferenceChange) plan.preferences.push(preferenceChange);
      report.created += 1;
    }
    return plan;
  }

  /** Stored contacts by lower-case email, with their affiliations (several contacts may share an email). */
  private async storedByEmail(em: EntityManager, emails: string[]): Promise<Map<string, StoredContact[]>> {
    const contacts = await this.contacts.storedByEmail(em, emails);
    const affiliations = await this.contacts.affiliationsOf(
      em,
      contacts.map((contact) => contact.id),
    );
    const affiliationsOf = new Map<string, StoredAffiliationRow[]>();
    for (const affiliation of affiliations) affiliationsOf.set(affiliation.contact_id, [...(affiliationsOf.get(affiliation.contact_id) ?? []), affiliation]);
    const byEmail = new Map<string, StoredContact[]>();
    for (const row of contacts) {
      const own = affiliationsOf.get(row.id) ?? [];
      const contact: StoredContact = {
        id: row.id,
        version: row.version,
        affiliationIds: own.map((affiliation) => affiliation.id),
        preferences: storedPreferences(row.preferences),
        state: {
          firstName: row.first_name,
          lastName: row.last_name,
          email: row.email,
          phone: row.phone,
          title: row.title,
          lawfulBasis: row.lawful_basis,
          consentAt: row.consent_at === null ? null : new Date(row.consent_at),
          languages: row.languages,
          affiliations: own.map(({ organisation_id, role, primary, since, until }) => ({ organisationId: organisation_id, role, primary, since, until })),
        },
      };
      byEmail.set(row.email_key, [...(byEmail.get(row.email_key) ?? []), contact]);
    }
    return byEmail;
  }

  private async storedNames(em: EntityManager, rows: ContactRow[]): Promise<Set<string>> {
    const names = rows.map((row) => ({ first_name: row.input.firstName, last_name: row.input.lastName }));
    const stored = await this.contacts.storedNames(em, names);
    return new Set(stored.map((row) => nameKey(row.first_name, row.last_name)));
  }

  private async organisationIdsByBusinessId(em: EntityManager, businessIds: string[]): Promise<Map<string, string>> {
    const rows = await this.organisations.idsByBusinessId(em, businessIds);
    return new Map(rows.map((row) => [row.business_id, row.id]));
  }

  /** Policy areas by lower-case code (the register has tens of them). */
  private async policyAreaIdsByCode(em: EntityManager): Promise<Map<string, string>> {
    const rows = await this.organisations.policyAreaCodes(em);
    return new Map(rows.map((row) => [row.code.toLowerCase(), row.id]));
  }
}

function nameKey(firstName: string, lastName: string): string {
  return JSON.stringify([firstName, lastName]);
}
