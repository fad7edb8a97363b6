import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, createdFields, snapshotOf } from '@sidos/audit';
import { ConflictError } from '@sidos/common';
import { ORGANISATION_AUDIT_FIELDS } from '@sidos/register';
import { refreshStatistics } from '../import/table-statistics.js';
import { PreferenceImportWriter } from '../preferences/preference-import.writer.js';
import { ImportBatchRepository } from '../repositories/import-batch.repository.js';
import { type OrganisationRecord, OrganisationTransferRepository } from '../repositories/organisation-transfer.repository.js';
import { batches } from '../repositories/sql-batches.js';
import { type OrganisationImportPlan, type OrganisationState } from './organisation-state.js';

/**
 * Writes an import plan set-based, a thousand records per statement, with its audit events, inside the
 * caller's transaction (audit events are made batch by batch, so memory stays bounded). A business ID
 * stored by someone else since the plan was made, or a record changed since, fails the whole import as
 * a CONFLICT: the transaction rolls back and nothing stays written.
 */
@Injectable()
export class OrganisationImportWriter {
  constructor(
    private readonly organisations: OrganisationTransferRepository,
    private readonly preferences: PreferenceImportWriter,
    private readonly batches: ImportBatchRepository,
  ) {}

  async write(em: EntityManager, actor: Actor, plan: OrganisationImportPlan): Promise<void> {
    const at = new Date();
    for (const batch of batches(plan.creates)) {
      const inserted = await this.organisations.insertOrganisations(
        em,
        at,
        batch.map(({ id, state }) => recordOf(id, state)),
      );
      if (inserted.length !== batch.length) {
        throw new ConflictError('A business ID of this import was stored by someone else while it ran: nothing was imported; run the import again');
      }
      await this.linkPolicyAreas(em, batch);
      const events = batch.map(({ id, state }) => ({
        action: AuditAction.CREATE,
        entityId: id,
        changes: createdFields(snapshotOf(state, ORGANISATION_AUDIT_FIELDS), ORGANISATION_AUDIT_FIELDS),
      }));
      await this.batches.insertAuditEvents(em, actor, at, 'Organisation', events);
    }
    for (const batch of batches(plan.updates)) {
      const updated = await this.organisations.updateOrganisations(
        em,
        at,
        batch.map(({ id, version, state }) => ({ ...recordOf(id, state), version })),
      );
      if (updated.length !== batch.length) {
        throw new ConflictError('An organisation of this import was changed by someone else while it ran: nothing was imported; run the import again');
      }
      const relinked = batch.filter((update) => update.policyAreasChanged);
      if (relinked.length > 0) {
        await this.organisations.unlinkPolicyAreas(
          em,
          relinked.map((update) => update.id),
        );
        await this.linkPolicyAreas(em, relinked);
      }
      await this.batches.insertAuditEvents(
        em,
        actor,
        at,
        'Organisation',
        batch.map(({ id, changes }) => ({ action: AuditAction.UPDATE, entityId: id, changes })),
      );
    }
    await this.preferences.write(em, actor, at, 'organisation', plan.preferences);
    await refreshStatistics(this.batches, em, ['organisation', 'organisation_policy_area', 'audit_event'], plan.creates.length + plan.updates.length);
  }

  private async linkPolicyAreas(em: EntityManager, organisations: readonly { id: string; state: OrganisationState }[]): Promise<void> {
    await this.organisations.linkPolicyAreas(
      em,
      organisations.flatMap(({ id, state }) => state.policyAreaIds.map((policyAreaId) => ({ organisation_id: id, policy_area_id: policyAreaId }))),
    );
  }
}

function recordOf(id: string, state: OrganisationState): OrganisationRecord {
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
