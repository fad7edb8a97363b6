import { type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne } from '@mikro-orm/decorators/legacy';
import { PolicyArea, StakeholderGroup } from '@sidos/register';
import { Consultation } from './consultation.entity.js';

/** A policy area of a consultation. */
@Entity({ tableName: 'consultation_policy_area' })
export class ConsultationPolicyArea {
  @ManyToOne(() => Consultation, { primary: true, ref: true, deleteRule: 'cascade' })
  consultation: Ref<Consultation>;

  @ManyToOne(() => PolicyArea, { primary: true, ref: true, index: true, deleteRule: 'cascade' })
  policyArea: Ref<PolicyArea>;
}

/** A group that the consultation's engagement plan means to hear. */
@Entity({ tableName: 'consultation_target_group' })
export class ConsultationTargetGroup {
  @ManyToOne(() => Consultation, { primary: true, ref: true, deleteRule: 'cascade' })
  consultation: Ref<Consultation>;

  @ManyToOne(() => StakeholderGroup, { primary: true, ref: true, index: true, deleteRule: 'cascade' })
  group: Ref<StakeholderGroup>;
}
