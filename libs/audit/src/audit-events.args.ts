import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { type ListOrder, ListOrderInput, OrderByArgument, PageArgs } from '@sidos/common';

/** What the audit trail can be ordered by. */
export enum AuditEventOrderField {
  AT = 'AT',
}

registerEnumType(AuditEventOrderField, {
  name: 'AuditEventOrderField',
  description: 'What the audit trail is ordered by (ties by id).',
  valuesMap: { AT: { description: 'When the change was made (at).' } },
});

export const AuditEventOrder = ListOrderInput(AuditEventOrderField, 'AuditEvent', 'An order of the audit trail.');
export type AuditEventOrder = ListOrder<AuditEventOrderField>;

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string | null;

  @OrderByArgument(AuditEventOrder, 'Newest first (in the order the events were written) when left out.')
  orderBy?: AuditEventOrder | null;
}
