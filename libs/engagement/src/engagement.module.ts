import { Module } from '@nestjs/common';
import { RegisterModule } from '@sidos/register';
import { EngagementLoaders } from './loaders/engagement.loaders.js';
import { ActivityRepository } from './repositories/activity.repository.js';
import { ConsultationRepository } from './repositories/consultation.repository.js';
import { EngagementListBoundRepository } from './repositories/engagement-list-bound.repository.js';
import { ActivityFieldsResolver } from './resolvers/activity-fields.resolver.js';
import { ActivityResolver } from './resolvers/activity.resolver.js';
import { ConsultationFieldsResolver } from './resolvers/consultation-fields.resolver.js';
import { ConsultationResolver } from './resolvers/consultation.resolver.js';
import { ContactEngagementsFieldsResolver } from './resolvers/contact-engagements-fields.resolver.js';
import { EngagementFieldsResolver } from './resolvers/engagement-fields.resolver.js';
import { EngagementResolver } from './resolvers/engagement.resolver.js';
import { OrganisationEngagementsFieldsResolver } from './resolvers/organisation-engagements-fields.resolver.js';
import { ActivityService } from './services/activity.service.js';
import { ConsultationService } from './services/consultation.service.js';
import { EngagementService } from './services/engagement.service.js';

/** Consultations of each ministry, their activities and the engagement history (who was heard, when, in which phase). */
@Module({
  imports: [RegisterModule],
  providers: [
    ConsultationService,
    ActivityService,
    EngagementService,
    ConsultationRepository,
    ActivityRepository,
    EngagementLoaders,
    EngagementListBoundRepository,
    ConsultationResolver,
    ConsultationFieldsResolver,
    ActivityResolver,
    ActivityFieldsResolver,
    EngagementResolver,
    EngagementFieldsResolver,
    OrganisationEngagementsFieldsResolver,
    ContactEngagementsFieldsResolver,
  ],
  exports: [ConsultationService, ActivityService, EngagementService, EngagementLoaders, EngagementListBoundRepository],
})
export class EngagementModule {}
