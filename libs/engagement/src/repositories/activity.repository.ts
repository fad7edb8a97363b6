import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Activity, Engagement } from '../entities/index.js';

/** The records named (well-formed uuids), locked for the rest of the transaction, each with its consultation's ministry. */
const ENGAGEMENTS_FOR_VOID_SQL = (count: number) =>
  `select e.*, c."ministry" as "consultation_ministry"
   from "engagement" e join "activity" a on a."id" = e."activity_id" join "consultation" c on c."id" = a."consultation_id"
   where e."id" in (${Array.from({ length: count }, () => '?').join(', ')})
   order by e."id"
   for update of e`;

/** The queries of activities and their engagement records (the batches of EngagementLoaders too). */
@Injectable()
export class ActivityRepository {
  constructor(private readonly em: EntityManager) {}

  /** The activity, or null; `id` must be a well-formed UUID. */
  findById(id: string): Promise<Activity | null> {
    return this.em.findOne(Activity, { id });
  }

  /** The activity with its consultation loaded (whose ministry a change of it is checked against), or null; `id` must be a well-formed UUID. */
  findWithConsultation(id: string): Promise<Activity | null> {
    return this.em.findOne(Activity, { id }, { populate: ['consultation'] });
  }

  /** The activities with these ids, in no particular order. */
  byIds(ids: readonly string[]): Promise<Activity[]> {
    return this.em.find(Activity, { id: { $in: [...ids] } });
  }

  /** The activities of the consultations, by date, oldest first. */
  ofConsultations(consultationIds: readonly string[]): Promise<Activity[]> {
    return this.em.find(Activity, { consultation: { $in: [...consultationIds] } }, { orderBy: { date: 'asc', createdAt: 'asc', id: 'asc' } });
  }

  /** The engagement records of the activities, in the order they were recorded; voided ones only when asked. */
  engagementsOf(activityIds: readonly string[], includeVoided = false): Promise<Engagement[]> {
    return this.em.find(
      Engagement,
      { activity: { $in: [...activityIds] }, ...(includeVoided ? {} : { voided: false }) },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }

  /**
   * The records with these ids (well-formed, lower-case uuids), as managed entities, each with the ministry
   * of its activity's consultation; their rows stay locked until the transaction ends, so that two calls
   * cannot void one record twice. In id order (concurrent calls lock in the same order).
   */
  async engagementsForVoid(ids: readonly string[]): Promise<{ engagement: Engagement; ministry: string }[]> {
    if (ids.length === 0) return [];
    const rows = await this.em.execute<Record<string, unknown>[]>(ENGAGEMENTS_FOR_VOID_SQL(ids.length), [...ids]);
    return rows.map(({ consultation_ministry: ministry, ...row }) => ({ engagement: this.em.map(Engagement, row), ministry: ministry as string }));
  }
}
