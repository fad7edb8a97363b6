import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, VersionedEntity } from '@sidos/common';
import { EngagementMethod, EngagementMode, PreparationPhase } from '../enums/engagement.enums.js';
import { Consultation } from './consultation.entity.js';

/** One event or channel of a consultation: a dialogue, a workshop, a webinar, a statement round, … */
@ObjectType('Activity')
@Entity({ tableName: 'activity' })
@Index({ name: 'activity_consultation_id_date_index', properties: ['consultation', 'date'] })
@Check({ name: 'activity_participant_count_check', expression: '"participant_count" is null or "participant_count" >= 0' })
export class Activity extends VersionedEntity {
  [OptionalProps]?: 'participantCount' | 'version' | 'createdAt' | 'updatedAt';

  @ManyToOne(() => Consultation, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  consultation: Ref<Consultation>;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => EngagementMethod)
  @Enum({ items: () => EngagementMethod })
  method: EngagementMethod;

  @Field(() => EngagementMode)
  @Enum({ items: () => EngagementMode })
  mode: EngagementMode;

  @Field(() => PreparationPhase)
  @Enum({ items: () => PreparationPhase })
  phase: PreparationPhase;

  /** Windows of the coverage queries filter on it. */
  @Field(() => DateScalar)
  @Property({ type: 'date' })
  @Index()
  date: string;

  /** Total attendance, people who were not identified included (a 1,000-viewer webinar). */
  @Field(() => Int, { nullable: true, description: 'Total attendance, people who were not identified included' })
  @Property({ type: 'integer', nullable: true })
  participantCount: number | null = null;
}
