import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { Language } from '@sidos/register';
import { FeedbackLetterService } from '../services/feedback-letter.service.js';
import { FeedbackLetter } from '../types/feedback-letter.type.js';

@Resolver(() => FeedbackLetter)
export class FeedbackLetterResolver {
  constructor(private readonly letterService: FeedbackLetterService) {}

  @Query(() => [FeedbackLetter], {
    description:
      "A letter (Markdown) to each organisation heard in the consultation, by name: the themes it raised with the ministry's response. FI (default), SV or EN. ADMIN, or EDITOR of the consultation's ministry; NOT_FOUND for an unknown consultation.",
  })
  @Roles(Role.EDITOR)
  feedbackLetters(
    @CurrentViewer() viewer: Viewer,
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @Args('language', { type: () => Language, nullable: true }) language: Language | null,
  ): Promise<FeedbackLetter[]> {
    return this.letterService.letters(viewer, consultationId, language);
  }
}
