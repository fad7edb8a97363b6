import { Module } from '@nestjs/common';
import { ContactExportService } from './contacts/contact-export.service.js';
import { ContactImportService } from './contacts/contact-import.service.js';
import { OrganisationExportService } from './organisations/organisation-export.service.js';
import { OrganisationImportService } from './organisations/organisation-import.service.js';
import { ContactTransferRepository } from './repositories/contact-transfer.repository.js';
import { OrganisationTransferRepository } from './repositories/organisation-transfer.repository.js';
import { TransferResolver } from './transfer.resolver.js';

/** CSV import and export of organisations and contacts: GraphQL for the admin console, services for the CLI. */
@Module({
  providers: [
    OrganisationImportService,
    ContactImportService,
    OrganisationExportService,
    ContactExportService,
    ContactTransferRepository,
    OrganisationTransferRepository,
    TransferResolver,
  ],
  exports: [OrganisationImportService, ContactImportService, OrganisationExportService, ContactExportService],
})
export class TransferModule {}
