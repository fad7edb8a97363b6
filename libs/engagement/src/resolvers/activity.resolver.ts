import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { type Connection } from '@sidos/common';
import { Activity } from '../entities/index.js';
import { ActivitiesArgs, CreateActivityInput, UpdateActivityInput } from '../inputs/index.js';
import { ActivityService } from '../services/activity.service.js';
import { ActivityConnection } from './connection.types.js';

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(private readonly activityService: ActivityService) {}

  @Query(() => Activity, { nullable: true })
  @Roles(Role.VIEWER)
  activity(@Args('id', { type: () => ID }) id: string): Promise<Activity | null> {
    return this.activityService.findById(id);
  }

  @Query(() => ActivityConnection, {
    description:
      "The activities of every consultation (every ministry's), filtered by consultation, method, phase and date range (inclusive); the newest first (DATE DESC: by date, then by when recorded, then by id) unless orderBy says otherwise.",
  })
  @Roles(Role.VIEWER)
  activities(@Args() args: ActivitiesArgs): Promise<Connection<Activity>> {
    return this.activityService.list(args);
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
