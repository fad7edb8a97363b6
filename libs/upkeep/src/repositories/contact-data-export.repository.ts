import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { contactPreferencesForExport } from '@sidos/practice';
import { Contact } from '@sidos/register';
import { EXPORT_AFFILIATIONS_SQL, EXPORT_AUDIT_EVENTS_SQL, EXPORT_ENGAGEMENTS_SQL, EXPORT_GROUP_MEMBERSHIPS_SQL } from './contact-data-export.sql.js';

/** What the subject access export holds about one contact besides its own fields, as plain JSON rows. */
export interface ContactDataRows {
  affiliations: Record<string, unknown>[];
  groupMemberships: Record<string, unknown>[];
  engagements: Record<string, unknown>[];
  auditEvents: Record<string, unknown>[];
  /** What the contact said it wishes (libs/practice's statement), or null. */
  preferences: Record<string, unknown> | null;
}

/** The reads of the subject access export, on the primary (an ADMIN's request: it must hold every write). */
@Injectable()
export class ContactDataExportRepository {
  constructor(private readonly em: EntityManager) {}

  /** The contact, or null; `id` must be a well-formed (lower case) UUID. */
  contact(id: string): Promise<Contact | null> {
    return this.em.findOne(Contact, { id });
  }

  /** The contact's affiliations, group memberships, engagements and audit events (four statements, run together). */
  async rowsAbout(contactId: string): Promise<ContactDataRows> {
    const [affiliations, groupMemberships, engagements, auditEvents, preferences] = await Promise.all([
      this.em.execute(EXPORT_AFFILIATIONS_SQL, [contactId]),
      this.em.execute(EXPORT_GROUP_MEMBERSHIPS_SQL, [contactId]),
      this.em.execute(EXPORT_ENGAGEMENTS_SQL, [contactId]),
      this.em.execute(EXPORT_AUDIT_EVENTS_SQL, [contactId, contactId, `%${contactId}%`]),
      contactPreferencesForExport(this.em, contactId),
    ]);
    return { affiliations, groupMemberships, engagements, auditEvents, preferences };
  }
}
