import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { PolicyArea } from '../entities/index.js';
import { CreatePolicyAreaInput, PolicyAreasArgs, UpdatePolicyAreaInput } from '../inputs/index.js';
import { PolicyAreaService } from '../services/policy-area.service.js';

@Resolver(() => PolicyArea)
export class PolicyAreaResolver {
  constructor(private readonly policyAreaService: PolicyAreaService) {}

  @Query(() => [PolicyArea], {
    description: 'Every policy area, by name; with `search`, those whose name in Finnish, Swedish or English contains it. Needs VIEWER.',
  })
  @Roles(Role.VIEWER)
  policyAreas(@Args() args: PolicyAreasArgs): Promise<PolicyArea[]> {
    return this.policyAreaService.list(args.search);
  }

  @Mutation(() => PolicyArea)
  @Roles(Role.ADMIN)
  createPolicyArea(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePolicyAreaInput): Promise<PolicyArea> {
    return this.policyAreaService.create(viewer, input);
  }

  @Mutation(() => PolicyArea, {
    description: 'ADMIN. Corrects a policy area: only the fields given change, validated as on creation; a code another policy area holds is CONFLICT.',
  })
  @Roles(Role.ADMIN)
  updatePolicyArea(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePolicyAreaInput,
  ): Promise<PolicyArea> {
    return this.policyAreaService.update(viewer, id, input);
  }
}
