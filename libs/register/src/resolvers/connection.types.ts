import { ConnectionType } from '@sidos/common';
import { Contact, Organisation, StakeholderGroup } from '../entities/index.js';

export const OrganisationConnection = ConnectionType(Organisation, 'Organisation');
export const ContactConnection = ConnectionType(Contact, 'Contact');
export const StakeholderGroupConnection = ConnectionType(StakeholderGroup, 'StakeholderGroup');
