import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { PageSize } from '@sidos/common';

@ArgsType()
export class InvitationSuggestionsArgs {
  @Field(() => ID)
  @IsString()
  consultationId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  activityId?: string | null;

  /** 0..200: caps the whole list. */
  @PageSize()
  first: number = 50;
}
