import { ConnectionType } from '@sidos/common';
import { Activity, Consultation, Engagement } from '../entities/index.js';

export const ConsultationConnection = ConnectionType(Consultation, 'Consultation');
export const ActivityConnection = ConnectionType(Activity, 'Activity');
export const EngagementConnection = ConnectionType(Engagement, 'Engagement');
