import { Module } from '@nestjs/common';
import { RegisterLoaders } from './loaders/register.loaders';
import { AffiliationFieldsResolver } from './resolvers/affiliation-fields.resolver';
import { ContactFieldsResolver } from './resolvers/contact-fields.resolver';
import { ContactResolver } from './resolvers/contact.resolver';
import { OrganisationFieldsResolver } from './resolvers/organisation-fields.resolver';
import { OrganisationResolver } from './resolvers/organisation.resolver';
import { PolicyAreaResolver } from './resolvers/policy-area.resolver';
import { StakeholderGroupFieldsResolver } from './resolvers/stakeholder-group-fields.resolver';
import { StakeholderGroupResolver } from './resolvers/stakeholder-group.resolver';
import { ContactService } from './services/contact.service';
import { OrganisationService } from './services/organisation.service';
import { PolicyAreaService } from './services/policy-area.service';
import { StakeholderGroupService } from './services/stakeholder-group.service';

/** The shared register: policy areas, organisations, contacts and their affiliations, stakeholder groups. */
@Module({
  providers: [
    PolicyAreaService,
    OrganisationService,
    ContactService,
    StakeholderGroupService,
    RegisterLoaders,
    PolicyAreaResolver,
    OrganisationResolver,
    OrganisationFieldsResolver,
    ContactResolver,
    ContactFieldsResolver,
    AffiliationFieldsResolver,
    StakeholderGroupResolver,
    StakeholderGroupFieldsResolver,
  ],
  exports: [PolicyAreaService, OrganisationService, ContactService, StakeholderGroupService, RegisterLoaders],
})
export class RegisterModule {}
