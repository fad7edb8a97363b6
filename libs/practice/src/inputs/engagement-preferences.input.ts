import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { idListRules, LONG_TEXT_MAX_LENGTH, Rules, TrimToNull } from '@sidos/common';
import { EngagementMethod, EngagementMode } from '@sidos/engagement';
import { Language } from '@sidos/register';

/** The most invitations a stakeholder may ask for in a calendar quarter: one a week. */
export const MAX_INVITATIONS_PER_QUARTER = 52;

const enumListRules = (values: object): PropertyDecorator[] => [IsOptional(), IsArray(), ArrayMaxSize(50), IsEnum(values, { each: true })];
const textRules = (): PropertyDecorator[] => [TrimToNull(), IsOptional(), IsString(), MaxLength(LONG_TEXT_MAX_LENGTH)];

/** What a stakeholder wishes, as a whole: setEngagementPreferences replaces what was there. */
@InputType()
export class EngagementPreferencesInput {
  @Field(() => [EngagementMethod], { nullable: true })
  @Rules(...enumListRules(EngagementMethod))
  methods?: EngagementMethod[] | null;

  @Field(() => [EngagementMode], { nullable: true })
  @Rules(...enumListRules(EngagementMode))
  modes?: EngagementMode[] | null;

  @Field(() => [Language], { nullable: true })
  @Rules(...enumListRules(Language))
  languages?: Language[] | null;

  @Field(() => [ID], { nullable: true })
  @Rules(...idListRules())
  policyAreaIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @Rules(...textRules())
  accessibilityNeeds?: string | null;

  @Field(() => Int, { nullable: true, description: '1..52' })
  @Rules(IsOptional(), IsInt(), Min(1), Max(MAX_INVITATIONS_PER_QUARTER))
  maxInvitationsPerQuarter?: number | null;

  @Field(() => String, { nullable: true })
  @Rules(...textRules())
  notes?: string | null;
}

/** The arguments of setEngagementPreferences: validated as one, so that a null `preferences` stays null (it clears them). */
@ArgsType()
export class SetEngagementPreferencesArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  contactId?: string | null;

  @Field(() => EngagementPreferencesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementPreferencesInput)
  preferences?: EngagementPreferencesInput | null;
}
