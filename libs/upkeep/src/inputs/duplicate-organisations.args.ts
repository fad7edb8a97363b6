import { Transform } from 'class-transformer';
import { ArgsType, Field, Float } from '@nestjs/graphql';
import { IsNumber, Max, Min } from 'class-validator';
import { PageArgs, PageSize, Rules } from '@sidos/common';

/** Below it, names that merely share common words would all pair up (and the search would cost a lot). */
export const MIN_DUPLICATE_THRESHOLD = 0.4;

/** `threshold`: trigram similarity of the names (0.4–1) from which a pair is listed; 0.6 when left out or null. */
function Threshold(): PropertyDecorator {
  return Rules(
    Field(() => Float, { nullable: true, defaultValue: 0.6, description: 'Trigram similarity of the names (0.4–1) from which a pair is listed' }),
    Transform(({ value }: { value: unknown }) => (value === null ? 0.6 : value)),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(MIN_DUPLICATE_THRESHOLD),
    Max(1),
  );
}

@ArgsType()
export class DuplicateOrganisationsArgs {
  @Threshold()
  threshold: number = 0.6;

  @PageSize()
  first: number = 50;
}

/** The arguments of `duplicateOrganisationsConnection`: the threshold and Relay paging (first/after, last/before). */
@ArgsType()
export class DuplicateOrganisationsConnectionArgs extends PageArgs {
  @Threshold()
  threshold: number = 0.6;
}
