import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUuid } from '@sidos/common';
import { Organisation } from '@sidos/register';
import {
  ADD_SOURCE_POLICY_AREAS_SQL,
  ARCHIVE_SOURCES_SQL,
  DELETE_SOURCE_MEMBERSHIPS_SQL,
  DELETE_SOURCE_POLICY_AREAS_SQL,
  INHERIT_SOURCE_MEMBERSHIPS_SQL,
  KEEP_SOURCE_MEMBERSHIPS_SQL,
  LOCK_ORGANISATIONS_SQL,
  LOCK_SOURCE_GROUPS_SQL,
  MOVE_AFFILIATIONS_SQL,
  MOVE_ENGAGEMENTS_SQL,
  NOTE_MOVED_ENGAGEMENTS_SQL,
  TOUCH_TARGET_SQL,
} from './organisation-merge.sql.js';

/** An organisation as a merge locks it. */
export interface LockedOrganisation {
  id: string;
  archived: boolean;
  merged_into_id: string | null;
}

/** `?, ?, …`: one binding per id. */
const bindings = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/**
 * The statements of an organisation merge (see OrganisationMergeService): locks and set-based moves, on
 * the primary, in the transaction of the merge that calls them (they never commit on their own).
 * Every id given is lower case; source lists are never empty.
 */
@Injectable()
export class OrganisationMergeRepository {
  constructor(private readonly em: EntityManager) {}

  /** Locks the groups the (well-formed) sources are members of, in id order. */
  async lockSourceGroups(sources: string[]): Promise<void> {
    const wellFormed = sources.filter(isUuid);
    if (wellFormed.length === 0) return;
    await this.em.execute(LOCK_SOURCE_GROUPS_SQL(bindings(wellFormed)), wellFormed);
  }

  /** Locks the (well-formed) organisations in id order; answers those that exist, by id. */
  async lockOrganisations(ids: string[]): Promise<Map<string, LockedOrganisation>> {
    const wellFormed = ids.filter(isUuid);
    if (wellFormed.length === 0) return new Map();
    const rows = await this.em.execute<LockedOrganisation[]>(LOCK_ORGANISATIONS_SQL(bindings(wellFormed)), wellFormed);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Every affiliation, current and ended, now names the target (a contact may then have two with it: both are history). */
  async moveAffiliations(target: string, sources: string[]): Promise<void> {
    await this.em.execute(MOVE_AFFILIATIONS_SQL(bindings(sources)), [target, ...sources]);
  }

  /** Adds the sources' policy areas the target lacks and removes the sources' own; answers the added ones, sorted. */
  async movePolicyAreas(target: string, sources: string[]): Promise<string[]> {
    const added = await this.em.execute<{ policy_area_id: string }[]>(ADD_SOURCE_POLICY_AREAS_SQL(bindings(sources)), [target, ...sources]);
    await this.em.execute(DELETE_SOURCE_POLICY_AREAS_SQL(bindings(sources)), sources);
    return added.map((row) => row.policy_area_id).sort();
  }

  /**
   * Keeps the sources' membership periods as they were (merged_membership), gives the target the days of
   * them it was not a member on, marked as inherited at `mergedAt`, and removes the sources' own; answers
   * the groups the target gained a period in, sorted.
   */
  async moveMemberships(target: string, sources: string[], mergedAt: Date): Promise<string[]> {
    await this.em.execute(KEEP_SOURCE_MEMBERSHIPS_SQL(bindings(sources)), sources);
    const gained = await this.em.execute<{ group_id: string }[]>(INHERIT_SOURCE_MEMBERSHIPS_SQL(bindings(sources)), [
      ...sources,
      target,
      target,
      mergedAt,
      mergedAt,
    ]);
    await this.em.execute(DELETE_SOURCE_MEMBERSHIPS_SQL(bindings(sources)), sources);
    return [...new Set(gained.map((row) => row.group_id))].sort();
  }

  /** Notes the party each record was made with (unless an earlier merge already did), then moves the records. */
  async moveEngagements(target: string, sources: string[], mergedAt: Date): Promise<void> {
    await this.em.execute(NOTE_MOVED_ENGAGEMENTS_SQL(bindings(sources)), [mergedAt, ...sources]);
    await this.em.execute(MOVE_ENGAGEMENTS_SQL(bindings(sources)), [target, ...sources]);
  }

  /** Archives the sources as merged into the target and gives both sides a new version. */
  async archiveSources(target: string, sources: string[], mergedAt: Date): Promise<void> {
    await this.em.execute(ARCHIVE_SOURCES_SQL(bindings(sources)), [target, mergedAt, ...sources]);
    await this.em.execute(TOUCH_TARGET_SQL, [mergedAt, target]);
  }

  /** The target as the merge left it (read again, not from the identity map). */
  mergedTarget(target: string): Promise<Organisation> {
    return this.em.findOneOrFail(Organisation, { id: target }, { refresh: true });
  }
}
