import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { RegisterLoaders, StakeholderGroup } from '@sidos/register';
import { FeedbackComment } from '../types/feedback.types.js';

@Resolver(() => FeedbackComment)
export class FeedbackCommentFieldsResolver {
  constructor(private readonly registerLoaders: RegisterLoaders) {}

  @ResolveField(() => StakeholderGroup, { nullable: true })
  group(comment: FeedbackComment, _arguments: unknown, context: GraphQLRequestContext): Promise<StakeholderGroup | null> {
    return comment.groupId ? this.registerLoaders.group(context).load(comment.groupId) : Promise.resolve(null);
  }
}
