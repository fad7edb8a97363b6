import { IsEnum, IsString } from 'class-validator';
import { Field, InputType, Int } from '@nestjs/graphql';
import { DateScalar, OptionalButNotNull } from '@sidos/common';
import { EngagementMethod, EngagementMode, PreparationPhase } from '../enums/engagement.enums.js';
import { engagementFieldRules as rules, Rules } from './engagement-field-rules.js';

/** Only the fields given change, each validated as createActivity validates it; an activity never moves to another consultation. */
@InputType()
export class UpdateActivityInput {
  @Field(() => String, { nullable: true })
  @Rules(OptionalButNotNull(), ...rules.title())
  title?: string;

  @Field(() => EngagementMethod, { nullable: true })
  @Rules(OptionalButNotNull(), IsEnum(EngagementMethod))
  method?: EngagementMethod;

  @Field(() => EngagementMode, { nullable: true })
  @Rules(OptionalButNotNull(), IsEnum(EngagementMode))
  mode?: EngagementMode;

  @Field(() => PreparationPhase, { nullable: true })
  @Rules(OptionalButNotNull(), IsEnum(PreparationPhase))
  phase?: PreparationPhase;

  @Field(() => DateScalar, { nullable: true })
  @Rules(OptionalButNotNull(), IsString())
  date?: string;

  /** Total attendance, people who were not identified included; null clears it. */
  @Field(() => Int, { nullable: true, description: 'Total attendance, people who were not identified included; null clears it' })
  @Rules(...rules.participantCount())
  participantCount?: number | null;
}
