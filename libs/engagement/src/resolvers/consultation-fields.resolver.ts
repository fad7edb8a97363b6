import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLRequestContext } from '@sidos/common';
import { PolicyArea, StakeholderGroup } from '@sidos/register';
import { Activity, Consultation } from '../entities/index.js';
import { EngagementLoaders } from '../loaders/engagement.loaders.js';

@Resolver(() => Consultation)
export class ConsultationFieldsResolver {
  constructor(private readonly loaders: EngagementLoaders) {}

  @ResolveField(() => [PolicyArea])
  policyAreas(consultation: Consultation, _arguments: unknown, context: GraphQLRequestContext): Promise<PolicyArea[]> {
    return this.loaders.policyAreasOfConsultation(context).load(consultation.id);
  }

  /** The groups its engagement plan means to hear. */
  @ResolveField(() => [StakeholderGroup], { description: 'The groups its engagement plan means to hear' })
  targetGroups(consultation: Consultation, _arguments: unknown, context: GraphQLRequestContext): Promise<StakeholderGroup[]> {
    return this.loaders.targetGroupsOfConsultation(context).load(consultation.id);
  }

  @ResolveField(() => [Activity], { description: 'By date, oldest first' })
  activities(consultation: Consultation, _arguments: unknown, context: GraphQLRequestContext): Promise<Activity[]> {
    return this.loaders.activitiesOfConsultation(context).load(consultation.id);
  }
}
