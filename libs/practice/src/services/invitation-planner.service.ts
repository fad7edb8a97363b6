import { Injectable } from '@nestjs/common';
import { BadUserInputError, finnishToday, isUuid, NotFoundError } from '@sidos/common';
import { InvitationSuggestionsArgs } from '../inputs/invitation-suggestions.args.js';
import { InvitationRepository } from '../repositories/invitation.repository.js';
import { InvitationSuggestion } from '../types/invitation-suggestion.type.js';

/**
 * Who to invite next to close a consultation's gaps without wearing anyone out (the rules are the
 * contract's, in InvitationRepository's statement). The reference date D is the activity's date when one
 * is given, else today in Finnish time. Two statements whatever the size.
 */
@Injectable()
export class InvitationPlannerService {
  constructor(private readonly repository: InvitationRepository) {}

  async suggestions({ consultationId, activityId, first }: InvitationSuggestionsArgs, now: Date = new Date()): Promise<InvitationSuggestion[]> {
    if (!isUuid(consultationId)) throw new NotFoundError('Consultation', consultationId);
    const givenActivity = activityId ?? null;
    if (givenActivity !== null && !isUuid(givenActivity)) throw this.notAnActivityOf(givenActivity);
    const found = await this.repository.consultationAndActivity(consultationId, givenActivity);
    if (!found.consultationId) throw new NotFoundError('Consultation', consultationId);
    if (givenActivity !== null && found.activity?.consultationId !== found.consultationId) throw this.notAnActivityOf(givenActivity);
    const referenceDate = found.activity?.date ?? finnishToday(now);
    const rows = await this.repository.suggestions(found.consultationId, referenceDate, found.activity, first);
    return rows.map((row) => Object.assign(new InvitationSuggestion(), row));
  }

  private notAnActivityOf(activityId: string): BadUserInputError {
    return new BadUserInputError([{ path: 'activityId', message: `names no activity of this consultation (${JSON.stringify(activityId)})` }]);
  }
}
