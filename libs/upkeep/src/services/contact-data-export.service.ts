import { Injectable } from '@nestjs/common';
import { isUuid, NotFoundError } from '@sidos/common';
import { ContactDataExportRepository } from '../repositories/contact-data-export.repository.js';

/**
 * The subject access export (GDPR Art. 15), ADMIN only: everything Sidos holds about one contact as
 * one JSON document: its fields, affiliations (with the organisations' names), group memberships,
 * engagements (activity, consultation, kind, date, notes), its engagement preferences, and the audit events about
 * it and its engagements (group membership events that name it included). Its statements: ContactDataExportRepository.
 */
@Injectable()
export class ContactDataExportService {
  constructor(private readonly exports: ContactDataExportRepository) {}

  /** NOT_FOUND for an unknown or malformed id. */
  async export(id: string): Promise<string> {
    const contact = isUuid(id) ? await this.exports.contact(id.toLowerCase()) : null;
    if (!contact) throw new NotFoundError('Contact', id);
    const { affiliations, groupMemberships, engagements, auditEvents, preferences } = await this.exports.rowsAbout(contact.id);
    return JSON.stringify({
      exportedAt: new Date().toISOString(),
      contact: {
        id: contact.id,
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: contact.email,
        phone: contact.phone,
        title: contact.title,
        languages: contact.languages,
        lawfulBasis: contact.lawfulBasis,
        consentAt: contact.consentAt,
        erased: contact.erased,
        createdAt: contact.createdAt,
        updatedAt: contact.updatedAt,
      },
      affiliations,
      groupMemberships,
      engagements,
      preferences,
      auditEvents,
    });
  }
}
