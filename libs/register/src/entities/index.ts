import { Affiliation } from './affiliation.entity';
import { Contact } from './contact.entity';
import { GroupContact, GroupOrganisation, OrganisationPolicyArea } from './membership.entities';
import { Organisation } from './organisation.entity';
import { PolicyArea } from './policy-area.entity';
import { StakeholderGroup } from './stakeholder-group.entity';

export { Affiliation, Contact, GroupContact, GroupOrganisation, Organisation, OrganisationPolicyArea, PolicyArea, StakeholderGroup };

export const REGISTER_ENTITIES = [PolicyArea, Organisation, Contact, Affiliation, StakeholderGroup, GroupOrganisation, GroupContact, OrganisationPolicyArea];
