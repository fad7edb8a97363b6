import { Args, Context, ID, Info, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { type Connection, fieldsAskedOfType, fieldsSelectedWithoutArguments, type GraphQLRequestContext } from '@sidos/common';
import { type GraphQLResolveInfo } from 'graphql';
import { Organisation } from '../entities/index.js';
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from '../inputs/index.js';
import { type OrganisationSelection } from '../services/organisation-selection.js';
import { OrganisationService } from '../services/organisation.service.js';
import { OrganisationConnection } from './connection.types.js';

/** Where a connection's nodes are selected. */
const CONNECTION_NODES = [['nodes'], ['edges', 'node']];

/** What the request asks of the organisations the field answers (selected on them through `paths`). */
function selectionOf(info: GraphQLResolveInfo, paths?: readonly (readonly string[])[]): OrganisationSelection {
  return {
    fields: fieldsSelectedWithoutArguments(info, paths),
    affiliationFields: fieldsAskedOfType(info, 'Affiliation'),
    contactFields: fieldsAskedOfType(info, 'Contact'),
  };
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => Organisation, { nullable: true, description: 'Null when there is none.' })
  @Roles(Role.VIEWER)
  organisation(
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphQLRequestContext,
  ): Promise<Organisation | null> {
    return this.organisationService.findById(id, selectionOf(info), context);
  }

  @Query(() => Organisation, {
    nullable: true,
    description:
      'The organisation holding a business ID, written in any common form ("0112038-9", "01120389", "FI01120389", with spaces); null when none does. BAD_USER_INPUT when it is not a valid business ID. Needs VIEWER.',
  })
  @Roles(Role.VIEWER)
  organisationByBusinessId(@Args('businessId') businessId: string): Promise<Organisation | null> {
    return this.organisationService.findByBusinessId(businessId);
  }

  @Query(() => OrganisationConnection)
  @Roles(Role.VIEWER)
  organisations(
    @Args() args: OrganisationsArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphQLRequestContext,
  ): Promise<Connection<Organisation>> {
    return this.organisationService.list(args, selectionOf(info, CONNECTION_NODES), context);
  }

  @Mutation(() => Organisation)
  @Roles(Role.EDITOR)
  createOrganisation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return this.organisationService.create(viewer, input);
  }

  @Mutation(() => Organisation)
  @Roles(Role.EDITOR)
  updateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.organisationService.update(viewer, id, version, input);
  }

  @Mutation(() => Organisation)
  @Roles(Role.ADMIN)
  archiveOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Organisation> {
    return this.organisationService.archive(viewer, id, version);
  }

  @Mutation(() => Organisation, {
    description:
      'ADMIN. Brings an archived organisation back into use. A merged organisation cannot be unarchived (CONFLICT: its history moved to the organisation it was merged into). A stale version is CONFLICT.',
  })
  @Roles(Role.ADMIN)
  unarchiveOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Organisation> {
    return this.organisationService.unarchive(viewer, id, version);
  }
}
