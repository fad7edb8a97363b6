import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { EngagementPreferencesRecord } from '../entities/index.js';
import { SetEngagementPreferencesArgs } from '../inputs/engagement-preferences.input.js';
import { PreferencesService } from '../services/preferences.service.js';

@Resolver(() => EngagementPreferencesRecord)
export class EngagementPreferencesResolver {
  constructor(private readonly preferencesService: PreferencesService) {}

  @Mutation(() => EngagementPreferencesRecord, {
    nullable: true,
    description:
      'Replaces what the organisation or contact said it wishes; null clears it. Exactly one of organisationId and contactId (else BAD_USER_INPUT at organisationId); an unknown one is NOT_FOUND.',
  })
  @Roles(Role.EDITOR)
  setEngagementPreferences(@CurrentViewer() viewer: Viewer, @Args() args: SetEngagementPreferencesArgs): Promise<EngagementPreferencesRecord | null> {
    return this.preferencesService.set(viewer, args.organisationId, args.contactId, args.preferences);
  }
}
