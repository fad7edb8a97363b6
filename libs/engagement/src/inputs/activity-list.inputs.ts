import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, idListRules, IsNotBefore, type ListOrder, ListOrderInput, OrderByArgument, PageArgs, Rules } from '@sidos/common';
import { EngagementMethod, PreparationPhase } from '../enums/engagement.enums.js';

/** The activities list's filter: every field given must hold; an unknown id matches nothing, an empty list none. */
@InputType({ description: 'Every field given must hold. An unknown consultation id matches nothing; an empty list matches none.' })
export class ActivityFilter {
  @Field(() => ID, { nullable: true, description: 'Activities of this consultation.' })
  @IsOptional()
  @IsString()
  consultationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Activities of any of these consultations.' })
  @Rules(...idListRules())
  consultationIds?: string[] | null;

  @Field(() => [EngagementMethod], { nullable: true, description: 'Activities of any of these methods.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(EngagementMethod, { each: true })
  methods?: EngagementMethod[] | null;

  @Field(() => [PreparationPhase], { nullable: true, description: 'Activities in any of these phases.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(PreparationPhase, { each: true })
  phases?: PreparationPhase[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Activities dated on this day or later.' })
  @IsOptional()
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Activities dated on this day or earlier (not before dateFrom).' })
  @IsOptional()
  @IsNotBefore('dateFrom')
  dateTo?: string | null;
}

/** What the activities list can be ordered by. */
export enum ActivityOrderField {
  DATE = 'DATE',
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  TITLE = 'TITLE',
}

registerEnumType(ActivityOrderField, {
  name: 'ActivityOrderField',
  description: 'What the activities list is ordered by (ties by id).',
  valuesMap: {
    DATE: { description: 'The date of the activity, then when the record was created.' },
    CREATED: { description: 'When the record was created (createdAt).' },
    UPDATED: { description: 'When the record was last changed (updatedAt): a correction with updateActivity changes it.' },
    TITLE: { description: 'The title, case-insensitively.' },
  },
});

export const ActivityOrder = ListOrderInput(ActivityOrderField, 'Activity', 'An order of the activities list.');
export type ActivityOrder = ListOrder<ActivityOrderField>;

@ArgsType()
export class ActivitiesArgs extends PageArgs {
  @Field(() => ActivityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityFilter)
  filter?: ActivityFilter | null;

  @OrderByArgument(ActivityOrder, 'Newest first (DATE DESC) when left out.')
  orderBy?: ActivityOrder | null;
}
