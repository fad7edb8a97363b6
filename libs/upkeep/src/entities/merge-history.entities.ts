import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Engagement } from '@sidos/engagement';
import { GroupOrganisation, Organisation, StakeholderGroup } from '@sidos/register';

/**
 * An engagement that a merge moved from a source to the target, with the organisation it was recorded
 * with. Coverage counts the record as that party (its id and its memberships), so that a merge changes
 * no coverage answer; the engagement itself answers the target as its organisation.
 */
@Entity({ tableName: 'moved_engagement' })
export class MovedEngagement {
  @OneToOne(() => Engagement, { primary: true, owner: true, ref: true, deleteRule: 'cascade' })
  engagement: Ref<Engagement>;

  @ManyToOne(() => Organisation, { ref: true, index: true, deleteRule: 'restrict', updateRule: 'cascade' })
  recordedOrganisation: Ref<Organisation>;

  @Property({ type: 'timestamptz' })
  movedAt: Date;
}

/**
 * A stakeholder group membership that an organisation held when it was merged into another (its live
 * membership moved to the target). Coverage still matches the engagements recorded with the merged
 * organisation by it.
 */
@Entity({ tableName: 'merged_membership' })
export class MergedMembership {
  [OptionalProps]?: 'countsFrom';

  @ManyToOne(() => StakeholderGroup, { primary: true, ref: true, deleteRule: 'cascade' })
  group: Ref<StakeholderGroup>;

  @ManyToOne(() => Organisation, { primary: true, ref: true, index: true, deleteRule: 'cascade' })
  organisation: Ref<Organisation>;

  /** Set when the merged organisation had itself inherited the membership: it counted for engagements recorded from then on. */
  @Property({ type: 'timestamptz', nullable: true })
  countsFrom: Date | null = null;
}

/**
 * Marks a membership that the target of a merge gained from a source. It counts in coverage for the
 * target's engagements recorded from `inheritedAt` on, so the target's earlier engagements keep matching
 * the groups they matched before the merge. Removing the membership removes the mark with it.
 */
@Entity({ tableName: 'inherited_membership' })
export class InheritedMembership {
  @OneToOne(() => GroupOrganisation, { primary: true, owner: true, ref: true, deleteRule: 'cascade', joinColumns: ['group_id', 'organisation_id'] })
  membership: Ref<GroupOrganisation>;

  @Property({ type: 'timestamptz' })
  inheritedAt: Date;
}
