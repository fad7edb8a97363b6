import { Module } from '@nestjs/common';
import { ContactPrivacyResolver } from './resolvers/contact-privacy.resolver';
import { OrganisationUpkeepResolver } from './resolvers/organisation-upkeep.resolver';
import { ContactDataExportService } from './services/contact-data-export.service';
import { ContactPrivacyService } from './services/contact-privacy.service';
import { DuplicateFinderService } from './services/duplicate-finder.service';
import { OrganisationMergeService } from './services/organisation-merge.service';
import { RetentionReviewService } from './services/retention-review.service';

/** Register upkeep (ADMIN): duplicate organisations and their merge; erasure, subject access and retention review of contacts. */
@Module({
  providers: [
    OrganisationMergeService,
    DuplicateFinderService,
    ContactPrivacyService,
    ContactDataExportService,
    RetentionReviewService,
    OrganisationUpkeepResolver,
    ContactPrivacyResolver,
  ],
  exports: [OrganisationMergeService, DuplicateFinderService, ContactPrivacyService, ContactDataExportService, RetentionReviewService],
})
export class UpkeepModule {}
