import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { type Connection } from '@sidos/common';
import { Activity } from '@sidos/engagement';
import { Facilitator } from '../entities/index.js';
import {
  AssignFacilitatorsArgs,
  CreateFacilitatorInput,
  FacilitatorsArgs,
  FacilitatorSuggestionsArgs,
  UnassignFacilitatorsArgs,
  UpdateFacilitatorInput,
} from '../inputs/index.js';
import { FacilitatorAssignmentService } from '../services/facilitator-assignment.service.js';
import { FacilitatorService } from '../services/facilitator.service.js';
import { FacilitatorConnection } from '../types/facilitator-connection.type.js';
import { FacilitatorSuggestion } from '../types/facilitator-suggestion.type.js';

@Resolver(() => Facilitator)
export class FacilitatorResolver {
  constructor(
    private readonly facilitatorService: FacilitatorService,
    private readonly assignmentService: FacilitatorAssignmentService,
  ) {}

  @Query(() => Facilitator, { nullable: true })
  @Roles(Role.VIEWER)
  facilitator(@Args('id', { type: () => ID }) id: string): Promise<Facilitator | null> {
    return this.facilitatorService.findById(id);
  }

  @Query(() => FacilitatorConnection)
  @Roles(Role.VIEWER)
  facilitators(@Args() args: FacilitatorsArgs): Promise<Connection<Facilitator>> {
    return this.facilitatorService.list(args);
  }

  @Query(() => [FacilitatorSuggestion], {
    description:
      "Active facilitators trained in the activity's method (and speaking `language` when given), with no assignment to another activity dated the same day and not yet assigned to this one; fewest recentAssignments first, then by name. NOT_FOUND for an unknown activity.",
  })
  @Roles(Role.VIEWER)
  facilitatorSuggestions(@Args() args: FacilitatorSuggestionsArgs): Promise<FacilitatorSuggestion[]> {
    return this.facilitatorService.suggestions(args);
  }

  @Mutation(() => Facilitator)
  @Roles(Role.EDITOR)
  createFacilitator(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateFacilitatorInput): Promise<Facilitator> {
    return this.facilitatorService.create(viewer, input);
  }

  @Mutation(() => Facilitator)
  @Roles(Role.EDITOR)
  updateFacilitator(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateFacilitatorInput,
  ): Promise<Facilitator> {
    return this.facilitatorService.update(viewer, id, version, input);
  }

  @Mutation(() => Activity, { description: 'Adds each facilitator to the activity, or changes its role when already there; all or nothing.' })
  @Roles(Role.EDITOR)
  assignFacilitators(@CurrentViewer() viewer: Viewer, @Args() args: AssignFacilitatorsArgs): Promise<Activity> {
    return this.assignmentService.assign(viewer, args);
  }

  @Mutation(() => Activity)
  @Roles(Role.EDITOR)
  unassignFacilitators(@CurrentViewer() viewer: Viewer, @Args() args: UnassignFacilitatorsArgs): Promise<Activity> {
    return this.assignmentService.unassign(viewer, args);
  }
}
