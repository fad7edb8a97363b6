import { BigIntType, OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Activity } from '@sidos/engagement';
import { StakeholderGroup } from '@sidos/register';

/**
 * One participant's anonymous answer about an activity: never linked to a contact. The id ascends in the
 * order responses were recorded (a batch keeps its own order). Written in bulk by FeedbackRepository.
 */
@Entity({ tableName: 'feedback_response' })
@Index({
  name: 'feedback_response_activity_id_covering_index',
  expression: 'create index "feedback_response_activity_id_covering_index" on "feedback_response" ("activity_id") include ("rating", "would_take_part_again")',
})
@Check({ name: 'feedback_response_rating_check', expression: '"rating" >= 1 and "rating" <= 5' })
@Check({ name: 'feedback_response_comment_check', expression: '"comment" is null or char_length("comment") <= 2000' })
export class FeedbackResponse {
  [OptionalProps]?: 'id' | 'wouldTakePartAgain' | 'comment' | 'group' | 'createdAt';

  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id: string;

  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  activity: Ref<Activity>;

  @Property({ type: 'smallint' })
  rating: number;

  @Property({ type: 'boolean', nullable: true })
  wouldTakePartAgain: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  /** The stakeholder group the respondent said they belong to. */
  @ManyToOne(() => StakeholderGroup, { ref: true, nullable: true, index: true, deleteRule: 'restrict', updateRule: 'cascade' })
  group: Ref<StakeholderGroup> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
