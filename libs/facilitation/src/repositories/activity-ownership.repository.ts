import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUuid } from '@sidos/common';
import { Activity } from '@sidos/engagement';

/** The activity and its consultation's ministry (who may change its facilitators and feedback). */
const ACTIVITY_WITH_MINISTRY_SQL = `select a.*, c."ministry" as "consultation_ministry" from "activity" a join "consultation" c on c."id" = a."consultation_id" where a."id" = ?`;

/** Which ministry owns an activity: that of its consultation. */
@Injectable()
export class ActivityOwnershipRepository {
  constructor(private readonly em: EntityManager) {}

  /** The activity and its consultation's ministry, in one statement; null for an unknown or malformed id. */
  async activityWithMinistry(activityId: string): Promise<{ activity: Activity; ministry: string } | null> {
    if (!isUuid(activityId)) return null;
    const [row] = await this.em.execute<Record<string, unknown>[]>(ACTIVITY_WITH_MINISTRY_SQL, [activityId]);
    return row ? { activity: this.em.map(Activity, row), ministry: row.consultation_ministry as string } : null;
  }
}
