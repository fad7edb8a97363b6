import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, createdFields, diffFields, snapshotOf } from '@sidos/audit';
import { mayReadPersonalData, type Viewer } from '@sidos/auth';
import { type Connection, FieldErrors, isUuid, NotFoundError, pageOf, StaleVersionError } from '@sidos/common';
import { Affiliation, Contact, Organisation } from '../entities/index.js';
import { LawfulBasis } from '../enums/register.enums.js';
import { AffiliationInput, ContactsArgs, CreateContactInput, UpdateContactInput } from '../inputs/index.js';
import { ContactRepository } from '../repositories/contact.repository.js';
import { ReferenceRepository } from '../repositories/reference.repository.js';
import { checkReferences, refuseErasedContacts } from './reference-checker.js';

const EDITABLE_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'title', 'lawfulBasis', 'consentAt'] as const;
/** What the audit trail records of a contact (personal data: scrubbed from it when the contact is erased). */
export const CONTACT_AUDIT_FIELDS = [...EDITABLE_FIELDS, 'languages', 'affiliations'] as const;

interface AffiliationRecord {
  organisationId: string;
  role: string | null;
  primary: boolean;
  since: string | null;
  until: string | null;
}

@Injectable()
export class ContactService {
  constructor(
    private readonly em: EntityManager,
    private readonly contacts: ContactRepository,
    private readonly references: ReferenceRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  async findById(id: string): Promise<Contact | null> {
    if (!isUuid(id)) return null;
    return this.contacts.findById(id);
  }

  /**
   * By last name, first name; with `search`, by relevance. Erased contacts match no search. A caller who
   * may not read personal data (a VIEWER) finds no one through a special-category group's membership, and
   * searches names only (not email addresses).
   */
  async list(args: ContactsArgs, viewer?: Viewer): Promise<Connection<Contact>> {
    return this.contacts.list(args.filter, args.orderBy, mayReadPersonalData(viewer), pageOf(args));
  }

  async create(actor: Actor, input: CreateContactInput): Promise<Contact> {
    const errors = new FieldErrors();
    await this.checkAffiliations(errors, input.affiliations);
    errors.throwIfAny();
    const contact = this.em.create(Contact, {
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      title: input.title ?? null,
      languages: [...new Set(input.languages ?? [])],
      lawfulBasis: input.lawfulBasis,
      consentAt: input.consentAt ?? null,
    });
    const affiliations = this.addAffiliations(contact, input.affiliations ?? []);
    this.auditTrail.record(
      this.em,
      actor,
      AuditAction.CREATE,
      'Contact',
      contact.id,
      createdFields(this.auditSnapshot(contact, affiliations), CONTACT_AUDIT_FIELDS),
    );
    await this.em.flush();
    return contact;
  }

  async update(actor: Actor, id: string, version: number, input: UpdateContactInput): Promise<Contact> {
    const contact = await this.findById(id);
    if (!contact) throw new NotFoundError('Contact', id);
    refuseErasedContacts([contact]);
    if (contact.version !== version) throw new StaleVersionError('Contact', id, contact.version);
    const existing = await this.contacts.affiliations(contact.id);
    const affiliationsBefore = existing.map((affiliation) => affiliationRecord(affiliation));
    const before = this.auditSnapshot(contact, affiliationsBefore);
    const errors = new FieldErrors();
    const lawfulBasis = input.lawfulBasis ?? contact.lawfulBasis;
    const consentAt = input.consentAt !== undefined ? input.consentAt : contact.consentAt;
    if (lawfulBasis === LawfulBasis.CONSENT && !consentAt) errors.add('consentAt', 'is required when lawfulBasis is CONSENT');
    await this.checkAffiliations(errors, input.affiliations);
    errors.throwIfAny();

    for (const field of EDITABLE_FIELDS) {
      if (input[field] !== undefined) (contact as unknown as Record<string, unknown>)[field] = input[field];
    }
    if (input.languages !== undefined) contact.languages = [...new Set(input.languages ?? [])];
    let affiliationsAfter = affiliationsBefore;
    if (input.affiliations !== undefined) {
      // Replaced in the unit of work: the removals and the new rows go with the flush, in the mutation's transaction.
      for (const affiliation of existing) this.em.remove(affiliation);
      affiliationsAfter = this.addAffiliations(contact, input.affiliations ?? []);
    }
    contact.updatedAt = new Date();
    this.auditTrail.record(
      this.em,
      actor,
      AuditAction.UPDATE,
      'Contact',
      contact.id,
      diffFields(before, this.auditSnapshot(contact, affiliationsAfter), CONTACT_AUDIT_FIELDS),
    );
    await this.em.flush();
    return contact;
  }

  private async checkAffiliations(errors: FieldErrors, affiliations: AffiliationInput[] | null | undefined): Promise<void> {
    const references = (affiliations ?? []).map((affiliation, index) => ({ path: `affiliations.${index}.organisationId`, id: affiliation.organisationId }));
    await checkReferences(this.references, errors, 'organisation', references);
  }

  /** Adds the affiliations; answers them as the audit trail records them. */
  private addAffiliations(contact: Contact, affiliations: AffiliationInput[]): AffiliationRecord[] {
    return affiliations.map((affiliation) => {
      const record: AffiliationRecord = {
        organisationId: affiliation.organisationId.toLowerCase(),
        role: affiliation.role ?? null,
        primary: affiliation.primary ?? false,
        since: affiliation.since ?? null,
        until: affiliation.until ?? null,
      };
      const { organisationId, ...dates } = record;
      this.em.create(Affiliation, { ...dates, contact, organisation: this.em.getReference(Organisation, organisationId) });
      return record;
    });
  }

  private auditSnapshot(contact: Contact, affiliations: AffiliationRecord[]) {
    return { ...snapshotOf(contact, EDITABLE_FIELDS), languages: [...contact.languages].sort(), affiliations };
  }
}

/** An affiliation as the audit trail records it. */
function affiliationRecord(affiliation: Affiliation): AffiliationRecord {
  const { role, primary, since, until } = affiliation;
  return { organisationId: affiliation.organisation.id, role, primary, since, until };
}
