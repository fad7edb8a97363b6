import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { type UncountedConnection } from '@sidos/common';
import { Organisation } from '@sidos/register';
import { DuplicateOrganisationsArgs, DuplicateOrganisationsConnectionArgs, MergeOrganisationsArgs } from '../inputs/index.js';
import { DuplicateFinderService } from '../services/duplicate-finder.service.js';
import { OrganisationMergeService } from '../services/organisation-merge.service.js';
import { DuplicateCandidate, DuplicateCandidateConnection } from '../types/index.js';

/** Register upkeep of organisations: finding duplicates and merging them (ADMIN). */
@Resolver(() => Organisation)
export class OrganisationUpkeepResolver {
  constructor(
    private readonly duplicateFinder: DuplicateFinderService,
    private readonly organisationMerge: OrganisationMergeService,
  ) {}

  @Query(() => [DuplicateCandidate], { description: 'ADMIN. Likely duplicate organisations (archived ones left out), best first, with the reasons' })
  @Roles(Role.ADMIN)
  duplicateOrganisations(@Args() args: DuplicateOrganisationsArgs): Promise<DuplicateCandidate[]> {
    return this.duplicateFinder.find(args);
  }

  @Query(() => DuplicateCandidateConnection, {
    description:
      "ADMIN. Likely duplicate organisations (as duplicateOrganisations) as a connection: best first, then by the older organisation's name and the newer one's, paged with first/after or last/before",
  })
  @Roles(Role.ADMIN)
  duplicateOrganisationsConnection(@Args() args: DuplicateOrganisationsConnectionArgs): Promise<UncountedConnection<DuplicateCandidate>> {
    return this.duplicateFinder.findPage(args);
  }

  @Mutation(() => Organisation, {
    description:
      "ADMIN. Moves the sources' affiliations, group memberships and engagements to the target and archives the sources with mergedInto = target; all or nothing. Coverage answers stay the same.",
  })
  @Roles(Role.ADMIN)
  mergeOrganisations(@CurrentViewer() viewer: Viewer, @Args() { targetId, sourceIds }: MergeOrganisationsArgs): Promise<Organisation> {
    return this.organisationMerge.merge(viewer, targetId, sourceIds);
  }
}
