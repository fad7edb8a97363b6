import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** The largest fan-out of each engagement relation. */
export const ENGAGEMENT_LIST_BOUNDS_SQL = `
select
  (select coalesce(max(n), 0) from (select count(*) as n from activity group by consultation_id) t) as "activitiesOfConsultation",
  (select coalesce(max(n), 0) from (select count(*) as n from engagement group by activity_id) t) as "engagementsOfActivity",
  (select count(*) from consultation) as "consultations"`;

type EngagementListBoundsRow = Record<'activitiesOfConsultation' | 'engagementsOfActivity' | 'consultations', string | number>;

/** How many items the engagement history's plain lists can hold, for the query cost estimate ("Type.field" → bound). */
@Injectable()
export class EngagementListBoundRepository {
  constructor(private readonly em: EntityManager) {}

  async listBounds(): Promise<Record<string, number>> {
    const [row] = await this.em.fork().execute<EngagementListBoundsRow[]>(ENGAGEMENT_LIST_BOUNDS_SQL);
    return {
      'Consultation.activities': Number(row.activitiesOfConsultation),
      'Activity.engagements': Number(row.engagementsOfActivity),
      'CoverageMatrix.consultations': Number(row.consultations),
    };
  }
}
