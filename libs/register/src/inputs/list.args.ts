import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@sidos/common';
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
