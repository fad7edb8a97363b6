import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Activity, Engagement } from '../entities/index.js';

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

  /** The engagement records of the activities, in the order they were recorded. */
  engagementsOf(activityIds: readonly string[]): Promise<Engagement[]> {
    return this.em.find(Engagement, { activity: { $in: [...activityIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}
