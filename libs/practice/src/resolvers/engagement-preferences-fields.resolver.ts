import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { PolicyArea } from '@sidos/register';
import { EngagementPreferencesRecord } from '../entities/index.js';
import { PracticeLoaders } from '../loaders/practice.loaders.js';

@Resolver(() => EngagementPreferencesRecord)
export class EngagementPreferencesFieldsResolver {
  constructor(private readonly loaders: PracticeLoaders) {}

  @ResolveField(() => [PolicyArea], { description: 'Topics it wishes to be asked about, by name' })
  policyAreas(preferences: EngagementPreferencesRecord, _arguments: unknown, context: GraphQLRequestContext): Promise<PolicyArea[]> {
    return this.loaders.policyAreasOfPreferences(context).load(preferences.id);
  }
}
