import { Module } from '@nestjs/common';
import { ContactExportService } from './contacts/contact-export.service.js';
import { ContactImportService } from './contacts/contact-import.service.js';
import { ContactImportWriter } from './contacts/contact-import.writer.js';
import { OrganisationExportService } from './organisations/organisation-export.service.js';
import { OrganisationImportService } from './organisations/organisation-import.service.js';
import { OrganisationImportWriter } from './organisations/organisation-import.writer.js';
import { PreferenceImportWriter } from './preferences/preference-import.writer.js';
import { ContactTransferRepository } from './repositories/contact-transfer.repository.js';
import { ImportBatchRepository } from './repositories/import-batch.repository.js';
import { OrganisationTransferRepository } from './repositories/organisation-transfer.repository.js';
import { PreferenceTransferRepository } from './repositories/preference-transfer.repository.js';
import { TransferResolver } from './transfer.resolver.js';

/** CSV import and export of organisations and contacts: GraphQL for the admin console, services for the CLI. */
@Module({
  providers: [
    OrganisationImportService,
    ContactImportService,
    OrganisationExportService,
    ContactExportService,
    OrganisationImportWriter,
    ContactImportWriter,
    PreferenceImportWriter,
    ContactTransferRepository,
    OrganisationTransferRepository,
    PreferenceTransferRepository,
    ImportBatchRepository,
    TransferResolver,
  ],
  exports: [OrganisationImportService, ContactImportService, OrganisationExportService, ContactExportService],
})
export class TransferModule {}
