import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { type Connection } from '@sidos/common';
import { StakeholderGroup } from '../entities/index.js';
import {
  AddGroupMembersArgs,
  CreateStakeholderGroupInput,
  RemoveGroupMembersArgs,
  StakeholderGroupsArgs,
  UpdateStakeholderGroupInput,
} from '../inputs/index.js';
import { StakeholderGroupService } from '../services/stakeholder-group.service.js';
import { StakeholderGroupConnection } from './connection.types.js';

const ERASED_CONTACT = 'An erased contact is not changed: naming one is CONFLICT and nothing is written.';

@Resolver(() => StakeholderGroup)
export class StakeholderGroupResolver {
  constructor(private readonly groupService: StakeholderGroupService) {}

  @Query(() => StakeholderGroup, { nullable: true })
  @Roles(Role.VIEWER)
  stakeholderGroup(@Args('id', { type: () => ID }) id: string): Promise<StakeholderGroup | null> {
    return this.groupService.findById(id);
  }

  @Query(() => StakeholderGroupConnection)
  @Roles(Role.VIEWER)
  stakeholderGroups(@Args() args: StakeholderGroupsArgs): Promise<Connection<StakeholderGroup>> {
    return this.groupService.list(args);
  }

  @Mutation(() => StakeholderGroup)
  @Roles(Role.EDITOR)
  createStakeholderGroup(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateStakeholderGroupInput): Promise<StakeholderGroup> {
    return this.groupService.create(viewer, input);
  }

  @Mutation(() => StakeholderGroup)
  @Roles(Role.EDITOR)
  updateStakeholderGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateStakeholderGroupInput,
  ): Promise<StakeholderGroup> {
    return this.groupService.update(viewer, id, version, input);
  }

  @Mutation(() => StakeholderGroup, { description: `Unknown ids are BAD_USER_INPUT at organisationIds.N / contactIds.N. ${ERASED_CONTACT}` })
  @Roles(Role.EDITOR)
  addGroupMembers(@CurrentViewer() viewer: Viewer, @Args() args: AddGroupMembersArgs): Promise<StakeholderGroup> {
    return this.groupService.addMembers(viewer, args);
  }

  @Mutation(() => StakeholderGroup, { description: `Unknown ids are BAD_USER_INPUT at organisationIds.N / contactIds.N. ${ERASED_CONTACT}` })
  @Roles(Role.EDITOR)
  removeGroupMembers(@CurrentViewer() viewer: Viewer, @Args() args: RemoveGroupMembersArgs): Promise<StakeholderGroup> {
    return this.groupService.removeMembers(viewer, args);
  }
}
