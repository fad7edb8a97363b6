import { Transform } from 'class-transformer';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageSize } from '@sidos/common';

const MAX_MONTHS = 1200;

@ArgsType()
export class RetentionReviewArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'CONSENT given longer ago than this needs a look; defaults to RETENTION_CONSENT_MONTHS (24 unless configured)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MONTHS)
  consentOlderThanMonths?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 24, description: 'No engagement in this many months (and in the register longer) needs a look' })
  @Transform(({ value }: { value: unknown }) => (value === null ? 24 : value))
  @IsInt()
  @Min(1)
  @Max(MAX_MONTHS)
  inactiveMonths: number = 24;

  @PageSize()
  first: number = 50;
}
