import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PolicyArea')
@Entity({ tableName: 'policy_area' })
export class PolicyArea {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Unique, e.g. "labour-market". */
  @Field()
  @Property({ type: 'text', unique: true })
  code: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
