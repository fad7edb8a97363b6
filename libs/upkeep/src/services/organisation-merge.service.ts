import { EntityManager } from '@mikro-orm/postgresql';
import { Transactional } from '@mikro-orm/decorators/legacy';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, FieldChange } from '@sidos/audit';
import { FieldErrors, NotFoundError } from '@sidos/common';
import { Organisation } from '@sidos/register';
import { type LockedOrganisation, OrganisationMergeRepository } from '../repositories/organisation-merge.repository.js';

/**
 * Merging duplicate organisations into one (ADMIN). Everything happens in one transaction, with the
 * organisations locked, in set-based statements: all of it is written, or (on any error) nothing.
 *
 * What moves to the target: the sources' affiliations (all of them, ended ones too: they are history),
 * group memberships and policy areas (inserted where the target lacks them, so no duplicates), and
 * engagement records (their `organisation` becomes the target). The sources are archived with
 * `mergedInto` = target and keep their own fields (names, business ID) as a record of what was merged.
 *
 * Coverage answers stay exactly as they were. A party in coverage is the organisation a record was
 * recorded with, counted by its own id and its own memberships (docs/coverage.md), so the merge keeps:
 * - for every moved engagement, the organisation it was recorded with (`moved_engagement`);
 * - the membership periods each source held, with their dates (`merged_membership`), for those records;
 * - a mark on the periods the target gains (`group_organisation.inherited_at`): they count for the
 *   target's records made after the merge only, so its earlier records match the groups they matched before.
 * A source and a target heard in the same group are two parties before the merge and after it.
 *
 * The service checks, orders the steps and writes the audit; OrganisationMergeRepository holds the locks
 * and the set-based moves (their SQL in repositories/organisation-merge.sql.ts).
 */
@Injectable()
export class OrganisationMergeService {
  constructor(
    private readonly em: EntityManager,
    private readonly merges: OrganisationMergeRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  /**
   * BAD_USER_INPUT: no sources, a source listed twice, the target among its sources (`sourceIds.N`), an
   * archived target (`targetId`), a source already merged into an organisation (`sourceIds.N`: merge its
   * target instead). NOT_FOUND: an unknown or malformed target or source id. An archived source that was
   * not merged may be merged.
   */
  @Transactional()
  async merge(actor: Actor, targetId: string, sourceIds: string[]): Promise<Organisation> {
    this.checkArguments(targetId, sourceIds);
    const target = targetId.toLowerCase();
    const sources = sourceIds.map((id) => id.toLowerCase());
    // The transaction of the mutation that calls it (or one of its own: @Transactional joins one that runs).
    const em = this.em;
    await this.merges.lockSourceGroups(sources);
    const locked = await this.merges.lockOrganisations([target, ...sources]);
    for (const id of [targetId, ...sourceIds]) {
      if (!locked.has(id.toLowerCase())) throw new NotFoundError('Organisation', id);
    }
    this.checkStates(locked, target, sources);

    const mergedAt = new Date();
    await this.merges.moveAffiliations(target, sources);
    const policyAreasAdded = await this.merges.movePolicyAreas(target, sources);
    const groupsAdded = await this.merges.moveMemberships(target, sources, mergedAt);
    await this.merges.moveEngagements(target, sources, mergedAt);
    await this.merges.archiveSources(target, sources, mergedAt);

    const targetChanges: FieldChange[] = [{ field: 'mergedSourceIds', from: null, to: JSON.stringify([...sources].sort()) }];
    if (groupsAdded.length > 0) targetChanges.push({ field: 'groupIdsAdded', from: null, to: JSON.stringify(groupsAdded) });
    if (policyAreasAdded.length > 0) targetChanges.push({ field: 'policyAreaIdsAdded', from: null, to: JSON.stringify(policyAreasAdded) });
    this.auditTrail.record(em, actor, AuditAction.MERGE, 'Organisation', target, targetChanges);
    for (const source of sources) {
      const changes: FieldChange[] = [{ field: 'mergedInto', from: null, to: JSON.stringify(target) }];
      if (!locked.get(source)!.archived) changes.push({ field: 'archived', from: 'false', to: 'true' });
      this.auditTrail.record(em, actor, AuditAction.MERGE, 'Organisation', source, changes);
    }
    return this.merges.mergedTarget(target);
  }

  /** What the arguments say by themselves, before anything is read. */
  private checkArguments(targetId: string, sourceIds: string[]): void {
    const errors = new FieldErrors();
    if (sourceIds.length === 0) errors.add('sourceIds', 'must name at least one organisation to merge into the target');
    const seen = new Set<string>();
    sourceIds.forEach((id, index) => {
      const key = id.toLowerCase();
      if (key === targetId.toLowerCase()) errors.add(`sourceIds.${index}`, 'is the target itself: an organisation cannot be merged into itself');
      else if (seen.has(key)) errors.add(`sourceIds.${index}`, 'is listed twice');
      seen.add(key);
    });
    errors.throwIfAny();
  }

  private checkStates(locked: Map<string, LockedOrganisation>, target: string, sources: string[]): void {
    const errors = new FieldErrors();
    if (locked.get(target)!.archived) errors.add('targetId', 'is archived: merge into an organisation that is in use');
    sources.forEach((source, index) => {
      const mergedInto = locked.get(source)!.merged_into_id;
      if (mergedInto) errors.add(`sourceIds.${index}`, `is already merged into organisation ${mergedInto}`);
    });
    errors.throwIfAny();
  }
}
