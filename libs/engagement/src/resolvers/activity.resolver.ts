import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { Activity } from '../entities/index.js';
import { CreateActivityInput, UpdateActivityInput } from '../inputs/index.js';
import { ActivityService } from '../services/activity.service.js';

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(private readonly activityService: ActivityService) {}

  @Query(() => Activity, { nullable: true })
  @Roles(Role.VIEWER)
  activity(@Args('id', { type: () => ID }) id: string): Promise<Activity | null> {
    return this.activityService.findById(id);
  }

  @Mutation(() => Activity)
  @Roles(Role.EDITOR)
  createActivity(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateActivityInput): Promise<Activity> {
    return this.activityService.create(viewer, input);
  }

  @Mutation(() => Activity, {
    description:
      "EDITOR (of the consultation's ministry; ADMIN any). Corrects an activity: only the fields given change; never its consultation. A stale version is CONFLICT.",
  })
  @Roles(Role.EDITOR)
  updateActivity(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateActivityInput,
  ): Promise<Activity> {
    return this.activityService.update(viewer, id, version, input);
  }
}
