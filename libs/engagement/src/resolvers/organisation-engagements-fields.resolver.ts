import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, type GraphQLRequestContext } from '@sidos/common';
import { Organisation } from '@sidos/register';
import { Engagement } from '../entities/index.js';
import { EngagementHistoryArgs } from '../inputs/index.js';
import { EngagementLoaders } from '../loaders/engagement.loaders.js';
import { EngagementConnection } from './connection.types.js';

/** An organisation's engagement history (the engagement library adds it to the register's Organisation). */
@Resolver(() => Organisation)
export class OrganisationEngagementsFieldsResolver {
  constructor(private readonly loaders: EngagementLoaders) {}

  @ResolveField(() => EngagementConnection, {
    description:
      'Its engagement history: the records naming it (as the party, or as the organisation a contact acted for), the newest activity first (ACTIVITY_DATE DESC: by activity date, then by when recorded, then by id) unless orderBy says otherwise; voided records only with includeVoided.',
  })
  engagements(
    @Parent() organisation: Organisation,
    @Args() args: EngagementHistoryArgs,
    @Context() context: GraphQLRequestContext,
  ): Promise<Connection<Engagement>> {
    return this.loaders.engagementHistory(context, 'organisation', args).load(organisation.id);
  }
}
