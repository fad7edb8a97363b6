import { ConnectionType } from '@sidos/common';
import { Consultation } from '../entities';

export const ConsultationConnection = ConnectionType(Consultation, 'Consultation');
