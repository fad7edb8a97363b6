import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date.scalar.js';

/**
 * The columns of every record that is changed in place: a UUID id, the optimistic-lock version (an update
 * from a stale version is a CONFLICT), when it was created and when it was last changed. Not a table of its
 * own: each entity that extends it keeps its table, and these columns keep their names ("id", "version",
 * "created_at", "updated_at"), types and defaults. Entities list 'version', 'createdAt' and 'updatedAt' among
 * their OptionalProps.
 */
@ObjectType({ isAbstract: true })
export abstract class VersionedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int)
  @Property({ version: true })
  version: number = 1;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
