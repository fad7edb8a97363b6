import { Transform } from 'class-transformer';
import { ArgsType, Field, Float, InputType, registerEnumType } from '@nestjs/graphql';
import { Equals, IsEnum, IsNumber, Max, Min } from 'class-validator';
import { OrderByArgument, OrderDirection, PageArgs, PageSize, Rules } from '@sidos/common';

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

/** What the likely duplicates are ordered by. */
export enum DuplicateCandidateOrderField {
  SIMILARITY = 'SIMILARITY',
}

registerEnumType(DuplicateCandidateOrderField, {
  name: 'DuplicateCandidateOrderField',
  description: 'What the likely duplicates are ordered by.',
  valuesMap: {
    SIMILARITY: {
      description: "How alike the pair is (the same business ID scores 1), then the older organisation's name and the newer one's, then their ids.",
    },
  },
});

/**
 * The order of the likely duplicates: best first, the one order an upkeep view works through (the search builds
 * the pairs from the best score down, so that a page costs what the pairs above it cost, never the whole register).
 */
@InputType('DuplicateCandidateOrder', { description: 'An order of the likely duplicates: best first (SIMILARITY DESC), the only direction.' })
export class DuplicateCandidateOrder {
  @Field(() => DuplicateCandidateOrderField, { defaultValue: DuplicateCandidateOrderField.SIMILARITY })
  @IsEnum(DuplicateCandidateOrderField)
  field: DuplicateCandidateOrderField = DuplicateCandidateOrderField.SIMILARITY;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  @Equals(OrderDirection.DESC, { message: 'must be DESC: likely duplicates are listed best first only' })
  direction: OrderDirection = OrderDirection.DESC;
}

/** The arguments of `duplicateOrganisationsConnection`: the threshold, the order and Relay paging (first/after, last/before). */
@ArgsType()
export class DuplicateOrganisationsConnectionArgs extends PageArgs {
  @Threshold()
  threshold: number = 0.6;

  @OrderByArgument(DuplicateCandidateOrder, 'Best first (SIMILARITY DESC) when left out; the only order.')
  orderBy?: DuplicateCandidateOrder | null;
}
