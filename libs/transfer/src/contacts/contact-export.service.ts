import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { exportCsv, exportCsvText, type ExportSink, type KeysetExport } from '../export/csv-export.js';
import { exportedPreferenceFields } from '../preferences/preference-columns.js';
import { ContactTransferRepository, type ExportedContact } from '../repositories/contact-transfer.repository.js';
import { CONTACT_COLUMNS } from './contact-rows.js';

/** Contacts as the import reads them: every one not erased, by last and first name (keyset on the name-order index). */
const contactExport = (contacts: ContactTransferRepository): KeysetExport<ExportedContact> => ({
  header: CONTACT_COLUMNS.map((definition) => definition.column),
  page: (em, after, limit) => contacts.exportPage(em, after, limit),
  fields: (row) => [
    row.first_name,
    row.last_name,
    row.email,
    row.phone,
    row.title,
    row.languages.join('|'),
    row.lawful_basis,
    row.consent_at === null ? null : new Date(row.consent_at).toISOString(),
    row.business_id,
    row.role,
    ...exportedPreferenceFields(row),
  ],
});

@Injectable()
export class ContactExportService {
  private readonly source: KeysetExport<ExportedContact>;

  constructor(
    private readonly em: EntityManager,
    contacts: ContactTransferRepository,
  ) {
    this.source = contactExport(contacts);
  }

  /** Streams the export to `write`, batch by batch; answers the number of contacts. */
  exportTo(write: ExportSink): Promise<number> {
    return exportCsv(this.em, this.source, write);
  }

  exportText(): Promise<string> {
    return exportCsvText(this.em, this.source);
  }
}
