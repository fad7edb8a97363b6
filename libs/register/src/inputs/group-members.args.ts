import { ArgsType, registerEnumType } from '@nestjs/graphql';
import { type ListOrder, ListOrderInput, OrderByArgument, PageArgs } from '@sidos/common';

/** What a group's member connections can be ordered by. */
export enum GroupMemberOrderField {
  NAME = 'NAME',
  SINCE = 'SINCE',
}

registerEnumType(GroupMemberOrderField, {
  name: 'GroupMemberOrderField',
  description: "What a group's members are ordered by (ties by the member's id).",
  valuesMap: {
    NAME: { description: "The member's name, case-insensitively (an organisation's Finnish name; a contact's last name, then first name)." },
    SINCE: { description: "When the current membership started (since); members from before the register's history (no since) first in ASC, last in DESC." },
  },
});

export const GroupMemberOrder = ListOrderInput(GroupMemberOrderField, 'GroupMember', "An order of a group's members.");
export type GroupMemberOrder = ListOrder<GroupMemberOrderField>;

/** The arguments of `StakeholderGroup.organisationMembers` and `.contactMembers`. */
@ArgsType()
export class GroupMembersArgs extends PageArgs {
  @OrderByArgument(GroupMemberOrder, 'By name (NAME ASC) when left out.')
  orderBy?: GroupMemberOrder | null;
}
