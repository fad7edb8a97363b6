import { ConnectionType } from '@sidos/common';
import { Facilitator } from '../entities/index.js';

export const FacilitatorConnection = ConnectionType(Facilitator, 'Facilitator');
