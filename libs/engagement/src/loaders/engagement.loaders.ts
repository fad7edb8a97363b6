import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type GraphQLRequestContext, groupByKey, requestLoader } from '@sidos/common';
import { PolicyArea, StakeholderGroup } from '@sidos/register';
import { Activity, Consultation, Engagement } from '../entities/index.js';

const placeholders = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/**
 * Request-scoped DataLoaders for consultations, activities and engagements: each relation of a list of
 * N records costs one SQL statement, whatever N is. Organisations, contacts and groups come from RegisterLoaders.
 */
@Injectable()
export class EngagementLoaders {
  constructor(private readonly em: EntityManager) {}

  consultation(context: GraphQLRequestContext): DataLoader<string, Consultation | null> {
    return requestLoader(context, 'engagement.consultation', async (ids: readonly string[]) => {
      const consultations = await this.em.find(Consultation, { id: { $in: [...ids] } });
      const byId = new Map(consultations.map((consultation) => [consultation.id, consultation]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  activity(context: GraphQLRequestContext): DataLoader<string, Activity | null> {
    return requestLoader(context, 'engagement.activity', async (ids: readonly string[]) => {
      const activities = await this.em.find(Activity, { id: { $in: [...ids] } });
      const byId = new Map(activities.map((activity) => [activity.id, activity]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** By name, case-insensitively. */
  policyAreasOfConsultation(context: GraphQLRequestContext): DataLoader<string, PolicyArea[]> {
    return requestLoader(context, 'engagement.policyAreasOfConsultation', async (ids: readonly string[]) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        `select link."consultation_id" as "link_consultation_id", p.* from "consultation_policy_area" link join "policy_area" p on p."id" = link."policy_area_id"
         where link."consultation_id" in (${placeholders(ids)}) order by lower(p."name"), p."id"`,
        [...ids],
      );
      return groupByKey(ids, rows, (row) => row.link_consultation_id as string).map((list) => list.map((row) => this.em.map(PolicyArea, row)));
    });
  }

  /** By name, case-insensitively. */
  targetGroupsOfConsultation(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'engagement.targetGroupsOfConsultation', async (ids: readonly string[]) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        `select link."consultation_id" as "link_consultation_id", g.* from "consultation_target_group" link join "stakeholder_group" g on g."id" = link."group_id"
         where link."consultation_id" in (${placeholders(ids)}) order by lower(g."name"), g."id"`,
        [...ids],
      );
      return groupByKey(ids, rows, (row) => row.link_consultation_id as string).map((list) => list.map((row) => this.em.map(StakeholderGroup, row)));
    });
  }

  /** By date, oldest first. */
  activitiesOfConsultation(context: GraphQLRequestContext): DataLoader<string, Activity[]> {
    return requestLoader(context, 'engagement.activitiesOfConsultation', async (ids: readonly string[]) => {
      const activities = await this.em.find(Activity, { consultation: { $in: [...ids] } }, { orderBy: { date: 'asc', createdAt: 'asc', id: 'asc' } });
      return groupByKey(ids, activities, (activity) => activity.consultation.id);
    });
  }

  /** In the order they were recorded. */
  engagementsOfActivity(context: GraphQLRequestContext): DataLoader<string, Engagement[]> {
    return requestLoader(context, 'engagement.engagementsOfActivity', async (ids: readonly string[]) => {
      const engagements = await this.em.find(Engagement, { activity: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupByKey(ids, engagements, (engagement) => engagement.activity.id);
    });
  }
}
