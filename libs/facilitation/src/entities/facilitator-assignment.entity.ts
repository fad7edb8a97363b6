import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from '@nestjs/graphql';
import { Activity } from '@sidos/engagement';
import { FacilitatorRole } from '../enums/facilitator-role.enum.js';
import { Facilitator } from './facilitator.entity.js';

/** A facilitator on an activity, once: reassigning changes the role. */
@ObjectType('FacilitatorAssignment')
@Entity({ tableName: 'facilitator_assignment' })
@Unique({ name: 'facilitator_assignment_activity_id_facilitator_id_unique', properties: ['activity', 'facilitator'] })
export class FacilitatorAssignment {
  [OptionalProps]?: 'role' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Facilitator, { ref: true, index: true, deleteRule: 'cascade', updateRule: 'cascade' })
  facilitator: Ref<Facilitator>;

  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  activity: Ref<Activity>;

  @Field(() => FacilitatorRole)
  @Enum({ items: () => FacilitatorRole })
  role: FacilitatorRole = FacilitatorRole.SUPPORT;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
