import { Transform } from 'class-transformer';
import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { type ListOrder, ListOrderInput, OrderByArgument, PageArgs, PageSize, Rules } from '@sidos/common';

const MAX_MONTHS = 1200;

/** `consentOlderThanMonths`: optional (the configured RETENTION_CONSENT_MONTHS then), 1 to 1200. */
function ConsentOlderThanMonths(): PropertyDecorator {
  return Rules(
    Field(() => Int, {
      nullable: true,
      description: 'CONSENT given longer ago than this needs a look; defaults to RETENTION_CONSENT_MONTHS (24 unless configured)',
    }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(MAX_MONTHS),
  );
}

/** `inactiveMonths`: 24 when left out or null, 1 to 1200. */
function InactiveMonths(): PropertyDecorator {
  return Rules(
    Field(() => Int, { nullable: true, defaultValue: 24, description: 'No engagement in this many months (and in the register longer) needs a look' }),
    Transform(({ value }: { value: unknown }) => (value === null ? 24 : value)),
    IsInt(),
    Min(1),
    Max(MAX_MONTHS),
  );
}

@ArgsType()
export class RetentionReviewArgs {
  @ConsentOlderThanMonths()
  consentOlderThanMonths?: number | null;

  @InactiveMonths()
  inactiveMonths: number = 24;

  @PageSize()
  first: number = 50;
}

/** What the retention review can be ordered by. */
export enum RetentionReviewOrderField {
  NAME = 'NAME',
  CREATED = 'CREATED',
}

registerEnumType(RetentionReviewOrderField, {
  name: 'RetentionReviewOrderField',
  description: 'What the retention review is ordered by (ties by the contact id).',
  valuesMap: {
    NAME: { description: "The contact's last name, then first name, case-insensitively." },
    CREATED: { description: 'When the contact was entered in the register (createdAt): ASC lists the longest held first.' },
  },
});

export const RetentionReviewOrder = ListOrderInput(RetentionReviewOrderField, 'RetentionReview', 'An order of the retention review.');
export type RetentionReviewOrder = ListOrder<RetentionReviewOrderField>;

/** The arguments of `contactsForRetentionReviewConnection`: the review's limits, an order and Relay paging (first/after, last/before). */
@ArgsType()
export class RetentionReviewConnectionArgs extends PageArgs {
  @ConsentOlderThanMonths()
  consentOlderThanMonths?: number | null;

  @InactiveMonths()
  inactiveMonths: number = 24;

  @OrderByArgument(RetentionReviewOrder, 'By name (NAME ASC) when left out.')
  orderBy?: RetentionReviewOrder | null;
}
