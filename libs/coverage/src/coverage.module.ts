import { Module } from '@nestjs/common';
import { CoverageLoaders } from './loaders/coverage.loaders';
import { CoverageResolver } from './resolvers/coverage.resolver';
import { OrganisationEngagementFieldsResolver } from './resolvers/organisation-engagement-fields.resolver';
import { CoverageCacheService } from './services/coverage-cache.service';
import { CoverageQueryService } from './services/coverage-query.service';
import { CoverageService } from './services/coverage.service';

/** Coverage: who was heard, in which phase, and whom we missed. Set-based SQL reads over the engagement history. */
@Module({
  providers: [CoverageCacheService, CoverageQueryService, CoverageService, CoverageLoaders, CoverageResolver, OrganisationEngagementFieldsResolver],
  exports: [CoverageService],
})
export class CoverageModule {}
