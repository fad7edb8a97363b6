import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTrail, auditValue } from '@sidos/audit';
import { Viewer } from '@sidos/auth';
import { FieldErrors, NotFoundError } from '@sidos/common';
import { Activity, assertMayChangeMinistry } from '@sidos/engagement';
import { AssignFacilitatorsArgs, UnassignFacilitatorsArgs } from '../inputs/index.js';
import { ActivityOwnershipRepository } from '../repositories/activity-ownership.repository.js';
import { FacilitatorRepository } from '../repositories/facilitator.repository.js';

/**
 * Who facilitates each activity. Changes belong to the ministry of the activity's consultation (an EDITOR
 * of another ministry is FORBIDDEN); every change is all or nothing and leaves one audit event per
 * assignment added, changed or removed.
 */
@Injectable()
export class FacilitatorAssignmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly activities: ActivityOwnershipRepository,
    private readonly facilitators: FacilitatorRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  /**
   * Adds each facilitator to the activity, or changes its role when already there (never a second
   * assignment). An unknown or inactive facilitator is BAD_USER_INPUT at assignments.N.facilitatorId;
   * a facilitator named twice takes the last role given.
   */
  async assign(viewer: Viewer, { activityId, assignments }: AssignFacilitatorsArgs): Promise<Activity> {
    const activity = await this.activityForChange(viewer, activityId);
    const states = await this.facilitators.facilitatorStates(assignments.map((assignment) => assignment.facilitatorId.toLowerCase()));
    const errors = new FieldErrors();
    assignments.forEach((assignment, index) => {
      const state = states.get(assignment.facilitatorId.toLowerCase());
      if (!state) errors.add(`assignments.${index}.facilitatorId`, `names no facilitator (unknown id ${JSON.stringify(assignment.facilitatorId)})`);
      else if (!state.active) errors.add(`assignments.${index}.facilitatorId`, 'names an inactive facilitator');
    });
    errors.throwIfAny();

    const wanted = new Map(assignments.map((assignment) => [assignment.facilitatorId.toLowerCase(), assignment.role]));
    const existing = await this.facilitators.rolesOnActivity(activity.id);
    const changed = [...wanted].filter(([facilitatorId, role]) => existing.get(facilitatorId)?.role !== role);
    const ids = await this.facilitators.upsertAssignments(
      activity.id,
      changed.map(([facilitatorId, role]) => ({ facilitatorId, role })),
    );
    for (const [facilitatorId, role] of changed) {
      const before = existing.get(facilitatorId);
      const changes = before
        ? [{ field: 'role', from: auditValue(before.role), to: auditValue(role) }]
        : [
            { field: 'activityId', from: null, to: auditValue(activity.id) },
            { field: 'facilitatorId', from: null, to: auditValue(facilitatorId) },
            { field: 'role', from: null, to: auditValue(role) },
          ];
      this.auditTrail.record(this.em, viewer, before ? AuditAction.UPDATE : AuditAction.CREATE, 'FacilitatorAssignment', ids.get(facilitatorId)!, changes);
    }
    await this.em.flush();
    return activity;
  }

  /** Removes the facilitators from the activity; an unknown facilitator is BAD_USER_INPUT at facilitatorIds.N, one not on it is left alone. */
  async unassign(viewer: Viewer, { activityId, facilitatorIds }: UnassignFacilitatorsArgs): Promise<Activity> {
    const activity = await this.activityForChange(viewer, activityId);
    const states = await this.facilitators.facilitatorStates(facilitatorIds.map((id) => id.toLowerCase()));
    const errors = new FieldErrors();
    facilitatorIds.forEach((id, index) => {
      if (!states.has(id.toLowerCase())) errors.add(`facilitatorIds.${index}`, `names no facilitator (unknown id ${JSON.stringify(id)})`);
    });
    errors.throwIfAny();

    const removed = await this.facilitators.deleteAssignments(activity.id, [...new Set(facilitatorIds.map((id) => id.toLowerCase()))]);
    for (const assignment of removed) {
      this.auditTrail.record(this.em, viewer, AuditAction.DELETE, 'FacilitatorAssignment', assignment.id, [
        { field: 'activityId', from: auditValue(activity.id), to: null },
        { field: 'facilitatorId', from: auditValue(assignment.facilitatorId), to: null },
        { field: 'role', from: auditValue(assignment.role), to: null },
      ]);
    }
    await this.em.flush();
    return activity;
  }

  /** NOT_FOUND for an unknown activity; FORBIDDEN when the viewer may not change its consultation's ministry. */
  private async activityForChange(viewer: Viewer, activityId: string): Promise<Activity> {
    const found = await this.activities.activityWithMinistry(activityId);
    if (!found) throw new NotFoundError('Activity', activityId);
    assertMayChangeMinistry(viewer, found.ministry);
    return found.activity;
  }
}
