import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DateScalar, type GraphQLRequestContext } from '@sidos/common';
import { Organisation } from '@sidos/register';
import { CoverageLoaders, engagementStatsKey } from '../loaders/coverage.loaders.js';
import { EngagementStats } from '../types/coverage.types.js';

/** An organisation's engagement history in numbers; archived and merged organisations keep theirs. */
@Resolver(() => Organisation)
export class OrganisationEngagementFieldsResolver {
  constructor(private readonly loaders: CoverageLoaders) {}

  @ResolveField(() => EngagementStats, { description: 'Only records of activities dated on or after `since`' })
  engagementStats(
    @Parent() organisation: Organisation,
    @Context() context: GraphQLRequestContext,
    @Args('since', { type: () => DateScalar, nullable: true }) since?: string | null,
  ): Promise<EngagementStats> {
    return this.loaders.engagementStats(context).load(engagementStatsKey(organisation.id, since));
  }
}
