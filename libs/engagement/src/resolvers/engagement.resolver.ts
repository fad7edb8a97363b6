import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { Engagement } from '../entities/index.js';
import { RecordEngagementsArgs, VoidEngagementsArgs } from '../inputs/index.js';
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

  @Mutation(() => [Engagement], {
    description:
      "EDITOR (of the consultations' ministry; ADMIN any). Voids records made by mistake, all or none: each stays in the history (voided, voidReason, voidedAt, voidedBy) and counts nowhere (coverage, engagementStats, methodFeedback, invitation suggestions, themes, feedback letters). An unknown id, a record already voided or an id named twice is BAD_USER_INPUT at ids.N.",
  })
  @Roles(Role.EDITOR)
  voidEngagements(@CurrentViewer() viewer: Viewer, @Args() args: VoidEngagementsArgs): Promise<Engagement[]> {
    return this.engagementService.voidRecords(viewer, args);
  }
}
