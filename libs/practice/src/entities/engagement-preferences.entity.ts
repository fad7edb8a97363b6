import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DateTimeScalar } from '@sidos/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { EngagementMethod, EngagementMode } from '@sidos/engagement';
import { Contact, Language, Organisation, PolicyArea } from '@sidos/register';

/**
 * What one organisation or one contact (exactly one of them) has told the ministry about how it wishes to
 * cooperate. Set as a whole (setEngagementPreferences replaces it); erasing the contact deletes it.
 * Lists are kept in enum order.
 */
@ObjectType('EngagementPreferences', { description: 'What a stakeholder has told the ministry about how it wishes to cooperate' })
@Entity({ tableName: 'engagement_preferences' })
@Check({ name: 'engagement_preferences_party_check', expression: '("organisation_id" is null) <> ("contact_id" is null)' })
@Check({
  name: 'engagement_preferences_limit_check',
  expression: '"max_invitations_per_quarter" is null or "max_invitations_per_quarter" >= 1 and "max_invitations_per_quarter" <= 52',
})
export class EngagementPreferencesRecord {
  [OptionalProps]?: 'organisation' | 'contact' | 'methods' | 'modes' | 'languages' | 'accessibilityNeeds' | 'maxInvitationsPerQuarter' | 'notes' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, {
    ref: true,
    nullable: true,
    unique: 'engagement_preferences_organisation_id_unique',
    deleteRule: 'cascade',
    updateRule: 'cascade',
  })
  organisation: Ref<Organisation> | null = null;

  @ManyToOne(() => Contact, { ref: true, nullable: true, unique: 'engagement_preferences_contact_id_unique', deleteRule: 'cascade', updateRule: 'cascade' })
  contact: Ref<Contact> | null = null;

  @Field(() => [EngagementMethod], { description: 'Methods it prefers, in enum order' })
  @Enum({ items: () => EngagementMethod, array: true, default: [] })
  methods: EngagementMethod[] = [];

  @Field(() => [EngagementMode], { description: 'e.g. VIRTUAL, in enum order' })
  @Enum({ items: () => EngagementMode, array: true, default: [] })
  modes: EngagementMode[] = [];

  @Field(() => [Language], { description: 'Languages it wishes to be engaged in, in enum order' })
  @Enum({ items: () => Language, array: true, default: [] })
  languages: Language[] = [];

  @Field(() => String, { nullable: true, description: 'e.g. sign-language interpretation, a step-free venue' })
  @Property({ type: 'text', nullable: true })
  accessibilityNeeds: string | null = null;

  @Field(() => Int, { nullable: true, description: 'At most this many invitations in a calendar quarter; null: no limit stated' })
  @Property({ type: 'integer', nullable: true })
  maxInvitationsPerQuarter: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** A policy area a stakeholder wishes to be asked about. */
@Entity({ tableName: 'engagement_preferences_policy_area' })
export class EngagementPreferencesPolicyArea {
  @ManyToOne(() => EngagementPreferencesRecord, { primary: true, ref: true, deleteRule: 'cascade' })
  preferences: Ref<EngagementPreferencesRecord>;

  @ManyToOne(() => PolicyArea, { primary: true, ref: true, index: true, deleteRule: 'cascade' })
  policyArea: Ref<PolicyArea>;
}
