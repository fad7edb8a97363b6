import { Type as TransformType } from 'class-transformer';
import { type Type } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { OrderDirection } from './order-direction.enum.js';

/** A list's `orderBy`: one of its order fields, and which way. */
export interface ListOrder<F extends string> {
  field: F;
  direction: OrderDirection;
}

/**
 * The GraphQL input `<name>Order { field: <name>OrderField!, direction: OrderDirection! = ASC }` of one list.
 * `fieldEnum` is the list's field enum, registered (registerEnumType) as `<name>OrderField`.
 */
export function ListOrderInput<F extends string>(fieldEnum: Record<string, F>, name: string, description: string): Type<ListOrder<F>> {
  @InputType(`${name}Order`, { description })
  class ListOrderClass implements ListOrder<F> {
    @Field(() => fieldEnum, { description: 'What the list is ordered by; ties go by id.' })
    @IsEnum(fieldEnum)
    field: F;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    @IsEnum(OrderDirection)
    direction: OrderDirection = OrderDirection.ASC;
  }
  return ListOrderClass;
}

/** A list's optional `orderBy` argument of the `<name>Order` input `type` (see ListOrderInput), validated as a nested input. */
export function OrderByArgument(type: Type<ListOrder<string>>, description: string): PropertyDecorator {
  return (target, property) => {
    Field(() => type, { nullable: true, description })(target, property);
    IsOptional()(target, property);
    ValidateNested()(target, property);
    TransformType(() => type)(target, property);
  };
}
