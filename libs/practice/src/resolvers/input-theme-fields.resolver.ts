import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Consultation, Engagement, EngagementLoaders } from '@sidos/engagement';
import { InputTheme } from '../entities/index.js';
import { PracticeLoaders } from '../loaders/practice.loaders.js';

@Resolver(() => InputTheme)
export class InputThemeFieldsResolver {
  constructor(
    private readonly loaders: PracticeLoaders,
    private readonly engagementLoaders: EngagementLoaders,
  ) {}

  @ResolveField(() => Consultation)
  async consultation(theme: InputTheme, _arguments: unknown, context: GraphQLRequestContext): Promise<Consultation> {
    return (await this.engagementLoaders.consultation(context).load(theme.consultation.id))!;
  }

  @ResolveField(() => [Engagement], { description: 'The heard records (PARTICIPATED or SUBMITTED) that raised it, oldest activity first' })
  raisedBy(theme: InputTheme, _arguments: unknown, context: GraphQLRequestContext): Promise<Engagement[]> {
    return this.loaders.raisedByOfTheme(context).load(theme.id);
  }
}
