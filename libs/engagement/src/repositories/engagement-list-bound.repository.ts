import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** The size of each engagement relation's lists for the cost estimate: the 99th percentile of its fan-out. */
export const ENGAGEMENT_LIST_SIZES_SQL = `
with activities_of_consultation as (select count(*) as n from activity group by consultation_id),
     engagements_of_activity as (select count(*) as n from engagement group by activity_id),
     policy_areas_of_consultation as (select count(*) as n from consultation_policy_area group by consultation_id),
     target_groups_of_consultation as (select count(*) as n from consultation_target_group group by consultation_id)
select
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from activities_of_consultation) as "activitiesOfConsultation",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from engagements_of_activity) as "engagementsOfActivity",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from policy_areas_of_consultation) as "policyAreasOfConsultation",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from target_groups_of_consultation) as "targetGroupsOfConsultation",
  (select count(*) from consultation) as "consultations"`;

type EngagementListSizesRow = Record<
  'activitiesOfConsultation' | 'engagementsOfActivity' | 'policyAreasOfConsultation' | 'targetGroupsOfConsultation' | 'consultations',
  string | number
>;

/** How many items the engagement history's plain lists hold, for the query cost estimate ("Type.field" → size). */
@Injectable()
export class EngagementListBoundRepository {
  constructor(private readonly em: EntityManager) {}

  async listBounds(): Promise<Record<string, number>> {
    const [row] = await this.em.fork().execute<EngagementListSizesRow[]>(ENGAGEMENT_LIST_SIZES_SQL);
    return {
      'Consultation.activities': Number(row.activitiesOfConsultation),
      'Activity.engagements': Number(row.engagementsOfActivity),
      'Consultation.policyAreas': Number(row.policyAreasOfConsultation),
      'Consultation.targetGroups': Number(row.targetGroupsOfConsultation),
      'CoverageMatrix.consultations': Number(row.consultations),
    };
  }
}
