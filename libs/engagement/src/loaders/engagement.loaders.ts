import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byIdLoader, type GraphQLRequestContext, groupByKey, requestLoader } from '@sidos/common';
import { PolicyArea, StakeholderGroup } from '@sidos/register';
import { Activity, Consultation, Engagement } from '../entities/index.js';
import { ActivityRepository } from '../repositories/activity.repository.js';
import { ConsultationRepository } from '../repositories/consultation.repository.js';

/**
 * Request-scoped DataLoaders for consultations, activities and engagements: each relation of a list of
 * N records costs one SQL statement, whatever N is (the repositories' batch reads). Organisations, contacts and groups come from RegisterLoaders.
 */
@Injectable()
export class EngagementLoaders {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly activities: ActivityRepository,
  ) {}

  consultation(context: GraphQLRequestContext): DataLoader<string, Consultation | null> {
    return byIdLoader(context, 'engagement.consultation', (ids) => this.consultations.byIds(ids));
  }

  activity(context: GraphQLRequestContext): DataLoader<string, Activity | null> {
    return byIdLoader(context, 'engagement.activity', (ids) => this.activities.byIds(ids));
  }

  /** By name, case-insensitively. */
  policyAreasOfConsultation(context: GraphQLRequestContext): DataLoader<string, PolicyArea[]> {
    return requestLoader(context, 'engagement.policyAreasOfConsultation', async (ids: readonly string[]) => {
      const links = await this.consultations.policyAreasOf(ids);
      return groupByKey(ids, links, (link) => link.consultationId).map((list) => list.map((link) => link.policyArea));
    });
  }

  /** By name, case-insensitively. */
  targetGroupsOfConsultation(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'engagement.targetGroupsOfConsultation', async (ids: readonly string[]) => {
      const links = await this.consultations.targetGroupsOf(ids);
      return groupByKey(ids, links, (link) => link.consultationId).map((list) => list.map((link) => link.group));
    });
  }

  /** By date, oldest first. */
  activitiesOfConsultation(context: GraphQLRequestContext): DataLoader<string, Activity[]> {
    return requestLoader(context, 'engagement.activitiesOfConsultation', async (ids: readonly string[]) => {
      const activities = await this.activities.ofConsultations(ids);
      return groupByKey(ids, activities, (activity) => activity.consultation.id);
    });
  }

  /** In the order they were recorded; voided records only when asked. */
  engagementsOfActivity(context: GraphQLRequestContext, includeVoided = false): DataLoader<string, Engagement[]> {
    const name = includeVoided ? 'engagement.engagementsOfActivityWithVoided' : 'engagement.engagementsOfActivity';
    return requestLoader(context, name, async (ids: readonly string[]) => {
      const engagements = await this.activities.engagementsOf(ids, includeVoided);
      return groupByKey(ids, engagements, (engagement) => engagement.activity.id);
    });
  }
}
