import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sidos/common';
import { Contact } from './contact.entity';
import { Organisation } from './organisation.entity';

/** A contact's dated role in an organisation; ended roles stay as history. */
@ObjectType('Affiliation')
@Entity({ tableName: 'affiliation' })
export class Affiliation {
  [OptionalProps]?: 'role' | 'primary' | 'since' | 'until' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true, index: true, deleteRule: 'cascade' })
  organisation: Ref<Organisation>;

  @ManyToOne(() => Contact, { ref: true, index: true, deleteRule: 'cascade' })
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
