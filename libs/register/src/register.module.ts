import { Module } from '@nestjs/common';
import { OrganisationRelationContributions } from './loaders/organisation-relation-contributions.js';
import { RegisterLoaders } from './loaders/register.loaders.js';
import { ContactRepository } from './repositories/contact.repository.js';
import { GroupMemberRepository } from './repositories/group-member.repository.js';
import { OrganisationRepository } from './repositories/organisation.repository.js';
import { PolicyAreaRepository } from './repositories/policy-area.repository.js';
import { ReferenceRepository } from './repositories/reference.repository.js';
import { RegisterListBoundRepository } from './repositories/register-list-bound.repository.js';
import { StakeholderGroupRepository } from './repositories/stakeholder-group.repository.js';
import { AffiliationFieldsResolver } from './resolvers/affiliation-fields.resolver.js';
import { ContactFieldsResolver } from './resolvers/contact-fields.resolver.js';
import { ContactResolver } from './resolvers/contact.resolver.js';
import { GroupMembershipFieldsResolver } from './resolvers/group-membership-fields.resolver.js';
import { OrganisationFieldsResolver } from './resolvers/organisation-fields.resolver.js';
import { OrganisationResolver } from './resolvers/organisation.resolver.js';
import { PolicyAreaResolver } from './resolvers/policy-area.resolver.js';
import { StakeholderGroupFieldsResolver } from './resolvers/stakeholder-group-fields.resolver.js';
import { StakeholderGroupResolver } from './resolvers/stakeholder-group.resolver.js';
import { ContactService } from './services/contact.service.js';
import { OrganisationService } from './services/organisation.service.js';
import { PolicyAreaService } from './services/policy-area.service.js';
import { StakeholderGroupService } from './services/stakeholder-group.service.js';

/** The shared register: policy areas, organisations, contacts and their affiliations, stakeholder groups. */
@Module({
  providers: [
    PolicyAreaService,
    OrganisationService,
    ContactService,
    StakeholderGroupService,
    ContactRepository,
    GroupMemberRepository,
    OrganisationRepository,
    PolicyAreaRepository,
    ReferenceRepository,
    RegisterLoaders,
    OrganisationRelationContributions,
    RegisterListBoundRepository,
    StakeholderGroupRepository,
    PolicyAreaResolver,
    OrganisationResolver,
    OrganisationFieldsResolver,
    ContactResolver,
    ContactFieldsResolver,
    AffiliationFieldsResolver,
    StakeholderGroupResolver,
    StakeholderGroupFieldsResolver,
    GroupMembershipFieldsResolver,
  ],
  exports: [
    PolicyAreaService,
    OrganisationService,
    ContactService,
    StakeholderGroupService,
    ReferenceRepository,
    RegisterLoaders,
    OrganisationRelationContributions,
    RegisterListBoundRepository,
  ],
})
export class RegisterModule {}
