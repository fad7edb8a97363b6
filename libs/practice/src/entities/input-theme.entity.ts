import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { VersionedEntity } from '@sidos/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { Consultation, Engagement } from '@sidos/engagement';
import { ThemeResponse } from '../enums/practice.enums.js';

/** One matter that stakeholders raised in a consultation, and what the ministry did with it. */
@ObjectType('InputTheme', { description: 'One matter that stakeholders raised in a consultation, and what the ministry did with it' })
@Entity({ tableName: 'input_theme' })
@Index({
  name: 'input_theme_consultation_title_index',
  expression: 'create index "input_theme_consultation_title_index" on "input_theme" ("consultation_id", lower("title"), "id")',
})
export class InputTheme extends VersionedEntity {
  [OptionalProps]?: 'summary' | 'response' | 'responseText' | 'version' | 'createdAt' | 'updatedAt';

  @ManyToOne(() => Consultation, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  consultation: Ref<Consultation>;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What was said' })
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Field(() => ThemeResponse)
  @Enum({ items: () => ThemeResponse })
  response: ThemeResponse = ThemeResponse.UNDER_CONSIDERATION;

  @Field(() => String, { nullable: true, description: 'What the ministry did with it, and why' })
  @Property({ type: 'text', nullable: true })
  responseText: string | null = null;
}

/** A heard record (PARTICIPATED or SUBMITTED) of the theme's consultation that raised the theme. */
@Entity({ tableName: 'input_theme_engagement' })
export class InputThemeEngagement {
  @ManyToOne(() => InputTheme, { primary: true, ref: true, deleteRule: 'cascade' })
  theme: Ref<InputTheme>;

  @ManyToOne(() => Engagement, { primary: true, ref: true, index: true, deleteRule: 'cascade' })
  engagement: Ref<Engagement>;
}
