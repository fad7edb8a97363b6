import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { optionalNameRules, requiredNameRules, Rules, Trim } from '@sidos/common';

@InputType()
export class CreatePolicyAreaInput {
  @Field()
  @Trim()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens, e.g. "labour-market"' })
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
