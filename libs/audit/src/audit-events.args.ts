import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '@sidos/common';

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string | null;
}
