import { ConnectionType } from '@sidos/common';
import { Consultation } from '../entities/index.js';

export const ConsultationConnection = ConnectionType(Consultation, 'Consultation');
