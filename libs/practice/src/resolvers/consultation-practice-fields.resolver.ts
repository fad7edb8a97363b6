import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Consultation } from '@sidos/engagement';
import { InputTheme } from '../entities/index.js';
import { PracticeLoaders } from '../loaders/practice.loaders.js';

@Resolver(() => Consultation)
export class ConsultationPracticeFieldsResolver {
  constructor(private readonly loaders: PracticeLoaders) {}

  @ResolveField(() => [InputTheme], { description: 'By title' })
  themes(consultation: Consultation, _arguments: unknown, context: GraphQLRequestContext): Promise<InputTheme[]> {
    return this.loaders.themesOfConsultation(context).load(consultation.id);
  }
}
