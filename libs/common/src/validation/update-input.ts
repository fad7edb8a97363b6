import { type Type } from '@nestjs/common';
import { OmitType, PartialType } from '@nestjs/graphql';

/**
 * The update input of a create input, with the create input's rules: every field optional (nullable in the
 * schema, no default value). A field left out is not validated; a field given is validated by the create
 * input's rules, so null on a field that cannot be empty (a name, a type) is refused as OptionalButNotNull
 * refuses it, while a field the create input lets be null (IsOptional) is cleared with null. `omitted`: the
 * create-only fields (a ministry, a parent id) and those the update input declares itself with other rules.
 */
export function UpdateInputOf<T, K extends keyof T = never>(create: Type<T>, omitted: readonly K[] = []): Type<Partial<Omit<T, K>>> {
  return PartialType(OmitType(create, omitted), { skipNullProperties: false, omitDefaultValues: true });
}
