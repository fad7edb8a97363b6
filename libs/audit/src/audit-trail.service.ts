import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditAction } from './audit-action.enum.js';
import { AuditEvent, FieldChange } from './audit-event.entity.js';

/** Who acts: the token's subject. */
export interface Actor {
  id: string;
}

/**
 * Adds audit events to the unit of work of a change: they are written by the same flush, in the same
 * transaction, so a failed change leaves no event and a written change always has one.
 */
@Injectable()
export class AuditTrail {
  record(em: EntityManager, actor: Actor, action: AuditAction, entityType: string, entityId: string, changes: FieldChange[]): AuditEvent {
    return em.create(AuditEvent, { actor: actor.id, action, entityType, entityId, changes });
  }
}
