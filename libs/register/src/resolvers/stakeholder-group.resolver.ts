import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@sidos/auth';
import { Connection } from '@sidos/common';
import { StakeholderGroup } from '../entities';
import { CreateStakeholderGroupInput, GroupMembersArgs, StakeholderGroupsArgs, UpdateStakeholderGroupInput } from '../inputs';
import { StakeholderGroupService } from '../services/stakeholder-group.service';
import { StakeholderGroupConnection } from './connection.types';

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
  createStakeholderGroup(@Args('input') input: CreateStakeholderGroupInput): Promise<StakeholderGroup> {
    return this.groupService.create(input);
  }

  @Mutation(() => StakeholderGroup)
  @Roles(Role.EDITOR)
  updateStakeholderGroup(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateStakeholderGroupInput,
  ): Promise<StakeholderGroup> {
    return this.groupService.update(id, version, input);
  }

  @Mutation(() => StakeholderGroup)
  @Roles(Role.EDITOR)
  addGroupMembers(@Args() args: GroupMembersArgs): Promise<StakeholderGroup> {
    return this.groupService.addMembers(args);
  }

  @Mutation(() => StakeholderGroup)
  @Roles(Role.EDITOR)
  removeGroupMembers(@Args() args: GroupMembersArgs): Promise<StakeholderGroup> {
    return this.groupService.removeMembers(args);
  }
}
