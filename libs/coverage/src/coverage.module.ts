import { Module } from '@nestjs/common';
import { RegisterModule } from '@sidos/register';
import { CoverageLoaders } from './loaders/coverage.loaders.js';
import { CoverageResolver } from './resolvers/coverage.resolver.js';
import { OrganisationEngagementFieldsResolver } from './resolvers/organisation-engagement-fields.resolver.js';
import { CoverageCacheService } from './services/coverage-cache.service.js';
import { CoverageRepository } from './repositories/coverage.repository.js';
import { CoverageService } from './services/coverage.service.js';

/** Coverage: who was heard, in which phase, and whom we missed. Set-based SQL reads over the engagement history. */
@Module({
  imports: [RegisterModule],
  providers: [CoverageCacheService, CoverageRepository, CoverageService, CoverageLoaders, CoverageResolver, OrganisationEngagementFieldsResolver],
  exports: [CoverageService],
})
export class CoverageModule {}
