import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { OptionalButNotNull, optionalNameRules, requiredNameRules, Rules, Trim } from '@sidos/common';
import { POLICY_AREA_CODE_MESSAGE, POLICY_AREA_CODE_PATTERN } from './create-policy-area.input.js';

/** Only the fields given change, each validated as createPolicyArea validates it. */
@InputType()
export class UpdatePolicyAreaInput {
  @Field(() => String, { nullable: true })
  @Rules(OptionalButNotNull(), Trim(), IsString(), Matches(POLICY_AREA_CODE_PATTERN, { message: POLICY_AREA_CODE_MESSAGE }), MaxLength(100))
  code?: string;

  @Field(() => String, { nullable: true })
  @Rules(OptionalButNotNull(), ...requiredNameRules())
  name?: string;

  @Field(() => String, { nullable: true })
  @Rules(...optionalNameRules())
  nameSv?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...optionalNameRules())
  nameEn?: string | null;
}
