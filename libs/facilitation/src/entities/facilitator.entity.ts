import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { PersonalData } from '@sidos/auth';
import { VersionedEntity } from '@sidos/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sidos/common';
import { EngagementMethod } from '@sidos/engagement';
import { Language } from '@sidos/register';

/**
 * A ministry official of the interaction pool (vuorovaikutuspooli), trained to facilitate engagement.
 * Staff, not stakeholders: not a contact, and never counted in coverage.
 */
@ObjectType('Facilitator', { description: 'A ministry official trained to facilitate engagement; staff, not a stakeholder, never counted in coverage' })
@Entity({ tableName: 'facilitator' })
@Index({ name: 'facilitator_name_order_index', expression: 'create index "facilitator_name_order_index" on "facilitator" (lower("name"), "id")' })
export class Facilitator extends VersionedEntity {
  [OptionalProps]?: 'searchText' | 'email' | 'unit' | 'methods' | 'languages' | 'trainedOn' | 'active' | 'version' | 'createdAt' | 'updatedAt';

  @Field()
  @Property({ type: 'text' })
  name: string;

  @PersonalData(() => String, { description: "The facilitator's email address." })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  /** Ministry code, upper case (e.g. "TEM"); an EDITOR changes only its own ministry's facilitators. */
  @Field({ description: 'e.g. "TEM"' })
  @Property({ type: 'text' })
  @Index()
  ministry: string;

  @Field(() => String, { nullable: true, description: 'Department or unit' })
  @Property({ type: 'text', nullable: true })
  unit: string | null = null;

  /** Kept in enum order (the service sorts them on every write). */
  @Field(() => [EngagementMethod], { description: 'Methods they are trained to facilitate, in enum order' })
  @Enum({ items: () => EngagementMethod, array: true, default: [] })
  methods: EngagementMethod[] = [];

  /** Kept in enum order (the service sorts them on every write). */
  @Field(() => [Language], { description: 'Languages they can facilitate in, in enum order' })
  @Enum({ items: () => Language, array: true, default: [] })
  languages: Language[] = [];

  @Field(() => DateScalar, { nullable: true, description: "When they completed the pool's training" })
  @Property({ type: 'date', nullable: true })
  trainedOn: string | null = null;

  @Field()
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** Name, email and unit, unaccented and lower-case, kept by PostgreSQL (generated column with a trigram index); searches use it in SQL. */
  @Property({
    type: 'text',
    nullable: true,
    lazy: true,
    hidden: true,
    generated: `(sidos_normalise(coalesce("name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("unit", ''))) stored`,
    ignoreSchemaChanges: ['type', 'extra'],
  })
  @Index({
    name: 'facilitator_search_text_trigram_index',
    expression: 'create index "facilitator_search_text_trigram_index" on "facilitator" using gin ("search_text" gin_trgm_ops)',
  })
  searchText?: string;
}
