import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Activity } from '../entities/index.js';

/** The queries of activities. */
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
}
