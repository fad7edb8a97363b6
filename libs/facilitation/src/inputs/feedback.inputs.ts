import { Type } from 'class-transformer';
import { IsArray } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

/**
 * One participant's answer. Its rules (rating 1..5, comment at most 2,000 characters, a known group) are
 * checked by FeedbackService together with the references, so that every bad field is listed at once.
 */
@InputType()
export class FeedbackResponseInput {
  @Field(() => Int, { description: '1..5' })
  rating: number;

  @Field(() => Boolean, { nullable: true })
  wouldTakePartAgain?: boolean | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters; trimmed, and an empty comment counts as none' })
  comment?: string | null;

  @Field(() => ID, { nullable: true, description: 'The stakeholder group the respondent said they belong to' })
  groupId?: string | null;
}

/** 1..5000 responses, all written or none. */
@ArgsType()
export class RecordFeedbackArgs {
  @Field(() => ID)
  activityId: string;

  @Field(() => [FeedbackResponseInput])
  @IsArray()
  @Type(() => FeedbackResponseInput)
  responses: FeedbackResponseInput[];
}
