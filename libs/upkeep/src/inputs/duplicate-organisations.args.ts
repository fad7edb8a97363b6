import { Transform } from 'class-transformer';
import { ArgsType, Field, Float } from '@nestjs/graphql';
import { IsNumber, Max, Min } from 'class-validator';
import { PageSize } from '@sidos/common';

/** Below it, names that merely share common words would all pair up (and the search would cost a lot). */
export const MIN_DUPLICATE_THRESHOLD = 0.4;

@ArgsType()
export class DuplicateOrganisationsArgs {
  @Field(() => Float, { nullable: true, defaultValue: 0.6, description: 'Trigram similarity of the names (0.4–1) from which a pair is listed' })
  @Transform(({ value }: { value: unknown }) => (value === null ? 0.6 : value))
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(MIN_DUPLICATE_THRESHOLD)
  @Max(1)
  threshold: number = 0.6;

  @PageSize()
  first: number = 50;
}
