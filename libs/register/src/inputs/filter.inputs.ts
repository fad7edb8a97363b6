import { IsArray, IsBoolean, IsEnum, IsOptional, IsString } from 'class-validator';
import { Field, ID, InputType } from '@nestjs/graphql';
import { idListRules, Rules, searchRules } from '@sidos/common';
import { OrganisationType } from '../enums/register.enums.js';

/** `search` matches case- and accent-insensitively anywhere in the names (all languages) and the business ID. */
@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true })
  @Rules(...searchRules())
  search?: string | null;

  @Field(() => [OrganisationType], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(OrganisationType, { each: true })
  types?: OrganisationType[] | null;

  @Field(() => [ID], { nullable: true })
  @Rules(...idListRules())
  policyAreaIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @Rules(...idListRules())
  groupIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean | null;
}

@InputType()
export class ContactFilter {
  /** Names and email. */
  @Field(() => String, { nullable: true })
  @Rules(...searchRules())
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  organisationId?: string | null;

  @Field(() => [ID], { nullable: true })
  @Rules(...idListRules())
  groupIds?: string[] | null;
}

/** `search` matches case- and accent-insensitively anywhere in the names (Finnish, Swedish, English) and the description. */
@InputType()
export class StakeholderGroupFilter {
  @Field(() => String, { nullable: true })
  @Rules(...searchRules())
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  hardToReach?: boolean | null;
}
