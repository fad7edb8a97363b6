import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { exportCsv, exportCsvText, type ExportSink, type KeysetExport } from '../export/csv-export.js';
import { exportedPreferenceFields } from '../preferences/preference-columns.js';
import { type ExportedOrganisation, OrganisationTransferRepository } from '../repositories/organisation-transfer.repository.js';
import { ORGANISATION_COLUMNS } from './organisation-rows.js';

/** Organisations as the import reads them: every one not archived, by name (keyset on the name-order index). */
const organisationExport = (organisations: OrganisationTransferRepository): KeysetExport<ExportedOrganisation> => ({
  header: ORGANISATION_COLUMNS.map((definition) => definition.column),
  page: (em, after, limit) => organisations.exportPage(em, after, limit),
  fields: (row) => [
    row.name,
    row.name_sv,
    row.name_en,
    row.business_id,
    row.type,
    row.languages.join('|'),
    row.municipality,
    row.website,
    row.email,
    row.notes,
    row.policy_area_codes,
    ...exportedPreferenceFields(row),
  ],
});

@Injectable()
export class OrganisationExportService {
  private readonly source: KeysetExport<ExportedOrganisation>;

  constructor(
    private readonly em: EntityManager,
    organisations: OrganisationTransferRepository,
  ) {
    this.source = organisationExport(organisations);
  }

  /** Streams the export to `write`, batch by batch; answers the number of organisations. */
  exportTo(write: ExportSink): Promise<number> {
    return exportCsv(this.em, this.source, write);
  }

  exportText(): Promise<string> {
    return exportCsvText(this.em, this.source);
  }
}
