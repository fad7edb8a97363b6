import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, createdFields } from '@sidos/audit';
import { ConflictError } from '@sidos/common';
import { CONTACT_AUDIT_FIELDS } from '@sidos/register';
import { refreshStatistics } from '../import/table-statistics.js';
import { PreferenceImportWriter } from '../preferences/preference-import.writer.js';
import { type AffiliationInsertRecord, type ContactRecord, ContactTransferRepository } from '../repositories/contact-transfer.repository.js';
import { ImportBatchRepository } from '../repositories/import-batch.repository.js';
import { batches } from '../repositories/sql-batches.js';
import { type AffiliationRecord, contactSnapshot, type ContactImportPlan, type ContactState } from './contact-state.js';

/**
 * Writes a contacts import plan set-based, a thousand records per statement, with its audit events,
 * inside the caller's transaction. A contact changed or erased by someone else since the plan was made
 * fails the whole import as a CONFLICT.
 */
@Injectable()
export class ContactImportWriter {
  constructor(
    private readonly contacts: ContactTransferRepository,
    private readonly preferences: PreferenceImportWriter,
    private readonly batches: ImportBatchRepository,
  ) {}

  async write(em: EntityManager, actor: Actor, plan: ContactImportPlan): Promise<void> {
    const at = new Date();
    for (const batch of batches(plan.creates)) {
      await this.contacts.insertContacts(
        em,
        at,
        batch.map(({ id, state }) => recordOf(id, state)),
      );
      await this.contacts.insertAffiliations(
        em,
        at,
        batch.flatMap(({ id, state }) => state.affiliations.map((affiliation) => affiliationRecordOf(id, affiliation))),
      );
      await this.batches.insertAuditEvents(
        em,
        actor,
        at,
        'Contact',
        batch.map(({ id, state }) => ({ action: AuditAction.CREATE, entityId: id, changes: createdFields(contactSnapshot(state), CONTACT_AUDIT_FIELDS) })),
      );
    }
    for (const batch of batches(plan.updates)) {
      const updated = await this.contacts.updateContacts(
        em,
        at,
        batch.map(({ id, version, state }) => ({ ...recordOf(id, state), version })),
      );
      if (updated.length !== batch.length) {
        throw new ConflictError('A contact of this import was changed by someone else while it ran: nothing was imported; run the import again');
      }
      await this.contacts.insertAffiliations(
        em,
        at,
        batch.flatMap(({ id, newAffiliation }) => (newAffiliation ? [affiliationRecordOf(id, newAffiliation)] : [])),
      );
      const roleChanges = batch.flatMap((update) => update.roleChanges);
      const changedRoles = await this.contacts.updateAffiliationRoles(em, roleChanges);
      if (changedRoles.length !== roleChanges.length) {
        throw new ConflictError('An affiliation of this import was removed by someone else while it ran: nothing was imported; run the import again');
      }
      await this.batches.insertAuditEvents(
        em,
        actor,
        at,
        'Contact',
        batch.map(({ id, changes }) => ({ action: AuditAction.UPDATE, entityId: id, changes })),
      );
    }
    await this.preferences.write(em, actor, at, 'contact', plan.preferences);
    await refreshStatistics(this.batches, em, ['contact', 'affiliation', 'audit_event'], plan.creates.length + plan.updates.length);
  }
}

function recordOf(id: string, state: ContactState): ContactRecord {
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

function affiliationRecordOf(contactId: string, affiliation: AffiliationRecord): AffiliationInsertRecord {
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
