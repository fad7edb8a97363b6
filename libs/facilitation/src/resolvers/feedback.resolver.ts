import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { CoverageWindowArgs } from '@sidos/coverage';
import { RecordFeedbackArgs } from '../inputs/index.js';
import { FeedbackService } from '../services/feedback.service.js';
import { FeedbackSummary, MethodFeedback } from '../types/feedback.types.js';

@Resolver()
export class FeedbackResolver {
  constructor(private readonly feedbackService: FeedbackService) {}

  @Mutation(() => FeedbackSummary, { description: "1..5000 responses, all written or none; answers the activity's summary after the write." })
  @Roles(Role.EDITOR)
  recordFeedback(@CurrentViewer() viewer: Viewer, @Args() args: RecordFeedbackArgs): Promise<FeedbackSummary> {
    return this.feedbackService.record(viewer, args);
  }

  @Query(() => [MethodFeedback], {
    description:
      "Which methods work in which phase: one row for each (phase, method) with at least one activity dated inside the window, of consultations matching the window's ministry and policy areas (hardToReachOnly has no effect here); in phase order, then method in enum order.",
  })
  @Roles(Role.VIEWER)
  methodFeedback(@Args() { window }: CoverageWindowArgs): Promise<MethodFeedback[]> {
    return this.feedbackService.methodFeedback(window);
  }
}
