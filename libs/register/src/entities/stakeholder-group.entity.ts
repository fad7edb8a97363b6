import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from '@nestjs/graphql';
import { VersionedEntity } from '@sidos/common';

@ObjectType('StakeholderGroup')
@Entity({ tableName: 'stakeholder_group' })
@Index({
  name: 'stakeholder_group_name_order_index',
  expression: 'create index "stakeholder_group_name_order_index" on "stakeholder_group" (lower("name"), "id")',
})
export class StakeholderGroup extends VersionedEntity {
  [OptionalProps]?:
    'searchText' | 'nameSv' | 'nameEn' | 'description' | 'hardToReach' | 'specialCategory' | 'reachNotes' | 'version' | 'createdAt' | 'updatedAt';

  @Field()
  @Property({ type: 'text' })
  name: string;

  /** The name in Swedish, when it has one. */
  @Field(() => String, { nullable: true, description: 'The name in Swedish, when it has one.' })
  @Property({ type: 'text', nullable: true })
  nameSv: string | null = null;

  /** The name in English, when it has one. */
  @Field(() => String, { nullable: true, description: 'The name in English, when it has one.' })
  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** A group whose voice easily goes unheard. */
  @Field()
  @Property({ type: 'boolean', default: false })
  @Index()
  hardToReach: boolean = false;

  /**
   * Membership reveals special-category data (GDPR Art. 9: health, ethnic origin, religion, trade-union
   * membership…): its contact members are shown to EDITOR and ADMIN only.
   */
  @Field({
    description:
      'Membership of the group reveals special-category data (GDPR Art. 9: health, ethnic origin, religion or belief, trade-union membership…): its contact members are shown to EDITOR and ADMIN only, in every field that lists them; counts to everyone.',
  })
  @Property({ type: 'boolean', default: false })
  specialCategory: boolean = false;

  /** How to reach it: intermediaries, channels, languages. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reachNotes: string | null = null;

  /**
   * The searchable names, unaccented and lower-case, kept by PostgreSQL itself (a generated column with a
   * trigram index, made in the search migration). Never loaded into the entity; searches use it in SQL.
   */
  @Property({
    type: 'text',
    nullable: true,
    lazy: true,
    hidden: true,
    generated: `(sidos_normalise(coalesce("name", '') || ' ' || coalesce("name_sv", '') || ' ' || coalesce("name_en", '') || ' ' || coalesce("description", ''))) stored`,
    ignoreSchemaChanges: ['type', 'extra'],
  })
  @Index({
    name: 'stakeholder_group_search_text_trigram_index',
    expression: 'create index "stakeholder_group_search_text_trigram_index" on "stakeholder_group" using gin ("search_text" gin_trgm_ops)',
  })
  searchText?: string;
}
