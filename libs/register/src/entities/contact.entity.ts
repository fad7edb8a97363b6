import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from '@nestjs/graphql';
import { PersonalData } from '@sidos/auth';
import { DateTimeScalar, VersionedEntity } from '@sidos/common';
import { Language, LawfulBasis } from '../enums/register.enums.js';

/** A person: personal data under the GDPR, held on `lawfulBasis`. */
@ObjectType('Contact')
@Entity({ tableName: 'contact' })
@Index({ name: 'contact_name_order_index', expression: 'create index "contact_name_order_index" on "contact" (lower("last_name"), lower("first_name"), "id")' })
@Index({ name: 'contact_created_order_index', expression: 'create index "contact_created_order_index" on "contact" ("created_at", "id")' })
@Index({ name: 'contact_updated_order_index', expression: 'create index "contact_updated_order_index" on "contact" ("updated_at", "id")' })
export class Contact extends VersionedEntity {
  [OptionalProps]?: 'searchText' | 'email' | 'phone' | 'title' | 'languages' | 'consentAt' | 'erased' | 'version' | 'createdAt' | 'updatedAt';

  @Field()
  @Property({ type: 'text' })
  firstName: string;

  @Field()
  @Property({ type: 'text' })
  lastName: string;

  @PersonalData(() => String)
  @Property({ type: 'text', nullable: true })
  @Index({ name: 'contact_email_index', expression: 'create index "contact_email_index" on "contact" (lower("email"))' })
  email: string | null = null;

  @PersonalData(() => String)
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  @Field(() => [Language])
  @Enum({ items: () => Language, array: true, default: [] })
  languages: Language[] = [];

  @Field(() => LawfulBasis)
  @Enum({ items: () => LawfulBasis })
  lawfulBasis: LawfulBasis;

  /** Required when lawfulBasis is CONSENT. */
  @PersonalData(() => DateTimeScalar, { description: 'When the person consented; required when lawfulBasis is CONSENT.' })
  @Property({ type: 'timestamptz', nullable: true })
  consentAt: Date | null = null;

  /** Personal data erased; the record keeps its id, group memberships and engagement history. */
  @Field()
  @Property({ type: 'boolean', default: false })
  erased: boolean = false;

  /**
   * The searchable names, unaccented and lower-case, kept by PostgreSQL itself (a generated column with a
   * trigram index, made in the search migration). Never loaded into the entity; searches use it in SQL.
   */
  @Property({
    type: 'text',
    nullable: true,
    lazy: true,
    hidden: true,
    generated: `(sidos_normalise(coalesce("first_name", '') || ' ' || coalesce("last_name", '') || ' ' || coalesce("email", ''))) stored`,
    ignoreSchemaChanges: ['type', 'extra'],
  })
  @Index({
    name: 'contact_search_text_trigram_index',
    expression: 'create index "contact_search_text_trigram_index" on "contact" using gin ("search_text" gin_trgm_ops)',
  })
  searchText?: string;
}
