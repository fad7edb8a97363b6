import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from '@nestjs/graphql';
import { VersionedEntity } from '@sidos/common';
import { Language, OrganisationType } from '../enums/register.enums.js';

@ObjectType('Organisation')
@Entity({ tableName: 'organisation' })
@Index({ name: 'organisation_name_order_index', expression: 'create index "organisation_name_order_index" on "organisation" (lower("name"), "id")' })
@Index({ name: 'organisation_created_order_index', expression: 'create index "organisation_created_order_index" on "organisation" ("created_at", "id")' })
@Index({ name: 'organisation_updated_order_index', expression: 'create index "organisation_updated_order_index" on "organisation" ("updated_at", "id")' })
export class Organisation extends VersionedEntity {
  [OptionalProps]?:
    | 'searchText'
    | 'nameSv'
    | 'nameEn'
    | 'businessId'
    | 'languages'
    | 'municipality'
    | 'website'
    | 'email'
    | 'notes'
    | 'archived'
    | 'mergedInto'
    | 'version'
    | 'createdAt'
    | 'updatedAt';

  /** The name in Finnish, or the only name. */
  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  nameSv: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  /** Finnish business ID "NNNNNNN-C", unique. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true, unique: 'organisation_business_id_unique' })
  businessId: string | null = null;

  @Field(() => OrganisationType)
  @Enum({ items: () => OrganisationType })
  @Index()
  type: OrganisationType;

  @Field(() => [Language])
  @Enum({ items: () => Language, array: true, default: [] })
  languages: Language[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  municipality: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  website: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field()
  @Property({ type: 'boolean', default: false })
  @Index()
  archived: boolean = false;

  /** Set when an ADMIN merged this record into another. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'set null', updateRule: 'cascade', index: true })
  mergedInto: Ref<Organisation> | null = null;

  /**
   * The searchable names, unaccented and lower-case, kept by PostgreSQL itself (a generated column with a
   * trigram index, made in the search migration). Never loaded into the entity; searches use it in SQL.
   */
  @Property({
    type: 'text',
    nullable: true,
    lazy: true,
    hidden: true,
    generated: `(sidos_normalise(coalesce("name", '') || ' ' || coalesce("name_sv", '') || ' ' || coalesce("name_en", '') || ' ' || coalesce("business_id", ''))) stored`,
    ignoreSchemaChanges: ['type', 'extra'],
  })
  @Index({
    name: 'organisation_search_text_trigram_index',
    expression: 'create index "organisation_search_text_trigram_index" on "organisation" using gin ("search_text" gin_trgm_ops)',
  })
  @Index({
    name: 'organisation_search_text_distance_index',
    expression: 'create index "organisation_search_text_distance_index" on "organisation" using gist ("search_text" gist_trgm_ops)',
  })
  searchText?: string;
}
