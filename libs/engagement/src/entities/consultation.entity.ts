import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar, VersionedEntity } from '@sidos/common';
import { ConsultationStatus, PreparationPhase } from '../enums/engagement.enums.js';

/** A consultation of one ministry: the policy or law it prepares, and the engagement plan (its target groups). */
@ObjectType('Consultation')
@Entity({ tableName: 'consultation' })
@Index({ name: 'consultation_title_order_index', expression: 'create index "consultation_title_order_index" on "consultation" (lower("title"), "id")' })
@Index({
  name: 'consultation_starts_on_order_index',
  expression: `create index "consultation_starts_on_order_index" on "consultation" ((coalesce("starts_on", 'infinity'::date)), "id")`,
})
export class Consultation extends VersionedEntity {
  [OptionalProps]?: 'description' | 'status' | 'currentPhase' | 'startsOn' | 'endsOn' | 'version' | 'createdAt' | 'updatedAt';

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** Owning ministry code, upper case (e.g. "TEM"); EDITORs may change only their own ministry's. */
  @Field({ description: 'Owning ministry code, e.g. "TEM"; EDITORs may change only their own ministry\'s' })
  @Property({ type: 'text' })
  @Index()
  ministry: string;

  @Field(() => ConsultationStatus)
  @Enum({ items: () => ConsultationStatus })
  @Index()
  status: ConsultationStatus = ConsultationStatus.PLANNED;

  @Field(() => PreparationPhase)
  @Enum({ items: () => PreparationPhase })
  currentPhase: PreparationPhase = PreparationPhase.INITIATION;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
