import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Engagement } from '@sidos/engagement';
import { Organisation, StakeholderGroup } from '@sidos/register';

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
 * A period of a stakeholder group membership that an organisation held when it was merged into another
 * (its live periods moved to the target). Coverage still matches the engagements recorded with the merged
 * organisation by it, on their activity's date, as before the merge.
 */
@Entity({ tableName: 'merged_membership' })
@Index({ name: 'merged_membership_group_id_organisation_id_index', properties: ['group', 'organisation'] })
@Check({ name: 'merged_membership_period_check', expression: '"since" < "until"' })
export class MergedMembership {
  [OptionalProps]?: 'since' | 'until' | 'countsFrom';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => StakeholderGroup, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  group: Ref<StakeholderGroup>;

  @ManyToOne(() => Organisation, { ref: true, index: true, deleteRule: 'cascade', updateRule: 'cascade' })
  organisation: Ref<Organisation>;

  @Property({ type: 'date', nullable: true })
  since: string | null = null;

  @Property({ type: 'date', nullable: true })
  until: string | null = null;

  /** Set when the merged organisation had itself inherited the period: it counted for engagements recorded from then on. */
  @Property({ type: 'timestamptz', nullable: true })
  countsFrom: Date | null = null;
}
