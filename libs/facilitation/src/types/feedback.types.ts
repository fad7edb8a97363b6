import { DateTimeScalar } from '@sidos/common';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { EngagementMethod, PreparationPhase } from '@sidos/engagement';

/** What participants said about one activity, or about several together; computed in SQL. Anonymous: no response is linked to a contact. */
@ObjectType('FeedbackSummary', { description: 'Anonymous: a response is never linked to a contact' })
export class FeedbackSummary {
  @Field(() => Int)
  responses: number;

  @Field(() => Float, { nullable: true, description: 'Mean rating; null without responses' })
  averageRating: number | null;

  @Field(() => [Int], { description: 'Always five numbers: how many responses rated 1, 2, 3, 4 and 5' })
  ratingCounts: number[];

  @Field(() => Float, { nullable: true, description: 'yes / (yes + no); null when no response answered it' })
  wouldTakePartAgainRatio: number | null;
}

/** A response with a comment. `groupId` is resolved to its group by FeedbackCommentFieldsResolver. */
@ObjectType('FeedbackComment')
export class FeedbackComment {
  @Field(() => Int)
  rating: number;

  @Field()
  comment: string;

  groupId: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

/** One (phase, method) of methodFeedback. */
@ObjectType('MethodFeedback')
export class MethodFeedback {
  @Field(() => PreparationPhase)
  phase: PreparationPhase;

  @Field(() => EngagementMethod)
  method: EngagementMethod;

  @Field(() => Int, { description: 'Activities of this phase and method dated inside the window' })
  activities: number;

  @Field(() => FeedbackSummary, { description: 'Over all responses to those activities' })
  feedback: FeedbackSummary;

  @Field(() => Int, { description: 'Distinct hard-to-reach groups heard in those activities, as coverage counts it' })
  hardToReachGroupsHeard: number;
}
