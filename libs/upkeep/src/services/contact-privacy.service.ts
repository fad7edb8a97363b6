import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Transactional } from '@mikro-orm/decorators/legacy';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, diffFields } from '@sidos/audit';
import { isUuid, NotFoundError } from '@sidos/common';
import { eraseContactPreferences } from '@sidos/practice';
import { Contact, CONTACT_AUDIT_FIELDS } from '@sidos/register';
import { ContactErasureRepository } from '../repositories/contact-erasure.repository.js';
import { mentionPattern, type PersonalValues } from './erasure-patterns.js';
import { ErasureVacuumService } from './erasure-vacuum.service.js';

/** What an erased contact's names become. */
export const ERASED_NAME = 'Erased';

/** What a mention of an erased person in free text becomes. */
export const ERASED_MENTION = '[erased]';

/** The fields of a contact's audit events that hold personal data (its lawful basis is about the register, not the person). */
const PERSONAL_AUDIT_FIELDS = CONTACT_AUDIT_FIELDS.filter((field) => field !== 'lawfulBasis');

/**
 * The right to erasure (GDPR Art. 17), ADMIN only, in one transaction with the contact locked:
 * - the contact: names become "Erased"; email, phone, title, languages and the consent date go; `erased`;
 * - the rows that are the person's own go: its affiliations (they say where the person works, with their
 *   role) and whatever PERSONAL_ROWS_DELETED_ON_ERASURE lists (the place for other features' personal rows);
 * - the notes of its engagements go;
 * - its earlier audit events are scrubbed: the old and new values of its personal fields become null
 *   (the events still say who changed which field when), the notes of its engagements' events likewise;
 * - every mention of the person left anywhere becomes "[erased]": its full name either way round with any
 *   white space or punctuation between the names, its email in any letter case, its phone number by its
 *   digits in national or international form (erasure-patterns.ts), current or former, in every free-text
 *   column of every table, found in the catalog at each erasure (ContactErasureRepository), so that tables
 *   added later are swept too; audit events' values are such a column;
 * - one ERASE event records the erasure, with no personal data;
 * - once the transaction has committed, the tables it changed are vacuumed (ErasureVacuumService).
 * A first or a last name alone is not a mention (it would erase other people's data). The contact keeps
 * its id, its lawful basis, its group memberships and its engagements, which keep counting in coverage.
 * An erased contact matches no search and can no longer be changed (refuseErasedContacts). Erasing an
 * erased contact erases again (in case data was added since) and succeeds.
 */
@Injectable()
export class ContactPrivacyService {
  constructor(
    private readonly em: EntityManager,
    private readonly auditTrail: AuditTrail,
    private readonly erasure: ContactErasureRepository,
    private readonly vacuum: ErasureVacuumService,
  ) {}

  @Transactional()
  async erase(actor: Actor, id: string): Promise<Contact> {
    if (!isUuid(id)) throw new NotFoundError('Contact', id);
    // The transaction of the mutation that calls it (or one of its own: @Transactional joins one that runs).
    const em = this.em;
    const contact = await em.findOne(Contact, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!contact) throw new NotFoundError('Contact', id);
    const wasErased = contact.erased;
    const mentions = mentionPattern(await this.personalValues(contact));

    await this.erasure.clearOwnEngagementNotes(contact.id);
    await this.erasure.scrubContactAuditFields(contact.id, PERSONAL_AUDIT_FIELDS);
    await this.erasure.scrubOwnEngagementAuditFields(contact.id, ['notes']);
    const deletedFrom = await this.erasure.deletePersonalRows(contact.id);
    // Its engagement preferences (accessibility needs can be health data), and their audited values.
    await eraseContactPreferences(em, contact.id);

    contact.firstName = ERASED_NAME;
    contact.lastName = ERASED_NAME;
    contact.email = null;
    contact.phone = null;
    contact.title = null;
    contact.languages = [];
    contact.consentAt = null;
    contact.erased = true;
    contact.updatedAt = new Date();
    this.auditTrail.record(em, actor, AuditAction.ERASE, 'Contact', contact.id, diffFields({ erased: wasErased }, { erased: true }, ['erased']));
    // Written before the sweep, so that the sweep finds the contact's own row holding nothing of the person.
    await em.flush();
    const swept = mentions ? await this.erasure.sweepFreeText(mentions, ERASED_MENTION) : [];

    this.vacuum.vacuumAfterCommit(new Set(['contact', 'engagement', 'audit_event', 'engagement_preferences', ...deletedFrom, ...swept]));
    return contact;
  }

  /** The person's values held now and recorded in its audit events (those of an earlier erasure are gone already). */
  private async personalValues(contact: Contact): Promise<PersonalValues> {
    const values: PersonalValues = { firstName: new Set(), lastName: new Set(), email: new Set(), phone: new Set() };
    const add = (field: keyof PersonalValues, value: unknown) => {
      if (typeof value === 'string' && value.trim() !== '' && value !== ERASED_NAME) values[field].add(value);
    };
    for (const field of Object.keys(values) as (keyof PersonalValues)[]) add(field, contact[field]);
    for (const row of await this.erasure.recordedPersonalValues(contact.id)) add(row.field, JSON.parse(row.value));
    return values;
  }
}
