import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sidos/common';
import { Contact } from './contact.entity.js';
import { Organisation } from './organisation.entity.js';

/** A contact's dated role in an organisation; ended roles stay as history. */
@ObjectType('Affiliation')
@Entity({ tableName: 'affiliation' })
export class Affiliation {
  [OptionalProps]?: 'role' | 'primary' | 'since' | 'until' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true, index: true, deleteRule: 'cascade', updateRule: 'cascade' })
  organisation: Ref<Organisation>;

  @ManyToOne(() => Contact, { ref: true, index: true, deleteRule: 'cascade', updateRule: 'cascade' })
  contact: Ref<Contact>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  role: string | null = null;

  @Field()
  @Property({ type: 'boolean', default: false })
  primary: boolean = false;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  since: string | null = null;

  /** Null while current. */
  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  until: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
