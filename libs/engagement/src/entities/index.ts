import { Activity } from './activity.entity';
import { ConsultationPolicyArea, ConsultationTargetGroup } from './consultation-links.entities';
import { Consultation } from './consultation.entity';
import { Engagement } from './engagement.entity';

export { Activity, Consultation, ConsultationPolicyArea, ConsultationTargetGroup, Engagement };

export const ENGAGEMENT_ENTITIES = [Consultation, ConsultationPolicyArea, ConsultationTargetGroup, Activity, Engagement];
