import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Contact, Organisation, RegisterLoaders, StakeholderGroup } from '@sidos/register';
import { InvitationSuggestion } from '../types/invitation-suggestion.type.js';

@Resolver(() => InvitationSuggestion)
export class InvitationSuggestionFieldsResolver {
  constructor(private readonly loaders: RegisterLoaders) {}

  @ResolveField(() => StakeholderGroup, { description: 'The unreached group it belongs to' })
  async group(@Parent() suggestion: InvitationSuggestion, @Context() context: GraphQLRequestContext): Promise<StakeholderGroup> {
    return (await this.loaders.group(context).load(suggestion.groupId))!;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() suggestion: InvitationSuggestion, @Context() context: GraphQLRequestContext): Promise<Organisation | null> | null {
    return suggestion.organisationId ? this.loaders.organisation(context).load(suggestion.organisationId) : null;
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(@Parent() suggestion: InvitationSuggestion, @Context() context: GraphQLRequestContext): Promise<Contact | null> | null {
    return suggestion.contactId ? this.loaders.contact(context).load(suggestion.contactId) : null;
  }
}
