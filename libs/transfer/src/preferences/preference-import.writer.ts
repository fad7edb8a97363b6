import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction } from '@sidos/audit';
import { PREFERENCES_AUDIT_ENTITY, type PreferencesParty } from '@sidos/practice';
import { ImportBatchRepository } from '../repositories/import-batch.repository.js';
import { PreferenceTransferRepository } from '../repositories/preference-transfer.repository.js';
import { type PreferencesChange } from './preference-columns.js';

/**
 * Writes the preference changes of an import set-based (after its organisations or contacts are written),
 * with their audit events as PreferencesService writes them ("EngagementPreferences", the party's id).
 */
@Injectable()
export class PreferenceImportWriter {
  constructor(
    private readonly preferences: PreferenceTransferRepository,
    private readonly batches: ImportBatchRepository,
  ) {}

  async write(em: EntityManager, actor: Actor, at: Date, party: PreferencesParty, changes: readonly PreferencesChange[]): Promise<void> {
    if (changes.length === 0) return;
    const removed = changes.filter((change) => change.after === null).map((change) => change.partyId);
    const kept = changes.filter((change) => change.after !== null);
    await this.preferences.deletePreferences(em, party, removed);
    await this.preferences.upsertPreferences(
      em,
      party,
      at,
      kept.map(({ partyId, after }) => ({
        party_id: partyId,
        methods: after!.methods,
        modes: after!.modes,
        languages: after!.languages,
        accessibility_needs: after!.accessibilityNeeds,
        max_invitations_per_quarter: after!.maxInvitationsPerQuarter,
        notes: after!.notes,
      })),
    );
    await this.preferences.unlinkPolicyAreas(
      em,
      party,
      kept.map((change) => change.partyId),
    );
    await this.preferences.linkPolicyAreas(
      em,
      party,
      kept.flatMap(({ partyId, after }) => after!.policyAreaIds.map((policyAreaId) => ({ party_id: partyId, policy_area_id: policyAreaId }))),
    );
    await this.batches.insertAuditEvents(
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
}
