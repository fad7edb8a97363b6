import { Module } from '@nestjs/common';
import { RegisterModule } from '@sidos/register';
import { EngagementLoaders } from './loaders/engagement.loaders';
import { ActivityFieldsResolver } from './resolvers/activity-fields.resolver';
import { ActivityResolver } from './resolvers/activity.resolver';
import { ConsultationFieldsResolver } from './resolvers/consultation-fields.resolver';
import { ConsultationResolver } from './resolvers/consultation.resolver';
import { EngagementFieldsResolver } from './resolvers/engagement-fields.resolver';
import { EngagementResolver } from './resolvers/engagement.resolver';
import { ActivityService } from './services/activity.service';
import { ConsultationService } from './services/consultation.service';
import { EngagementService } from './services/engagement.service';

/** Consultations of each ministry, their activities and the engagement history (who was heard, when, in which phase). */
@Module({
  imports: [RegisterModule],
  providers: [
    ConsultationService,
    ActivityService,
    EngagementService,
    EngagementLoaders,
    ConsultationResolver,
    ConsultationFieldsResolver,
    ActivityResolver,
    ActivityFieldsResolver,
    EngagementResolver,
    EngagementFieldsResolver,
  ],
  exports: [ConsultationService, ActivityService, EngagementService, EngagementLoaders],
})
export class EngagementModule {}
