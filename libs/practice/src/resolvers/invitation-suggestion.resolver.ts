import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@sidos/auth';
import { InvitationSuggestionsArgs } from '../inputs/invitation-suggestions.args.js';
import { InvitationPlannerService } from '../services/invitation-planner.service.js';
import { InvitationSuggestion } from '../types/invitation-suggestion.type.js';

@Resolver(() => InvitationSuggestion)
export class InvitationSuggestionResolver {
  constructor(private readonly plannerService: InvitationPlannerService) {}

  @Query(() => [InvitationSuggestion], { description: "Who to invite next to close the consultation's coverage gaps (see docs/coverage.md)" })
  @Roles(Role.VIEWER)
  invitationSuggestions(@Args() args: InvitationSuggestionsArgs): Promise<InvitationSuggestion[]> {
    return this.plannerService.suggestions(args);
  }
}
