import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Activity, Consultation, Engagement } from '../entities/index.js';
import { EngagementLoaders } from '../loaders/engagement.loaders.js';

@Resolver(() => Activity)
export class ActivityFieldsResolver {
  constructor(private readonly loaders: EngagementLoaders) {}

  @ResolveField(() => Consultation)
  async consultation(activity: Activity, _arguments: unknown, context: GraphQLRequestContext): Promise<Consultation> {
    return (await this.loaders.consultation(context).load(activity.consultation.id))!;
  }

  @ResolveField(() => [Engagement], { description: 'In the order they were recorded; voided records (voidEngagements) only with includeVoided.' })
  engagements(
    @Parent() activity: Activity,
    @Args('includeVoided', { type: () => Boolean, nullable: true, defaultValue: false }) includeVoided: boolean | null,
    @Context() context: GraphQLRequestContext,
  ): Promise<Engagement[]> {
    return this.loaders.engagementsOfActivity(context, includeVoided ?? false).load(activity.id);
  }
}
