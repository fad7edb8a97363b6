import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { mayReadPersonalData, viewerOfContext } from '@sidos/auth';
import { byIdLoader, type Connection, type GraphQLRequestContext, groupByKey, pageOf, requestLoader } from '@sidos/common';
import { PolicyArea, StakeholderGroup } from '@sidos/register';
import { Activity, Consultation, Engagement } from '../entities/index.js';
import { EngagementHistoryArgs } from '../inputs/index.js';
import { ActivityRepository, type EngagementHistoryQuery, type EngagementParty } from '../repositories/activity.repository.js';
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

  /**
   * The engagement history of organisations or contacts: the same page (these arguments) of each party's
   * records in one statement for all the parties of a request, whatever their number (one loader per
   * distinct arguments). Newest activity first unless `orderBy` says otherwise; voided records only with
   * `includeVoided`. A contact's records that name a special-category group are for EDITOR and ADMIN only:
   * a VIEWER's history of a contact leaves them out (the pairing tells that the person belongs to the group).
   * `first` with `last`, or a cursor of another list or order, is BAD_USER_INPUT.
   */
  engagementHistory(context: GraphQLRequestContext, party: EngagementParty, args: EngagementHistoryArgs): DataLoader<string, Connection<Engagement>> {
    const query: EngagementHistoryQuery = {
      includeVoided: args.includeVoided ?? false,
      withoutSpecialCategoryGroups: party === 'contact' && !mayReadPersonalData(viewerOfContext(context)),
      orderBy: args.orderBy ? { field: args.orderBy.field, direction: args.orderBy.direction } : null,
      page: pageOf(args),
    };
    return requestLoader(context, `engagement.history.${party}.${JSON.stringify(query)}`, (ids: readonly string[]) =>
      this.activities.engagementHistories(party, ids, query),
    );
  }
}
