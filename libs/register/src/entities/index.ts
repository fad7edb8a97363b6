import { Affiliation } from './affiliation.entity.js';
import { Contact } from './contact.entity.js';
import { GroupContact, GroupOrganisation, OrganisationPolicyArea } from './membership.entities.js';
import { Organisation } from './organisation.entity.js';
import { PolicyArea } from './policy-area.entity.js';
import { StakeholderGroup } from './stakeholder-group.entity.js';

export { Affiliation, Contact, GroupContact, GroupOrganisation, Organisation, OrganisationPolicyArea, PolicyArea, StakeholderGroup };

export const REGISTER_ENTITIES = [PolicyArea, Organisation, Contact, Affiliation, StakeholderGroup, GroupOrganisation, GroupContact, OrganisationPolicyArea];
