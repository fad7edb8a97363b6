import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Affiliation, Contact, StakeholderGroup } from '../entities/index.js';
import { RegisterLoaders } from '../loaders/register.loaders.js';

@Resolver(() => Contact)
export class ContactFieldsResolver {
  constructor(private readonly loaders: RegisterLoaders) {}

  @ResolveField(() => [Affiliation])
  affiliations(contact: Contact, _arguments: unknown, context: GraphQLRequestContext): Promise<Affiliation[]> {
    return this.loaders.affiliationsOfContact(context).load(contact.id);
  }

  @ResolveField(() => [StakeholderGroup], {
    description: 'The groups it is a current member of. Special-category groups: for EDITOR and ADMIN; left out for a VIEWER.',
  })
  groups(contact: Contact, _arguments: unknown, context: GraphQLRequestContext): Promise<StakeholderGroup[]> {
    return this.loaders.groupsOfContact(context).load(contact.id);
  }
}
