import { Field, ID, InputType } from '@nestjs/graphql';
import { UpdateInputOf } from '@sidos/common';
import { Language, OrganisationType } from '../enums/register.enums.js';
import { registerFieldRules as rules, Rules } from './register-field-rules.js';

@InputType()
export class CreateOrganisationInput {
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
  @Rules(...rules.businessId())
  businessId?: string | null;

  @Field(() => OrganisationType)
  @Rules(...rules.type())
  type: OrganisationType;

  @Field(() => [Language], { nullable: true })
  @Rules(...rules.languages())
  languages?: Language[] | null;

  @Field(() => String, { nullable: true })
  @Rules(...rules.municipality())
  municipality?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...rules.website())
  website?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...rules.email())
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...rules.notes())
  notes?: string | null;

  @Field(() => [ID], { nullable: true })
  @Rules(...rules.ids())
  policyAreaIds?: string[] | null;
}

/** Only the fields given change; an optional text given as null or "" is cleared; name and type may not be null. */
@InputType()
export class UpdateOrganisationInput extends UpdateInputOf(CreateOrganisationInput) {}
