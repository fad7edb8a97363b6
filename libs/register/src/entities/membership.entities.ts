import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Contact } from './contact.entity.js';
import { Organisation } from './organisation.entity.js';
import { PolicyArea } from './policy-area.entity.js';
import { StakeholderGroup } from './stakeholder-group.entity.js';

/**
 * One period of an organisation's membership of a stakeholder group: the days from `since` up to, not
 * including, `until` (null ends are open: a member from before the register's history, a membership that
 * lasts). A member's periods in one group never overlap (StakeholderGroupService writes them under a lock
 * of the group). `inheritedAt` marks a period the organisation gained as the target of a merge: coverage
 * counts it for the organisation's engagements recorded from then on only (OrganisationMergeService).
 */
@Entity({ tableName: 'group_organisation' })
@Index({ name: 'group_organisation_group_id_organisation_id_index', properties: ['group', 'organisation'] })
@Index({
  name: 'group_organisation_dated_index',
  expression:
    'create index "group_organisation_dated_index" on "group_organisation" ("organisation_id", "group_id") where "since" is not null or "until" is not null or "inherited_at" is not null',
})
@Index({
  name: 'group_organisation_since_order_index',
  expression:
    'create index "group_organisation_since_order_index" on "group_organisation" ("group_id", (coalesce("since", \'-infinity\'::date)), "organisation_id") include ("since", "until")',
})
@Check({ name: 'group_organisation_period_check', expression: '"since" < "until"' })
export class GroupOrganisation {
  [OptionalProps]?: 'since' | 'until' | 'inheritedAt' | 'createdAt';

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

  @Property({ type: 'timestamptz', nullable: true })
  inheritedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * One period of a contact's membership of a stakeholder group (possibly special-category data: keep it
 * minimal); dated as GroupOrganisation.
 */
@Entity({ tableName: 'group_contact' })
@Index({ name: 'group_contact_group_id_contact_id_index', properties: ['group', 'contact'] })
@Index({
  name: 'group_contact_dated_index',
  expression: 'create index "group_contact_dated_index" on "group_contact" ("contact_id", "group_id") where "since" is not null or "until" is not null',
})
@Index({
  name: 'group_contact_since_order_index',
  expression:
    'create index "group_contact_since_order_index" on "group_contact" ("group_id", (coalesce("since", \'-infinity\'::date)), "contact_id") include ("since", "until")',
})
@Check({ name: 'group_contact_period_check', expression: '"since" < "until"' })
export class GroupContact {
  [OptionalProps]?: 'since' | 'until' | 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => StakeholderGroup, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  group: Ref<StakeholderGroup>;

  @ManyToOne(() => Contact, { ref: true, index: true, deleteRule: 'cascade', updateRule: 'cascade' })
  contact: Ref<Contact>;

  @Property({ type: 'date', nullable: true })
  since: string | null = null;

  @Property({ type: 'date', nullable: true })
  until: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'organisation_policy_area' })
export class OrganisationPolicyArea {
  @ManyToOne(() => Organisation, { primary: true, ref: true, deleteRule: 'cascade' })
  organisation: Ref<Organisation>;

  @ManyToOne(() => PolicyArea, { primary: true, ref: true, index: true, deleteRule: 'cascade' })
  policyArea: Ref<PolicyArea>;
}
