import { Module } from '@nestjs/common';
import { EngagementModule } from '@sidos/engagement';
import { RegisterModule } from '@sidos/register';
import { PracticeLoaders } from './loaders/practice.loaders.js';
import { InvitationRepository } from './repositories/invitation.repository.js';
import { PreferencesRepository } from './repositories/preferences.repository.js';
import { ThemeRepository } from './repositories/theme.repository.js';
import { ConsultationPracticeFieldsResolver } from './resolvers/consultation-practice-fields.resolver.js';
import { ContactPracticeFieldsResolver } from './resolvers/contact-practice-fields.resolver.js';
import { EngagementPreferencesFieldsResolver } from './resolvers/engagement-preferences-fields.resolver.js';
import { EngagementPreferencesResolver } from './resolvers/engagement-preferences.resolver.js';
import { FeedbackLetterFieldsResolver } from './resolvers/feedback-letter-fields.resolver.js';
import { FeedbackLetterResolver } from './resolvers/feedback-letter.resolver.js';
import { InputThemeFieldsResolver } from './resolvers/input-theme-fields.resolver.js';
import { InputThemeResolver } from './resolvers/input-theme.resolver.js';
import { InvitationSuggestionResolver } from './resolvers/invitation-suggestion.resolver.js';
import { OrganisationPracticeFieldsResolver } from './resolvers/organisation-practice-fields.resolver.js';
import { FeedbackLetterService } from './services/feedback-letter.service.js';
import { InvitationPlannerService } from './services/invitation-planner.service.js';
import { PreferencesService } from './services/preferences.service.js';
import { ThemeService } from './services/theme.service.js';

/**
 * The ministry's engagement practice (contract sidos-practice.graphql): what stakeholders wish
 * (preferences), who to invite next (invitation suggestions, on the coverage rules), and what they said and
 * what the ministry did with it (input themes and feedback letters).
 */
@Module({
  imports: [RegisterModule, EngagementModule],
  providers: [
    PreferencesRepository,
    InvitationRepository,
    ThemeRepository,
    PreferencesService,
    InvitationPlannerService,
    ThemeService,
    FeedbackLetterService,
    PracticeLoaders,
    EngagementPreferencesResolver,
    EngagementPreferencesFieldsResolver,
    InvitationSuggestionResolver,
    InputThemeResolver,
    InputThemeFieldsResolver,
    FeedbackLetterResolver,
    FeedbackLetterFieldsResolver,
    OrganisationPracticeFieldsResolver,
    ContactPracticeFieldsResolver,
    ConsultationPracticeFieldsResolver,
  ],
  exports: [PreferencesService, ThemeService, FeedbackLetterService, PreferencesRepository],
})
export class PracticeModule {}
