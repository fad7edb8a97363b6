import { BigIntType, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@sidos/common';
import { AuditAction } from './audit-action.enum.js';

/** One field's change: JSON text of the old and the new value (null when there was none). */
@ObjectType('FieldChange')
export class FieldChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  from: string | null;

  @Field(() => String, { nullable: true })
  to: string | null;
}

/** Who changed what, when: written in the same transaction as the change itself. */
@ObjectType('AuditEvent')
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_entity_index', expression: 'create index "audit_event_entity_index" on "audit_event" ("entity_id", "id" desc)' })
@Index({ name: 'audit_event_at_order_index', expression: 'create index "audit_event_at_order_index" on "audit_event" ("at", "id")' })
export class AuditEvent {
  [OptionalProps]?: 'at' | 'id';

  /** Ascending in the order events were written: newest first is highest first. */
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  /** The token's `sub`. */
  @Field()
  @Property({ type: 'text' })
  actor: string;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action: AuditAction;

  /** "Organisation", "Contact", "StakeholderGroup", "Consultation", "Activity", "Engagement", … */
  @Field()
  @Property({ type: 'text' })
  entityType: string;

  @Field(() => ID)
  @Property({ type: 'text' })
  entityId: string;

  @Field(() => [FieldChange])
  @Property({ type: 'jsonb' })
  changes: FieldChange[];
}
