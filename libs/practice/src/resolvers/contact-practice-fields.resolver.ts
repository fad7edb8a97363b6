import { personalDataMiddleware } from '@sidos/auth';
import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Contact } from '@sidos/register';
import { EngagementPreferencesRecord, InputTheme } from '../entities/index.js';
import { PracticeLoaders } from '../loaders/practice.loaders.js';
import { themesRaisedKey } from './organisation-practice-fields.resolver.js';

@Resolver(() => Contact)
export class ContactPracticeFieldsResolver {
  constructor(private readonly loaders: PracticeLoaders) {}

  @ResolveField(() => EngagementPreferencesRecord, {
    nullable: true,
    description: 'Null until stated; erasing the contact removes them. Personal data: for EDITOR and ADMIN; null for a VIEWER.',
    middleware: [personalDataMiddleware],
  })
  preferences(contact: Contact, _arguments: unknown, context: GraphQLRequestContext): Promise<EngagementPreferencesRecord | null> {
    return this.loaders.preferencesOfContact(context).load(contact.id);
  }

  @ResolveField(() => [InputTheme], { description: 'As Organisation.themesRaised, for records of this contact' })
  themesRaised(
    @Parent() contact: Contact,
    @Context() context: GraphQLRequestContext,
    @Args('consultationId', { type: () => ID, nullable: true }) consultationId: string | null,
  ): Promise<InputTheme[]> {
    return this.loaders.themesRaised(context, 'contact').load(themesRaisedKey(contact.id, consultationId));
  }
}
