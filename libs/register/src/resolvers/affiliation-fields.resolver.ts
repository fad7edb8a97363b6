import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Affiliation, Contact, Organisation } from '../entities/index.js';
import { RegisterLoaders } from '../loaders/register.loaders.js';

@Resolver(() => Affiliation)
export class AffiliationFieldsResolver {
  constructor(private readonly loaders: RegisterLoaders) {}

  @ResolveField(() => Organisation)
  async organisation(affiliation: Affiliation, _arguments: unknown, context: GraphQLRequestContext): Promise<Organisation> {
    return (await this.loaders.organisation(context).load(affiliation.organisation.id))!;
  }

  @ResolveField(() => Contact)
  async contact(affiliation: Affiliation, _arguments: unknown, context: GraphQLRequestContext): Promise<Contact> {
    return (await this.loaders.contact(context).load(affiliation.contact.id))!;
  }
}
