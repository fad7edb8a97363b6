import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, type GraphQLRequestContext } from '@sidos/common';
import { Contact } from '@sidos/register';
import { Engagement } from '../entities/index.js';
import { EngagementHistoryArgs } from '../inputs/index.js';
import { EngagementLoaders } from '../loaders/engagement.loaders.js';
import { EngagementConnection } from './connection.types.js';

/** A contact's engagement history (the engagement library adds it to the register's Contact). */
@Resolver(() => Contact)
export class ContactEngagementsFieldsResolver {
  constructor(private readonly loaders: EngagementLoaders) {}

  @ResolveField(() => EngagementConnection, {
    description:
      'Its engagement history: the records naming the contact, the newest activity first (ACTIVITY_DATE DESC: by activity date, then by when recorded, then by id) unless orderBy says otherwise; voided records only with includeVoided. Records that also name a special-category group: for EDITOR and ADMIN; left out for a VIEWER (and from totalCount).',
  })
  engagements(@Parent() contact: Contact, @Args() args: EngagementHistoryArgs, @Context() context: GraphQLRequestContext): Promise<Connection<Engagement>> {
    return this.loaders.engagementHistory(context, 'contact', args).load(contact.id);
  }
}
