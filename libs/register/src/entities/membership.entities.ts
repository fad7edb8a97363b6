import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Contact } from './contact.entity.js';
import { Organisation } from './organisation.entity.js';
import { PolicyArea } from './policy-area.entity.js';
import { StakeholderGroup } from './stakeholder-group.entity.js';

/** An organisation's membership of a stakeholder group. */
@Entity({ tableName: 'group_organisation' })
export class GroupOrganisation {
  [OptionalProps]?: 'createdAt';

  @ManyToOne(() => StakeholderGroup, { primary: true, ref: true, deleteRule: 'cascade' })
  group: Ref<StakeholderGroup>;

  @ManyToOne(() => Organisation, { primary: true, ref: true, index: true, deleteRule: 'cascade' })
  organisation: Ref<Organisation>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A contact's membership of a stakeholder group (possibly special-category data: keep it minimal). */
@Entity({ tableName: 'group_contact' })
export class GroupContact {
  [OptionalProps]?: 'createdAt';

  @ManyToOne(() => StakeholderGroup, { primary: true, ref: true, deleteRule: 'cascade' })
  group: Ref<StakeholderGroup>;

  @ManyToOne(() => Contact, { primary: true, ref: true, index: true, deleteRule: 'cascade' })
  contact: Ref<Contact>;

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
