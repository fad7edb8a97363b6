import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Contact, Organisation, StakeholderGroup } from '../entities/index.js';
import { RegisterLoaders } from '../loaders/register.loaders.js';

@Resolver(() => StakeholderGroup)
export class StakeholderGroupFieldsResolver {
  constructor(private readonly loaders: RegisterLoaders) {}

  @ResolveField(() => [Organisation])
  organisations(@Parent() group: StakeholderGroup, @Context() context: GraphQLRequestContext): Promise<Organisation[]> {
    return this.loaders.organisationsOfGroup(context).load(group.id);
  }

  @ResolveField(() => [Contact])
  contacts(@Parent() group: StakeholderGroup, @Context() context: GraphQLRequestContext): Promise<Contact[]> {
    return this.loaders.contactsOfGroup(context).load(group.id);
  }

  /** Organisations + contacts. */
  @ResolveField(() => Int)
  memberCount(@Parent() group: StakeholderGroup, @Context() context: GraphQLRequestContext): Promise<number> {
    return this.loaders.memberCount(context).load(group.id);
  }
}
