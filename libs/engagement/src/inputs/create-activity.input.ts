import { IsEnum, IsString } from 'class-validator';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@sidos/common';
import { EngagementMethod, EngagementMode, PreparationPhase } from '../enums/engagement.enums.js';
import { engagementFieldRules as rules, Rules } from './engagement-field-rules.js';

@InputType()
export class CreateActivityInput {
  @Field(() => ID)
  @IsString()
  consultationId: string;

  @Field()
  @Rules(...rules.title())
  title: string;

  @Field(() => EngagementMethod)
  @IsEnum(EngagementMethod)
  method: EngagementMethod;

  @Field(() => EngagementMode)
  @IsEnum(EngagementMode)
  mode: EngagementMode;

  @Field(() => PreparationPhase)
  @IsEnum(PreparationPhase)
  phase: PreparationPhase;

  @Field(() => DateScalar)
  @IsString()
  date: string;

  /** Total attendance, people who were not identified included; on update, null clears it. */
  @Field(() => Int, { nullable: true, description: 'Total attendance, people who were not identified included; on update, null clears it' })
  @Rules(...rules.participantCount())
  participantCount?: number | null;
}
