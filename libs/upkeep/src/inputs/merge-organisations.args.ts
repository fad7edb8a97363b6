import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class MergeOrganisationsArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  targetId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  sourceIds: string[];
}
