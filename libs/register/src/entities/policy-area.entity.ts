import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PolicyArea')
@Entity({ tableName: 'policy_area' })
export class PolicyArea {
  [OptionalProps]?: 'nameSv' | 'nameEn' | 'createdAt';

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

  @Field(() => String, { nullable: true, description: 'The name in Swedish, when it has one.' })
  @Property({ type: 'text', nullable: true })
  nameSv: string | null = null;

  @Field(() => String, { nullable: true, description: 'The name in English, when it has one.' })
  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
