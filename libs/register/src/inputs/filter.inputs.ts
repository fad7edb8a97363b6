import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from '@nestjs/graphql';
import { TrimToNull } from '@sidos/common';
import { OrganisationType } from '../enums/register.enums';

const SEARCH_MAX_LENGTH = 200;

/** `search` matches case- and accent-insensitively anywhere in the names (all languages) and the business ID. */
@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;

  @Field(() => [OrganisationType], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(OrganisationType, { each: true })
  types?: OrganisationType[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  policyAreaIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
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
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  organisationId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  groupIds?: string[] | null;
}

@InputType()
export class StakeholderGroupFilter {
  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  hardToReach?: boolean | null;
}
