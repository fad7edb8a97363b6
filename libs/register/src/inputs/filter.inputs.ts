import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from '@nestjs/graphql';
import { idListRules, Rules, searchRules, SHORT_TEXT_MAX_LENGTH, TrimToNull } from '@sidos/common';
import { Language, LawfulBasis, OrganisationType } from '../enums/register.enums.js';

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

  @Field(() => String, { nullable: true, description: 'The municipality, exactly but case-insensitively ("helsinki" finds "Helsinki"); blank means any.' })
  @Rules(TrimToNull(), IsOptional(), IsString(), MaxLength(SHORT_TEXT_MAX_LENGTH))
  municipality?: string | null;

  @Field(() => [Language], { nullable: true, description: 'Organisations that use any of these languages; an empty list matches none.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(Language, { each: true })
  languages?: Language[] | null;
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

  @Field(() => [LawfulBasis], { nullable: true, description: 'Contacts kept on any of these lawful bases; an empty list matches none.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(LawfulBasis, { each: true })
  lawfulBasis?: LawfulBasis[] | null;
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
