import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sidos/common';

/**
 * One period in which an organisation or a contact (exactly one is set) belonged to a group: the days
 * from `since` up to, not including, `until`. A read object of a group_organisation or group_contact row;
 * its group, organisation and contact resolve by id (GroupMembershipFieldsResolver).
 */
@ObjectType('GroupMembership')
export class GroupMembership {
  id: string;
  groupId: string;
  organisationId: string | null;
  contactId: string | null;

  /** Null: a member from before the register's history. */
  @Field(() => DateScalar, { nullable: true })
  since: string | null;

  /** The first day it no longer holds; null while it lasts. */
  @Field(() => DateScalar, { nullable: true })
  until: string | null;
}
