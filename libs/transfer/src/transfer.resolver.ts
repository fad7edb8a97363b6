import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { ContactExportService } from './contacts/contact-export.service.js';
import { ContactImportService } from './contacts/contact-import.service.js';
import { ImportResult } from './import/import-result.type.js';
import { ImportArgs } from './inputs/import.args.js';
import { OrganisationExportService } from './organisations/organisation-export.service.js';
import { OrganisationImportService } from './organisations/organisation-import.service.js';

/** The admin console's CSV import and export of the register: ADMIN only (contacts are personal data). */
@Resolver()
export class TransferResolver {
  constructor(
    private readonly organisationImport: OrganisationImportService,
    private readonly contactImport: ContactImportService,
    private readonly organisationExport: OrganisationExportService,
    private readonly contactExport: ContactExportService,
  ) {}

  @Mutation(() => ImportResult, {
    description: 'ADMIN. Upserts organisations by business ID from CSV; a dry run (the default) writes nothing, a real run all rows or none.',
  })
  @Roles(Role.ADMIN)
  importOrganisations(@CurrentViewer() viewer: Viewer, @Args() { csv, dryRun }: ImportArgs): Promise<ImportResult> {
    return this.organisationImport.import(viewer, csv, dryRun !== false);
  }

  @Mutation(() => ImportResult, {
    description: 'ADMIN. Upserts contacts by email from CSV; a dry run (the default) writes nothing, a real run all rows or none.',
  })
  @Roles(Role.ADMIN)
  importContacts(@CurrentViewer() viewer: Viewer, @Args() { csv, dryRun }: ImportArgs): Promise<ImportResult> {
    return this.contactImport.import(viewer, csv, dryRun !== false);
  }

  @Query(() => String, { description: 'ADMIN. Organisations that are not archived, as CSV with the import\'s columns (";", UTF-8 with a byte order mark)' })
  @Roles(Role.ADMIN)
  exportOrganisations(): Promise<string> {
    return this.organisationExport.exportText();
  }

  @Query(() => String, { description: 'ADMIN. Contacts that are not erased, as CSV with the import\'s columns (";", UTF-8 with a byte order mark)' })
  @Roles(Role.ADMIN)
  exportContacts(): Promise<string> {
    return this.contactExport.exportText();
  }
}
