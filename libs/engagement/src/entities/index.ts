import { Activity } from './activity.entity.js';
import { ConsultationPolicyArea, ConsultationTargetGroup } from './consultation-links.entities.js';
import { Consultation } from './consultation.entity.js';
import { Engagement } from './engagement.entity.js';

export { Activity, Consultation, ConsultationPolicyArea, ConsultationTargetGroup, Engagement };

export const ENGAGEMENT_ENTITIES = [Consultation, ConsultationPolicyArea, ConsultationTargetGroup, Activity, Engagement];
