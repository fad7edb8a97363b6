import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Facilitator, FacilitatorAssignment } from '../entities/index.js';
import { AssignmentWindowArgs } from '../inputs/index.js';
import { FacilitationLoaders } from '../loaders/facilitation.loaders.js';

@Resolver(() => Facilitator)
export class FacilitatorFieldsResolver {
  constructor(private readonly loaders: FacilitationLoaders) {}

  @ResolveField(() => [FacilitatorAssignment], {
    description: 'Their assignments to activities dated inside [from, to] (both optional, inclusive), by activity date, oldest first.',
  })
  assignments(
    @Parent() facilitator: Facilitator,
    @Args() { from, to }: AssignmentWindowArgs,
    @Context() context: GraphQLRequestContext,
  ): Promise<FacilitatorAssignment[]> {
    return this.loaders.assignmentsOfFacilitator(context, from ?? null, to ?? null).load(facilitator.id);
  }
}
