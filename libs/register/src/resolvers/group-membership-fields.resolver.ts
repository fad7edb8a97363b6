import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Contact, Organisation, StakeholderGroup } from '../entities/index.js';
import { RegisterLoaders } from '../loaders/register.loaders.js';
import { GroupMembership } from '../types/group-membership.type.js';

/** The group and the member of a membership period, by id through the request's loaders (one statement per field for a whole list). */
@Resolver(() => GroupMembership)
export class GroupMembershipFieldsResolver {
  constructor(private readonly loaders: RegisterLoaders) {}

  @ResolveField(() => StakeholderGroup)
  async group(membership: GroupMembership, _arguments: unknown, context: GraphQLRequestContext): Promise<StakeholderGroup> {
    return (await this.loaders.group(context).load(membership.groupId))!;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(membership: GroupMembership, _arguments: unknown, context: GraphQLRequestContext): Promise<Organisation | null> | null {
    return membership.organisationId ? this.loaders.organisation(context).load(membership.organisationId) : null;
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(membership: GroupMembership, _arguments: unknown, context: GraphQLRequestContext): Promise<Contact | null> | null {
    return membership.contactId ? this.loaders.contact(context).load(membership.contactId) : null;
  }
}
