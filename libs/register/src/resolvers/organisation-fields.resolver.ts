import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Affiliation, Organisation, PolicyArea, StakeholderGroup } from '../entities/index.js';
import { RegisterLoaders } from '../loaders/register.loaders.js';

@Resolver(() => Organisation)
export class OrganisationFieldsResolver {
  constructor(private readonly loaders: RegisterLoaders) {}

  @ResolveField(() => [PolicyArea])
  policyAreas(organisation: Organisation, _arguments: unknown, context: GraphQLRequestContext): Promise<PolicyArea[]> {
    return this.loaders.policyAreasOfOrganisation(context).load(organisation.id);
  }

  /** The stakeholder groups it is a member of. */
  @ResolveField(() => [StakeholderGroup])
  groups(organisation: Organisation, _arguments: unknown, context: GraphQLRequestContext): Promise<StakeholderGroup[]> {
    return this.loaders.groupsOfOrganisation(context).load(organisation.id);
  }

  @ResolveField(() => [Affiliation])
  affiliations(organisation: Organisation, _arguments: unknown, context: GraphQLRequestContext): Promise<Affiliation[]> {
    return this.loaders.affiliationsOfOrganisation(context).load(organisation.id);
  }

  /** Set when an ADMIN merged this record into another. */
  @ResolveField(() => Organisation, { nullable: true })
  async mergedInto(organisation: Organisation, _arguments: unknown, context: GraphQLRequestContext): Promise<Organisation | null> {
    return organisation.mergedInto ? this.loaders.organisation(context).load(organisation.mergedInto.id) : null;
  }
}
