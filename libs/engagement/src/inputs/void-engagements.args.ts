import { ArrayMaxSize, IsArray, IsString } from 'class-validator';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { requiredNameRules, Rules, LONG_TEXT_MAX_LENGTH } from '@sidos/common';
import { RECORDS_PER_CALL_MAX } from './engagement-record.inputs.js';

/** The records to void, all or none, and why. */
@ArgsType()
export class VoidEngagementsArgs {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(RECORDS_PER_CALL_MAX)
  @IsString({ each: true })
  ids: string[];

  /** Why they were recorded by mistake: kept with each record. */
  @Field({ description: 'Why the records were recorded by mistake: kept with each record' })
  @Rules(...requiredNameRules(LONG_TEXT_MAX_LENGTH))
  reason: string;
}
