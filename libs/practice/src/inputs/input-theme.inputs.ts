import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from '@nestjs/graphql';
import { idListRules, LONG_TEXT_MAX_LENGTH, NAME_MAX_LENGTH, OptionalButNotNull, Rules, Trim, TrimToNull, UpdateInputOf } from '@sidos/common';
import { ThemeResponse } from '../enums/practice.enums.js';

const titleRules = (): PropertyDecorator[] => [Trim(), IsString(), IsNotEmpty(), MaxLength(NAME_MAX_LENGTH)];
const textRules = (): PropertyDecorator[] => [TrimToNull(), IsOptional(), IsString(), MaxLength(LONG_TEXT_MAX_LENGTH)];

@InputType()
export class CreateInputThemeInput {
  @Field(() => ID)
  @IsString()
  consultationId: string;

  @Field()
  @Rules(...titleRules())
  title: string;

  @Field(() => String, { nullable: true })
  @Rules(...textRules())
  summary?: string | null;

  @Field(() => ThemeResponse, { nullable: true, defaultValue: ThemeResponse.UNDER_CONSIDERATION })
  @IsOptional()
  @IsEnum(ThemeResponse)
  response?: ThemeResponse | null;

  @Field(() => String, { nullable: true })
  @Rules(...textRules())
  responseText?: string | null;

  /** Each must be a heard record of an activity of this consultation; otherwise BAD_USER_INPUT at raisedByEngagementIds.N. */
  @Field(() => [ID], { nullable: true })
  @Rules(...idListRules())
  raisedByEngagementIds?: string[] | null;
}

/** Only the fields given change; `raisedByEngagementIds`, when given, replaces the list. The consultation does not change. */
@InputType()
export class UpdateInputThemeInput extends UpdateInputOf(CreateInputThemeInput, ['consultationId', 'response']) {
  @Field(() => ThemeResponse, { nullable: true })
  @Rules(OptionalButNotNull(), IsEnum(ThemeResponse))
  response?: ThemeResponse;
}
