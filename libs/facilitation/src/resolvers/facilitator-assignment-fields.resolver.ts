import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Activity, EngagementLoaders } from '@sidos/engagement';
import { Facilitator, FacilitatorAssignment } from '../entities/index.js';
import { FacilitationLoaders } from '../loaders/facilitation.loaders.js';

@Resolver(() => FacilitatorAssignment)
export class FacilitatorAssignmentFieldsResolver {
  constructor(
    private readonly loaders: FacilitationLoaders,
    private readonly engagementLoaders: EngagementLoaders,
  ) {}

  @ResolveField(() => Facilitator)
  async facilitator(assignment: FacilitatorAssignment, _arguments: unknown, context: GraphQLRequestContext): Promise<Facilitator> {
    return (await this.loaders.facilitator(context).load(assignment.facilitator.id))!;
  }

  @ResolveField(() => Activity)
  async activity(assignment: FacilitatorAssignment, _arguments: unknown, context: GraphQLRequestContext): Promise<Activity> {
    return (await this.engagementLoaders.activity(context).load(assignment.activity.id))!;
  }
}
