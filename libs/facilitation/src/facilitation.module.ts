import { Module } from '@nestjs/common';
import { EngagementModule } from '@sidos/engagement';
import { RegisterModule } from '@sidos/register';
import { FacilitationLoaders } from './loaders/facilitation.loaders.js';
import { ActivityOwnershipRepository } from './repositories/activity-ownership.repository.js';
import { FacilitatorRepository } from './repositories/facilitator.repository.js';
import { FeedbackRepository } from './repositories/feedback.repository.js';
import { ActivityFacilitationFieldsResolver } from './resolvers/activity-facilitation-fields.resolver.js';
import { ConsultationFeedbackFieldsResolver } from './resolvers/consultation-feedback-fields.resolver.js';
import { FacilitatorAssignmentFieldsResolver } from './resolvers/facilitator-assignment-fields.resolver.js';
import { FacilitatorFieldsResolver } from './resolvers/facilitator-fields.resolver.js';
import { FacilitatorResolver } from './resolvers/facilitator.resolver.js';
import { FeedbackCommentFieldsResolver } from './resolvers/feedback-comment-fields.resolver.js';
import { FeedbackResolver } from './resolvers/feedback.resolver.js';
import { FacilitatorAssignmentService } from './services/facilitator-assignment.service.js';
import { FacilitatorService } from './services/facilitator.service.js';
import { FeedbackService } from './services/feedback.service.js';

/** The facilitator pool (who helps run each activity) and participants' feedback (how they rated it, which methods work in which phase). */
@Module({
  imports: [RegisterModule, EngagementModule],
  providers: [
    ActivityOwnershipRepository,
    FacilitatorRepository,
    FeedbackRepository,
    FacilitatorService,
    FacilitatorAssignmentService,
    FeedbackService,
    FacilitationLoaders,
    FacilitatorResolver,
    FacilitatorFieldsResolver,
    FacilitatorAssignmentFieldsResolver,
    ActivityFacilitationFieldsResolver,
    ConsultationFeedbackFieldsResolver,
    FeedbackCommentFieldsResolver,
    FeedbackResolver,
  ],
  exports: [FacilitatorService, FacilitatorAssignmentService, FeedbackService],
})
export class FacilitationModule {}
