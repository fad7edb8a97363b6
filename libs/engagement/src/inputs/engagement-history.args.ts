import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { type ListOrder, ListOrderInput, OrderByArgument, PageArgs } from '@sidos/common';

/** What an organisation's or a contact's engagement history can be ordered by. */
export enum EngagementOrderField {
  ACTIVITY_DATE = 'ACTIVITY_DATE',
  CREATED = 'CREATED',
}

registerEnumType(EngagementOrderField, {
  name: 'EngagementOrderField',
  description: 'What an engagement history is ordered by (ties by id).',
  valuesMap: {
    ACTIVITY_DATE: { description: "The date of the record's activity, then when the record was made." },
    CREATED: { description: 'When the record was made (createdAt).' },
  },
});

export const EngagementOrder = ListOrderInput(EngagementOrderField, 'Engagement', 'An order of an engagement history.');
export type EngagementOrder = ListOrder<EngagementOrderField>;

/** The arguments of `Organisation.engagements` and `Contact.engagements`. */
@ArgsType()
export class EngagementHistoryArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also the records voided as made by mistake (voidEngagements); left out by default, as they count nowhere.',
  })
  @IsOptional()
  @IsBoolean()
  includeVoided?: boolean | null;

  @OrderByArgument(EngagementOrder, 'Newest activity first (ACTIVITY_DATE DESC) when left out.')
  orderBy?: EngagementOrder | null;
}
