import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs, Rules, searchRules } from '@sidos/common';
import { ContactFilter, OrganisationFilter, StakeholderGroupFilter } from './filter.inputs.js';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationFilter)
  filter?: OrganisationFilter | null;
}

@ArgsType()
export class ContactsArgs extends PageArgs {
  @Field(() => ContactFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactFilter)
  filter?: ContactFilter | null;
}

@ArgsType()
export class StakeholderGroupsArgs extends PageArgs {
  @Field(() => StakeholderGroupFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StakeholderGroupFilter)
  filter?: StakeholderGroupFilter | null;
}

@ArgsType()
export class PolicyAreasArgs {
  @Field(() => String, { nullable: true, description: 'Words of a name in any language (Finnish, Swedish, English); case and accents do not matter.' })
  @Rules(...searchRules())
  search?: string | null;
}
