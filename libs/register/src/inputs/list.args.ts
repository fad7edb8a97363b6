import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { OrderByArgument, PageArgs, Rules, searchRules } from '@sidos/common';
import { ContactFilter, OrganisationFilter, StakeholderGroupFilter } from './filter.inputs.js';
import { ContactOrder, OrganisationOrder, StakeholderGroupOrder } from './list-order.inputs.js';

const RELEVANCE_FIRST = 'When searching, by relevance unless an orderBy is given';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationFilter)
  filter?: OrganisationFilter | null;

  @OrderByArgument(OrganisationOrder, `${RELEVANCE_FIRST}; else by name (NAME ASC) when left out.`)
  orderBy?: OrganisationOrder | null;
}

@ArgsType()
export class ContactsArgs extends PageArgs {
  @Field(() => ContactFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactFilter)
  filter?: ContactFilter | null;

  @OrderByArgument(ContactOrder, `${RELEVANCE_FIRST}; else by last and first name (NAME ASC) when left out.`)
  orderBy?: ContactOrder | null;
}

@ArgsType()
export class StakeholderGroupsArgs extends PageArgs {
  @Field(() => StakeholderGroupFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StakeholderGroupFilter)
  filter?: StakeholderGroupFilter | null;

  @OrderByArgument(StakeholderGroupOrder, `${RELEVANCE_FIRST}; else by name (NAME ASC) when left out.`)
  orderBy?: StakeholderGroupOrder | null;
}

@ArgsType()
export class PolicyAreasArgs {
  @Field(() => String, { nullable: true, description: 'Words of a name in any language (Finnish, Swedish, English); case and accents do not matter.' })
  @Rules(...searchRules())
  search?: string | null;
}
