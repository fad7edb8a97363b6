import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { Engagement } from '../entities/index.js';
import { RecordEngagementsArgs } from '../inputs/index.js';
import { EngagementService } from '../services/engagement.service.js';

@Resolver(() => Engagement)
export class EngagementResolver {
  constructor(private readonly engagementService: EngagementService) {}

  /** All records are written, or none (one invalid record fails the whole call). */
  @Mutation(() => [Engagement], {
    description: 'All records are written, or none (one invalid record fails the whole call). A record naming an erased contact is CONFLICT.',
  })
  @Roles(Role.EDITOR)
  recordEngagements(@CurrentViewer() viewer: Viewer, @Args() args: RecordEngagementsArgs): Promise<Engagement[]> {
    return this.engagementService.record(viewer, args);
  }
}
