import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@sidos/auth';
import { Connection } from '@sidos/common';
import { Organisation } from '../entities';
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from '../inputs';
import { OrganisationService } from '../services/organisation.service';
import { OrganisationConnection } from './connection.types';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => Organisation, { nullable: true, description: 'Null when there is none.' })
  @Roles(Role.VIEWER)
  organisation(@Args('id', { type: () => ID }) id: string): Promise<Organisation | null> {
    return this.organisationService.findById(id);
  }

  @Query(() => OrganisationConnection)
  @Roles(Role.VIEWER)
  organisations(@Args() args: OrganisationsArgs): Promise<Connection<Organisation>> {
    return this.organisationService.list(args);
  }

  @Mutation(() => Organisation)
  @Roles(Role.EDITOR)
  createOrganisation(@Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return this.organisationService.create(input);
  }

  @Mutation(() => Organisation)
  @Roles(Role.EDITOR)
  updateOrganisation(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.organisationService.update(id, version, input);
  }

  @Mutation(() => Organisation)
  @Roles(Role.ADMIN)
  archiveOrganisation(@Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number): Promise<Organisation> {
    return this.organisationService.archive(id, version);
  }
}
