import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type GraphQLRequestContext, requestLoader } from '@sidos/common';
import { OrganisationRelationContributions } from '@sidos/register';
import { CoverageRepository, type EngagementStatsRow } from '../repositories/coverage.repository.js';

/** The loader key of an organisation's stats since a date: "<organisationId>/<since>" ("<organisationId>/" for all time). */
export function engagementStatsKey(organisationId: string, since: string | null | undefined): string {
  return `${organisationId}/${since ?? ''}`;
}

/** Request-scoped DataLoaders of the coverage reads: a list of N organisations costs one statement. */
@Injectable()
export class CoverageLoaders {
  constructor(
    private readonly coverage: CoverageRepository,
    contributions: OrganisationRelationContributions,
  ) {
    // `organisation(id) { engagementStats }` reads the all-time stats in the organisation's own statement.
    contributions.add({
      field: 'engagementStats',
      sql: (organisationId) => this.coverage.engagementStatsOfOrganisationSql(organisationId),
      prime: (context, organisationId, value) => this.engagementStats(context).prime(engagementStatsKey(organisationId, null), value as EngagementStatsRow),
    });
  }

  /** Keyed by organisation and `since`, so that fields with different dates batch together too. */
  engagementStats(context: GraphQLRequestContext): DataLoader<string, EngagementStatsRow> {
    return requestLoader(context, 'coverage.engagementStats', (keys: readonly string[]) =>
      this.coverage.engagementStats(
        keys.map((key) => {
          const [organisationId, since] = key.split('/');
          return { organisationId, since: since === '' ? null : since };
        }),
      ),
    );
  }
}
