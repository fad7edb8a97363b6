import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTrail, diffFields, snapshotOf } from '@sidos/audit';
import { Viewer } from '@sidos/auth';
import { BadUserInputError, FieldErrors, isUuid, NotFoundError } from '@sidos/common';
import { EngagementMethod, EngagementMode } from '@sidos/engagement';
import { Contact, Language, refuseErasedContacts } from '@sidos/register';
import { EngagementPreferencesRecord } from '../entities/index.js';
import { EngagementPreferencesInput } from '../inputs/engagement-preferences.input.js';
import { PREFERENCES_AUDIT_ENTITY, PreferencesRepository, type PreferencesParty } from '../repositories/preferences.repository.js';

const AUDIT_FIELDS = ['methods', 'modes', 'languages', 'policyAreaIds', 'accessibilityNeeds', 'maxInvitationsPerQuarter', 'notes'] as const;

/** The distinct values of `values`, in the order of the enum `order`. */
export function inEnumOrder<T extends string>(values: readonly T[] | null | undefined, order: Record<string, T>): T[] {
  const wanted = new Set(values ?? []);
  return Object.values(order).filter((value) => wanted.has(value));
}

/** Where the input's field errors are reported: under the argument, as the validation pipe reports its own. */
const INPUT_PATH = 'preferences';

/**
 * What an organisation or a contact wishes for its cooperation (the shared register: EDITOR and ADMIN).
 * Set as a whole: the input replaces what was there, null clears it. Every change writes an audit event
 * under "EngagementPreferences" with the organisation's or contact's id.
 */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly em: EntityManager,
    private readonly repository: PreferencesRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  async set(
    viewer: Viewer,
    organisationId: string | null | undefined,
    contactId: string | null | undefined,
    input: EngagementPreferencesInput | null | undefined,
  ): Promise<EngagementPreferencesRecord | null> {
    const hasOrganisation = organisationId !== null && organisationId !== undefined;
    const hasContact = contactId !== null && contactId !== undefined;
    if (hasOrganisation === hasContact) throw new BadUserInputError([{ path: 'organisationId', message: 'give exactly one of organisationId and contactId' }]);
    const [party, partyId]: [PreferencesParty, string] = hasOrganisation ? ['organisation', organisationId] : ['contact', contactId!];
    const entityType = party === 'organisation' ? 'Organisation' : 'Contact';
    if (!isUuid(partyId)) throw new NotFoundError(entityType, partyId);
    const id = partyId.toLowerCase();
    const locked = await this.repository.lockParty(party, id);
    if (!locked) throw new NotFoundError(entityType, partyId);
    // An erased contact's personal data are gone: its wishes are not written back (as every other change to it).
    if (locked instanceof Contact) refuseErasedContacts([locked]);

    if (input) {
      const errors = new FieldErrors();
      await this.repository.checkPolicyAreas(errors, `${INPUT_PATH}.policyAreaIds`, input.policyAreaIds);
      errors.throwIfAny();
    }

    const existing = await this.repository.findOfParty(party, id);
    const before = existing ? snapshotOf({ ...existing, policyAreaIds: await this.repository.policyAreaIdsOf(existing) }, AUDIT_FIELDS) : null;
    if (!input) {
      if (existing && before) {
        this.repository.remove(existing);
        this.auditTrail.record(this.em, viewer, AuditAction.DELETE, PREFERENCES_AUDIT_ENTITY, id, diffFields(before, {}, AUDIT_FIELDS));
        await this.repository.flush();
      }
      return null;
    }

    const preferences = existing ?? this.repository.create(party, id);
    preferences.methods = inEnumOrder(input.methods, EngagementMethod);
    preferences.modes = inEnumOrder(input.modes, EngagementMode);
    preferences.languages = inEnumOrder(input.languages, Language);
    preferences.accessibilityNeeds = input.accessibilityNeeds ?? null;
    preferences.maxInvitationsPerQuarter = input.maxInvitationsPerQuarter ?? null;
    preferences.notes = input.notes ?? null;
    preferences.updatedAt = new Date();
    const policyAreaIds = [...new Set((input.policyAreaIds ?? []).map((areaId) => areaId.toLowerCase()))];
    await this.repository.replacePolicyAreas(preferences, policyAreaIds);
    const after = snapshotOf({ ...preferences, policyAreaIds }, AUDIT_FIELDS);
    this.auditTrail.record(
      this.em,
      viewer,
      existing ? AuditAction.UPDATE : AuditAction.CREATE,
      PREFERENCES_AUDIT_ENTITY,
      id,
      diffFields(before ?? {}, after, AUDIT_FIELDS),
    );
    await this.repository.flush();
    return preferences;
  }
}
