import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { applyFieldChanges, AuditAction, AuditTrail, createdFields } from '@sidos/audit';
import { Viewer } from '@sidos/auth';
import { BadUserInputError, type Connection, isUuid, NotFoundError, pageOf, StaleVersionError } from '@sidos/common';
import { Activity } from '../entities/index.js';
import { ActivitiesArgs, CreateActivityInput, UpdateActivityInput } from '../inputs/index.js';
import { ActivityRepository } from '../repositories/activity.repository.js';
import { ConsultationRepository } from '../repositories/consultation.repository.js';
import { assertMayChangeMinistry } from './ministry-access.js';

const EDITABLE_FIELDS = ['title', 'method', 'mode', 'phase', 'date', 'participantCount'] as const;
const ACTIVITY_AUDIT_FIELDS = ['consultationId', ...EDITABLE_FIELDS] as const;

@Injectable()
export class ActivityService {
  constructor(
    private readonly em: EntityManager,
    private readonly activities: ActivityRepository,
    private readonly consultations: ConsultationRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  /** Null for an unknown or malformed id. */
  async findById(id: string): Promise<Activity | null> {
    if (!isUuid(id)) return null;
    return this.activities.findById(id);
  }

  /** The activities of every consultation matching the filter: the newest first unless `orderBy` says otherwise. */
  async list(args: ActivitiesArgs): Promise<Connection<Activity>> {
    return this.activities.list(args.filter, args.orderBy, pageOf(args));
  }

  /** An activity of a consultation that the viewer may change (its ministry's, or any for an ADMIN). */
  async create(viewer: Viewer, input: CreateActivityInput): Promise<Activity> {
    const consultation = isUuid(input.consultationId) ? await this.consultations.findById(input.consultationId) : null;
    if (!consultation)
      throw new BadUserInputError([{ path: 'consultationId', message: `names no consultation (unknown id ${JSON.stringify(input.consultationId)})` }]);
    assertMayChangeMinistry(viewer, consultation.ministry);
    const activity = this.em.create(Activity, {
      consultation,
      title: input.title,
      method: input.method,
      mode: input.mode,
      phase: input.phase,
      date: input.date,
      participantCount: input.participantCount ?? null,
    });
    this.auditTrail.record(this.em, viewer, AuditAction.CREATE, 'Activity', activity.id, createdFields({ ...input }, ACTIVITY_AUDIT_FIELDS));
    await this.em.flush();
    return activity;
  }

  /**
   * Corrects an activity of a consultation that the viewer may change: only the fields given; never its
   * consultation. NOT_FOUND, then FORBIDDEN (another ministry's), then CONFLICT for a stale version. A new
   * date or phase changes coverage at once (the coverage generation trigger sees it).
   */
  async update(viewer: Viewer, id: string, version: number, input: UpdateActivityInput): Promise<Activity> {
    const activity = isUuid(id) ? await this.activities.findWithConsultation(id.toLowerCase()) : null;
    if (!activity) throw new NotFoundError('Activity', id);
    assertMayChangeMinistry(viewer, activity.consultation.getEntity().ministry);
    if (activity.version !== version) throw new StaleVersionError('Activity', id, activity.version);
    const changes = applyFieldChanges(activity, input, EDITABLE_FIELDS);
    this.auditTrail.record(this.em, viewer, AuditAction.UPDATE, 'Activity', activity.id, changes);
    await this.em.flush();
    return activity;
  }
}
