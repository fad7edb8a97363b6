import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@sidos/common';
import { Contact, Organisation, StakeholderGroup } from '@sidos/register';
import { EngagementKind } from '../enums/engagement.enums.js';
import { Activity } from './activity.entity.js';

/**
 * One party's part in one activity: an organisation, a contact (optionally on behalf of an
 * organisation), or a group as a whole (unidentified participants, counted in `participantCount`).
 * Engagements stay when an organisation is archived or merged, or a contact erased: they are the history,
 * so a party with engagements cannot be deleted (restrict).
 *
 * A record made by mistake is voided (voidEngagements), never deleted: it stays in the history with who
 * voided it, when and why, and counts nowhere (coverage, statistics, invitation suggestions, themes,
 * feedback letters, retention review).
 */
@ObjectType('Engagement')
@Entity({ tableName: 'engagement' })
@Index({
  name: 'engagement_activity_id_covering_index',
  expression:
    'create index "engagement_activity_id_covering_index" on "engagement" ("activity_id") include ("kind", "organisation_id", "contact_id", "group_id", "participant_count", "voided")',
})
@Index({
  name: 'engagement_organisation_history_index',
  expression:
    'create index "engagement_organisation_history_index" on "engagement" ("organisation_id", "created_at", "id") include ("activity_id", "voided", "kind")',
})
@Index({
  name: 'engagement_contact_history_index',
  expression: 'create index "engagement_contact_history_index" on "engagement" ("contact_id", "created_at", "id") include ("activity_id", "voided")',
})
// A group's group-only records by activity (coverage folds, migration-20261201110000-coverage-folds).
@Index({
  name: 'engagement_group_only_index',
  expression: 'create index "engagement_group_only_index" on "engagement" ("group_id", "activity_id") where "organisation_id" is null and "contact_id" is null',
})
@Check({
  name: 'engagement_party_check',
  expression: '"organisation_id" is not null or "contact_id" is not null or ("group_id" is not null and "participant_count" >= 1)',
})
@Check({ name: 'engagement_participant_count_check', expression: '"participant_count" is null or "participant_count" >= 0' })
export class Engagement {
  [OptionalProps]?: 'organisation' | 'contact' | 'group' | 'participantCount' | 'notes' | 'createdAt' | 'voided' | 'voidReason' | 'voidedAt' | 'voidedBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Activity, { ref: true, index: true, deleteRule: 'cascade', updateRule: 'cascade' })
  activity: Ref<Activity>;

  @Field(() => EngagementKind)
  @Enum({ items: () => EngagementKind })
  @Index()
  kind: EngagementKind;

  /** Indexed by engagement_organisation_history_index (its leading column). */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'restrict', updateRule: 'cascade' })
  organisation: Ref<Organisation> | null = null;

  /** Indexed by engagement_contact_history_index (its leading column). */
  @ManyToOne(() => Contact, { ref: true, nullable: true, deleteRule: 'restrict', updateRule: 'cascade' })
  contact: Ref<Contact> | null = null;

  @ManyToOne(() => StakeholderGroup, { ref: true, nullable: true, index: true, deleteRule: 'restrict', updateRule: 'cascade' })
  group: Ref<StakeholderGroup> | null = null;

  /** With group-only records: how many people of the group took part. */
  @Field(() => Int, { nullable: true, description: 'With group-only records: how many people of the group took part' })
  @Property({ type: 'integer', nullable: true })
  participantCount: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Withdrawn as recorded by mistake: kept in the history, counted nowhere. */
  @Field(() => Boolean, { description: 'Withdrawn as recorded by mistake (voidEngagements): kept in the history, counted nowhere' })
  @Property({ type: 'boolean', default: false })
  voided: boolean = false;

  @Field(() => String, { nullable: true, description: 'Why the record was voided' })
  @Property({ type: 'text', nullable: true })
  voidReason: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null = null;

  /** The token subject that voided the record. */
  @Field(() => String, { nullable: true, description: 'The token subject (sub) that voided the record' })
  @Property({ type: 'text', nullable: true })
  voidedBy: string | null = null;
}
