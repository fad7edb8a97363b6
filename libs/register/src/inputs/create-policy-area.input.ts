import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { optionalNameRules, requiredNameRules, Rules, Trim } from '@sidos/common';

/** A policy area's code: lower-case words joined by hyphens. */
export const POLICY_AREA_CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const POLICY_AREA_CODE_MESSAGE = 'must be lower-case words joined by hyphens, e.g. "labour-market"';

@InputType()
export class CreatePolicyAreaInput {
  @Field()
  @Trim()
  @IsString()
  @Matches(POLICY_AREA_CODE_PATTERN, { message: POLICY_AREA_CODE_MESSAGE })
  @MaxLength(100)
  code: string;

  @Field()
  @Rules(...requiredNameRules())
  name: string;

  @Field(() => String, { nullable: true })
  @Rules(...optionalNameRules())
  nameSv?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...optionalNameRules())
  nameEn?: string | null;
}
