import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Organisation, RegisterLoaders } from '@sidos/register';
import { FeedbackLetter } from '../types/feedback-letter.type.js';

@Resolver(() => FeedbackLetter)
export class FeedbackLetterFieldsResolver {
  constructor(private readonly loaders: RegisterLoaders) {}

  @ResolveField(() => Organisation)
  async organisation(letter: FeedbackLetter, _arguments: unknown, context: GraphQLRequestContext): Promise<Organisation> {
    return (await this.loaders.organisation(context).load(letter.organisationId))!;
  }
}
