import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Contact, Organisation, StakeholderGroup } from '@sidos/register';

/** One party that could be invited to close a gap; its group, organisation and contact are read with it (plain read objects). */
@ObjectType('InvitationSuggestion', { description: 'One party that could be invited to close a gap. Exactly one of organisation and contact is set.' })
export class InvitationSuggestion {
  @Field(() => StakeholderGroup, { description: 'The unreached group it belongs to' })
  group: StakeholderGroup;

  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => Contact, { nullable: true })
  contact: Contact | null;

  @Field(() => Int, { description: 'Its INVITED records in activities dated in the calendar quarter of the reference date D' })
  invitationsThisQuarter: number;

  @Field(() => Int, { description: 'Its INVITED records in activities dated from D-364 to D' })
  invitationsLast12Months: number;

  @Field({ description: 'Its preferences state maxInvitationsPerQuarter and invitationsThisQuarter >= it' })
  overLimit: boolean;

  @Field({ description: "An activity was given, and its method is in the party's preferred methods or its mode in the preferred modes" })
  matchesPreferences: boolean;
}
