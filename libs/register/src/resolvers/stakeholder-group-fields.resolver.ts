import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, type GraphQLRequestContext } from '@sidos/common';
import { Contact, Organisation, StakeholderGroup } from '../entities/index.js';
import { GroupMembersArgs } from '../inputs/group-members.args.js';
import { RegisterLoaders } from '../loaders/register.loaders.js';
import { GroupMembership } from '../types/group-membership.type.js';
import { ContactConnection, OrganisationConnection } from './connection.types.js';

@Resolver(() => StakeholderGroup)
export class StakeholderGroupFieldsResolver {
  constructor(private readonly loaders: RegisterLoaders) {}

  /** Current members. */
  @ResolveField(() => [Organisation])
  organisations(group: StakeholderGroup, _arguments: unknown, context: GraphQLRequestContext): Promise<Organisation[]> {
    return this.loaders.organisationsOfGroup(context).load(group.id);
  }

  /** Current members. */
  @ResolveField(() => [Contact], {
    description: 'Current members. Of a special-category group: for EDITOR and ADMIN; empty for a VIEWER (memberCount counts them all).',
  })
  contacts(group: StakeholderGroup, _arguments: unknown, context: GraphQLRequestContext): Promise<Contact[]> {
    return this.loaders.contactsOfGroup(context).load(group.id);
  }

  @ResolveField(() => OrganisationConnection, {
    description: 'Current organisation members (as `organisations`), paged: by name (NAME ASC) unless orderBy says otherwise; totalCount counts them all.',
  })
  organisationMembers(
    @Parent() group: StakeholderGroup,
    @Args() args: GroupMembersArgs,
    @Context() context: GraphQLRequestContext,
  ): Promise<Connection<Organisation>> {
    return this.loaders.organisationMembersOfGroup(context, args).load(group.id);
  }

  @ResolveField(() => ContactConnection, {
    description:
      'Current contact members (as `contacts`), paged: by name (NAME ASC: last name, first name) unless orderBy says otherwise. Of a special-category group: for EDITOR and ADMIN; none (totalCount 0) for a VIEWER (memberCount counts them all).',
  })
  contactMembers(@Parent() group: StakeholderGroup, @Args() args: GroupMembersArgs, @Context() context: GraphQLRequestContext): Promise<Connection<Contact>> {
    return this.loaders.contactMembersOfGroup(context, args).load(group.id);
  }

  /** Current organisation + contact members. */
  @ResolveField(() => Int)
  memberCount(group: StakeholderGroup, _arguments: unknown, context: GraphQLRequestContext): Promise<number> {
    return this.loaders.memberCount(context).load(group.id);
  }

  /** Membership periods, oldest first; ended ones only when asked. */
  @ResolveField(() => [GroupMembership], {
    description:
      "Membership periods, oldest first; ended ones only when asked. Contacts' periods in a special-category group: for EDITOR and ADMIN; left out for a VIEWER.",
  })
  memberships(
    @Parent() group: StakeholderGroup,
    @Args('includeEnded', { type: () => Boolean, nullable: true, defaultValue: false }) includeEnded: boolean | null,
    @Context() context: GraphQLRequestContext,
  ): Promise<GroupMembership[]> {
    return this.loaders.membershipsOfGroup(context, includeEnded ?? false).load(group.id);
  }
}
