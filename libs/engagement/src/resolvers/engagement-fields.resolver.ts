import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Contact, Organisation, RegisterLoaders, StakeholderGroup } from '@sidos/register';
import { Activity, Engagement } from '../entities/index.js';
import { EngagementLoaders } from '../loaders/engagement.loaders.js';

@Resolver(() => Engagement)
export class EngagementFieldsResolver {
  constructor(
    private readonly loaders: EngagementLoaders,
    private readonly registerLoaders: RegisterLoaders,
  ) {}

  @ResolveField(() => Activity)
  async activity(engagement: Engagement, _arguments: unknown, context: GraphQLRequestContext): Promise<Activity> {
    return (await this.loaders.activity(context).load(engagement.activity.id))!;
  }

  @ResolveField(() => Organisation, { nullable: true })
  async organisation(engagement: Engagement, _arguments: unknown, context: GraphQLRequestContext): Promise<Organisation | null> {
    return engagement.organisation ? this.registerLoaders.organisation(context).load(engagement.organisation.id) : null;
  }

  @ResolveField(() => Contact, {
    nullable: true,
    description: 'Null for a VIEWER on a record that also names a special-category group (the pairing would tell that the person belongs to it).',
  })
  async contact(engagement: Engagement, _arguments: unknown, context: GraphQLRequestContext): Promise<Contact | null> {
    return engagement.contact ? this.registerLoaders.contactBesideGroup(context, engagement.contact.id, engagement.group?.id ?? null) : null;
  }

  @ResolveField(() => StakeholderGroup, { nullable: true })
  async group(engagement: Engagement, _arguments: unknown, context: GraphQLRequestContext): Promise<StakeholderGroup | null> {
    return engagement.group ? this.registerLoaders.group(context).load(engagement.group.id) : null;
  }
}
