import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StakeholderGroup')
@Entity({ tableName: 'stakeholder_group' })
@Index({ name: 'stakeholder_group_name_order_index', expression: 'create index "stakeholder_group_name_order_index" on "stakeholder_group" (lower("name"), "id")' })
export class StakeholderGroup {
  [OptionalProps]?: 'description' | 'hardToReach' | 'reachNotes' | 'version' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** A group whose voice easily goes unheard. */
  @Field()
  @Property({ type: 'boolean', default: false })
  @Index()
  hardToReach: boolean = false;

  /** How to reach it: intermediaries, channels, languages. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reachNotes: string | null = null;

  @Field(() => Int)
  @Property({ version: true })
  version: number = 1;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
