import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Consultation } from '@sidos/engagement';
import { FacilitationLoaders } from '../loaders/facilitation.loaders.js';
import { FeedbackSummary } from '../types/feedback.types.js';

@Resolver(() => Consultation)
export class ConsultationFeedbackFieldsResolver {
  constructor(private readonly loaders: FacilitationLoaders) {}

  @ResolveField(() => FeedbackSummary, { description: 'Over the responses to all its activities' })
  feedback(consultation: Consultation, _arguments: unknown, context: GraphQLRequestContext): Promise<FeedbackSummary> {
    return this.loaders.consultationFeedback(context).load(consultation.id);
  }
}
