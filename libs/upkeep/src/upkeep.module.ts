import { Module } from '@nestjs/common';
import { ContactErasureRepository } from './repositories/contact-erasure.repository.js';
import { ContactDataExportRepository } from './repositories/contact-data-export.repository.js';
import { DuplicateRepository } from './repositories/duplicate.repository.js';
import { OrganisationMergeRepository } from './repositories/organisation-merge.repository.js';
import { RetentionReviewRepository } from './repositories/retention-review.repository.js';
import { ContactPrivacyResolver } from './resolvers/contact-privacy.resolver.js';
import { OrganisationUpkeepResolver } from './resolvers/organisation-upkeep.resolver.js';
import { ContactDataExportService } from './services/contact-data-export.service.js';
import { ContactPrivacyService } from './services/contact-privacy.service.js';
import { ErasureVacuumService } from './services/erasure-vacuum.service.js';
import { DuplicateFinderService } from './services/duplicate-finder.service.js';
import { OrganisationMergeService } from './services/organisation-merge.service.js';
import { RetentionReviewService } from './services/retention-review.service.js';

/** Register upkeep (ADMIN): duplicate organisations and their merge; erasure, subject access and retention review of contacts. */
@Module({
  providers: [
    OrganisationMergeService,
    DuplicateFinderService,
    ContactPrivacyService,
    ContactErasureRepository,
    ErasureVacuumService,
    ContactDataExportService,
    RetentionReviewService,
    DuplicateRepository,
    OrganisationMergeRepository,
    ContactDataExportRepository,
    RetentionReviewRepository,
    OrganisationUpkeepResolver,
    ContactPrivacyResolver,
  ],
  exports: [OrganisationMergeService, DuplicateFinderService, ContactPrivacyService, ErasureVacuumService, ContactDataExportService, RetentionReviewService],
})
export class UpkeepModule {}
