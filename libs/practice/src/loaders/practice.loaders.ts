import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type GraphQLRequestContext, isUuid, requestLoader } from '@sidos/common';
import { Engagement } from '@sidos/engagement';
import { PolicyArea } from '@sidos/register';
import { EngagementPreferencesRecord, InputTheme } from '../entities/index.js';
import { PreferencesRepository } from '../repositories/preferences.repository.js';
import { ThemeRepository } from '../repositories/theme.repository.js';

/** Request-scoped DataLoaders of the practice fields: one statement per field of a list, whatever its length. */
@Injectable()
export class PracticeLoaders {
  constructor(
    private readonly preferences: PreferencesRepository,
    private readonly themes: ThemeRepository,
  ) {}

  preferencesOfOrganisation(context: GraphQLRequestContext): DataLoader<string, EngagementPreferencesRecord | null> {
    return requestLoader(context, 'practice.preferencesOfOrganisation', (ids: readonly string[]) => this.preferences.ofParties('organisation', ids));
  }

  preferencesOfContact(context: GraphQLRequestContext): DataLoader<string, EngagementPreferencesRecord | null> {
    return requestLoader(context, 'practice.preferencesOfContact', (ids: readonly string[]) => this.preferences.ofParties('contact', ids));
  }

  policyAreasOfPreferences(context: GraphQLRequestContext): DataLoader<string, PolicyArea[]> {
    return requestLoader(context, 'practice.policyAreasOfPreferences', (ids: readonly string[]) => this.preferences.policyAreasOf(ids));
  }

  themesOfConsultation(context: GraphQLRequestContext): DataLoader<string, InputTheme[]> {
    return requestLoader(context, 'practice.themesOfConsultation', (ids: readonly string[]) => this.themes.themesOfConsultations(ids));
  }

  raisedByOfTheme(context: GraphQLRequestContext): DataLoader<string, Engagement[]> {
    return requestLoader(context, 'practice.raisedByOfTheme', (ids: readonly string[]) => this.themes.raisedByOfThemes(ids));
  }

  /** Keys: `${partyId} ${consultationId or ""}`. */
  themesRaised(context: GraphQLRequestContext, party: 'organisation' | 'contact'): DataLoader<string, InputTheme[]> {
    return requestLoader(context, `practice.themesRaised.${party}`, async (keys: readonly string[]) => {
      const parsed = keys.map((key) => {
        const [partyId, consultationId] = key.split(' ');
        return { partyId, consultationId: consultationId === '' ? null : consultationId };
      });
      // A malformed consultation id names no consultation: no themes, and nothing to ask the database.
      const asked = parsed.filter((key) => key.consultationId === null || isUuid(key.consultationId));
      const answers = asked.length > 0 ? await this.themes.themesRaised(party, asked) : [];
      const byKey = new Map(asked.map((key, index) => [key, answers[index]]));
      return parsed.map((key) => byKey.get(key) ?? []);
    });
  }
}
