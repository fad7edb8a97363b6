import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar, LONG_TEXT_MAX_LENGTH, OptionalButNotNull, TrimToNull, UpdateInputOf } from '@sidos/common';
import { registerFieldRules as rules, Rules } from './register-field-rules.js';

const SPECIAL_CATEGORY = 'Membership reveals special-category data (GDPR Art. 9): contact members for EDITOR and ADMIN only.';

const longText = () => [TrimToNull(), IsOptional(), IsString(), MaxLength(LONG_TEXT_MAX_LENGTH)];

@InputType()
export class CreateStakeholderGroupInput {
  @Field()
  @Rules(...rules.requiredName())
  name: string;

  @Field(() => String, { nullable: true })
  @Rules(...rules.optionalName())
  nameSv?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...rules.optionalName())
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...longText())
  description?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  hardToReach?: boolean | null;

  @Field(() => String, { nullable: true })
  @Rules(...longText())
  reachNotes?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: SPECIAL_CATEGORY })
  @IsOptional()
  @IsBoolean()
  specialCategory?: boolean | null;
}

/** Only the fields given change; hardToReach and specialCategory may not be null (no default as on create). */
@InputType()
export class UpdateStakeholderGroupInput extends UpdateInputOf(CreateStakeholderGroupInput, ['hardToReach', 'specialCategory']) {
  @Field(() => Boolean, { nullable: true })
  @Rules(OptionalButNotNull(), IsBoolean())
  hardToReach?: boolean;

  @Field(() => Boolean, { nullable: true, description: SPECIAL_CATEGORY })
  @Rules(OptionalButNotNull(), IsBoolean())
  specialCategory?: boolean;
}

@ArgsType()
export class GroupMembersArgs {
  @Field(() => ID)
  @IsString()
  groupId: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  organisationIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  contactIds?: string[] | null;
}

@ArgsType()
export class AddGroupMembersArgs extends GroupMembersArgs {
  /** The first day of the new memberships; null: members from before the register's history. */
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  since?: string | null;
}

@ArgsType()
export class RemoveGroupMembersArgs extends GroupMembersArgs {
  /** The first day the memberships no longer hold; null: today in Finnish time. */
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  until?: string | null;
}
