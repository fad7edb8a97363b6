import { EntityManager } from '@mikro-orm/postgresql';
import { Transactional } from '@mikro-orm/decorators/legacy';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, FieldChange } from '@sidos/audit';
import { FieldErrors, isUuid, NotFoundError } from '@sidos/common';
import { Organisation } from '@sidos/register';

interface LockedOrganisation {
  id: string;
  archived: boolean;
  merged_into_id: string | null;
}

/** `"column" in (?, ?, …)` for the source ids. */
function inSources(column: string, sourceIds: string[]): string {
  return `${column} in (${sourceIds.map(() => '?').join(', ')})`;
}

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
 */
@Injectable()
export class OrganisationMergeService {
  constructor(
    private readonly em: EntityManager,
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
    await this.lockSourceGroups(em, sources);
    const locked = await this.lockOrganisations(em, [target, ...sources]);
    for (const id of [targetId, ...sourceIds]) {
      if (!locked.has(id.toLowerCase())) throw new NotFoundError('Organisation', id);
    }
    this.checkStates(locked, target, sources);

    const mergedAt = new Date();
    await this.moveAffiliations(em, target, sources);
    const policyAreasAdded = await this.movePolicyAreas(em, target, sources);
    const groupsAdded = await this.moveMemberships(em, target, sources, mergedAt);
    await this.moveEngagements(em, target, sources, mergedAt);
    await em.execute(
      `update "organisation" set "archived" = true, "merged_into_id" = ?, "version" = "version" + 1, "updated_at" = ? where ${inSources('"id"', sources)}`,
      [target, mergedAt, ...sources],
    );
    await em.execute('update "organisation" set "version" = "version" + 1, "updated_at" = ? where "id" = ?', [mergedAt, target]);

    const targetChanges: FieldChange[] = [{ field: 'mergedSourceIds', from: null, to: JSON.stringify([...sources].sort()) }];
    if (groupsAdded.length > 0) targetChanges.push({ field: 'groupIdsAdded', from: null, to: JSON.stringify(groupsAdded) });
    if (policyAreasAdded.length > 0) targetChanges.push({ field: 'policyAreaIdsAdded', from: null, to: JSON.stringify(policyAreasAdded) });
    this.auditTrail.record(em, actor, AuditAction.MERGE, 'Organisation', target, targetChanges);
    for (const source of sources) {
      const changes: FieldChange[] = [{ field: 'mergedInto', from: null, to: JSON.stringify(target) }];
      if (!locked.get(source)!.archived) changes.push({ field: 'archived', from: 'false', to: 'true' });
      this.auditTrail.record(em, actor, AuditAction.MERGE, 'Organisation', source, changes);
    }
    return em.findOneOrFail(Organisation, { id: target }, { refresh: true });
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

  /**
   * Locks the organisations (in id order, so that concurrent merges cannot deadlock); answers those that
   * exist. FOR NO KEY UPDATE: it waits for other writers of the rows, but not for the key-share locks that
   * inserts referencing them take (an engagement recorded meanwhile), which FOR UPDATE would deadlock with.
   */
  private async lockOrganisations(em: EntityManager, ids: string[]): Promise<Map<string, LockedOrganisation>> {
    const wellFormed = ids.filter(isUuid);
    if (wellFormed.length === 0) return new Map();
    const rows = await em.execute<LockedOrganisation[]>(
      `select "id", "archived", "merged_into_id" from "organisation" where "id" in (${wellFormed.map(() => '?').join(', ')}) order by "id" for no key update`,
      wellFormed,
    );
    return new Map(rows.map((row) => [row.id, row]));
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

  /** Every affiliation, current and ended, now names the target (a contact may then have two with it: both are history). */
  private async moveAffiliations(em: EntityManager, target: string, sources: string[]): Promise<void> {
    await em.execute(`update "affiliation" set "organisation_id" = ? where ${inSources('"organisation_id"', sources)}`, [target, ...sources]);
  }

  /** Adds the sources' policy areas the target lacks; answers the added ones. */
  private async movePolicyAreas(em: EntityManager, target: string, sources: string[]): Promise<string[]> {
    const added = await em.execute<{ policy_area_id: string }[]>(
      `insert into "organisation_policy_area" ("organisation_id", "policy_area_id")
       select distinct ?::uuid, opa."policy_area_id" from "organisation_policy_area" opa where ${inSources('opa."organisation_id"', sources)}
       on conflict do nothing returning "policy_area_id"`,
      [target, ...sources],
    );
    await em.execute(`delete from "organisation_policy_area" where ${inSources('"organisation_id"', sources)}`, sources);
    return added.map((row) => row.policy_area_id).sort();
  }

  /**
   * Locks the groups the sources are members of (in id order), before the organisations: membership
   * writers lock a group first too (StakeholderGroupService), so that the periods the target gains cannot
   * overlap periods written at the same time.
   */
  private async lockSourceGroups(em: EntityManager, sources: string[]): Promise<void> {
    const wellFormed = sources.filter(isUuid);
    if (wellFormed.length === 0) return;
    await em.execute(
      `select g."id" from "stakeholder_group" g
       where g."id" in (select m."group_id" from "group_organisation" m where ${inSources('m."organisation_id"', wellFormed)})
       order by g."id" for no key update`,
      wellFormed,
    );
  }

  /**
   * Keeps the sources' membership periods as they were, with their dates (for their records' coverage),
   * gives the target the days of the sources' periods it was not a member on (per group: the sources'
   * periods, joined where they overlap, less the target's own), marked as inherited now, and removes the
   * sources' own; answers the groups the target gained a period in.
   */
  private async moveMemberships(em: EntityManager, target: string, sources: string[], mergedAt: Date): Promise<string[]> {
    await em.execute(
      `insert into "merged_membership" ("group_id", "organisation_id", "since", "until", "counts_from")
       select m."group_id", m."organisation_id", m."since", m."until", m."inherited_at"
       from "group_organisation" m
       where ${inSources('m."organisation_id"', sources)}`,
      sources,
    );
    const gained = await em.execute<{ group_id: string }[]>(
      `with source_days as (
         select m."group_id", range_agg(daterange(m."since", m."until")) as "days"
         from "group_organisation" m where ${inSources('m."organisation_id"', sources)}
         group by m."group_id"
       ),
       target_days as (
         select m."group_id", range_agg(daterange(m."since", m."until")) as "days"
         from "group_organisation" m where m."organisation_id" = ?
         group by m."group_id"
       )
       insert into "group_organisation" ("group_id", "organisation_id", "since", "until", "inherited_at", "created_at")
       select sd."group_id", ?::uuid, lower(period), upper(period), ?::timestamptz, ?::timestamptz
       from source_days sd
       left join target_days td on td."group_id" = sd."group_id"
       cross join lateral unnest(sd."days" - coalesce(td."days", '{}'::datemultirange)) as period
       returning "group_id"`,
      [...sources, target, target, mergedAt, mergedAt],
    );
    await em.execute(`delete from "group_organisation" where ${inSources('"organisation_id"', sources)}`, sources);
    return [...new Set(gained.map((row) => row.group_id))].sort();
  }

  /** Notes the party each record was made with (unless an earlier merge already did), then moves the records. */
  private async moveEngagements(em: EntityManager, target: string, sources: string[], mergedAt: Date): Promise<void> {
    await em.execute(
      `insert into "moved_engagement" ("engagement_id", "recorded_organisation_id", "moved_at")
       select e."id", e."organisation_id", ?::timestamptz from "engagement" e where ${inSources('e."organisation_id"', sources)}
       on conflict ("engagement_id") do nothing`,
      [mergedAt, ...sources],
    );
    await em.execute(`update "engagement" set "organisation_id" = ? where ${inSources('"organisation_id"', sources)}`, [target, ...sources]);
  }
}
