import { Transform } from 'class-transformer';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Rules } from '../validation/validators.js';

export const MAX_PAGE_SIZE = 200;

/** The `first` argument of a list: 0 to MAX_PAGE_SIZE, 50 when left out or null. */
export function PageSize(): PropertyDecorator {
  return Rules(
    Field(() => Int, { nullable: true, defaultValue: 50 }),
    Transform(({ value }: { value: unknown }) => (value === null ? 50 : value)),
    IsInt(),
    Min(0),
    Max(MAX_PAGE_SIZE),
  );
}

@ArgsType()
export class PageArgs {
  @PageSize()
  first: number = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  after?: string | null;
}
