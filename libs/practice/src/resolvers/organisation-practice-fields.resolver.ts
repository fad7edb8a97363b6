import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { Organisation } from '@sidos/register';
import { EngagementPreferencesRecord, InputTheme } from '../entities/index.js';
import { PracticeLoaders } from '../loaders/practice.loaders.js';

/** The loader key of themesRaised: the party and the consultation asked about (none: ""). */
export const themesRaisedKey = (partyId: string, consultationId: string | null | undefined) => `${partyId} ${consultationId?.toLowerCase() ?? ''}`;

const THEMES_RAISED_DESCRIPTION =
  "Themes raised by a record of this organisation (its own, or a contact's on its behalf); by consultation title, then theme title. Only those of one consultation when given.";

@Resolver(() => Organisation)
export class OrganisationPracticeFieldsResolver {
  constructor(private readonly loaders: PracticeLoaders) {}

  @ResolveField(() => EngagementPreferencesRecord, { nullable: true, description: 'Null until stated' })
  preferences(organisation: Organisation, _arguments: unknown, context: GraphQLRequestContext): Promise<EngagementPreferencesRecord | null> {
    return this.loaders.preferencesOfOrganisation(context).load(organisation.id);
  }

  @ResolveField(() => [InputTheme], { description: THEMES_RAISED_DESCRIPTION })
  themesRaised(
    @Parent() organisation: Organisation,
    @Context() context: GraphQLRequestContext,
    @Args('consultationId', { type: () => ID, nullable: true }) consultationId: string | null,
  ): Promise<InputTheme[]> {
    return this.loaders.themesRaised(context, 'organisation').load(themesRaisedKey(organisation.id, consultationId));
  }
}
