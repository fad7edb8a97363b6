import { Module } from '@nestjs/common';
import { ContactExportService } from './contacts/contact-export.service';
import { ContactImportService } from './contacts/contact-import.service';
import { OrganisationExportService } from './organisations/organisation-export.service';
import { OrganisationImportService } from './organisations/organisation-import.service';
import { TransferResolver } from './transfer.resolver';

/** CSV import and export of organisations and contacts: GraphQL for the admin console, services for the CLI. */
@Module({
  providers: [OrganisationImportService, ContactImportService, OrganisationExportService, ContactExportService, TransferResolver],
  exports: [OrganisationImportService, ContactImportService, OrganisationExportService, ContactExportService],
})
export class TransferModule {}
