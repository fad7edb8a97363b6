/*
 * The SQL of an organisation merge (OrganisationMergeRepository), as text. The statements that name the
 * sources take their ids as a list of `?` bindings (`sources`, e.g. `?, ?`), bound in the order shown.
 */

/**
 * Locks the organisations (in id order, so that concurrent merges cannot deadlock); answers those that
 * exist. FOR NO KEY UPDATE: it waits for other writers of the rows, but not for the key-share locks that
 * inserts referencing them take (an engagement recorded meanwhile), which FOR UPDATE would deadlock with.
 * Bindings: the ids.
 */
export const LOCK_ORGANISATIONS_SQL = (ids: string) =>
  `select "id", "archived", "merged_into_id" from "organisation" where "id" in (${ids}) order by "id" for no key update`;

/**
 * Locks the groups the sources are members of (in id order), before the organisations: membership
 * writers lock a group first too (StakeholderGroupService), so that the periods the target gains cannot
 * overlap periods written at the same time. Bindings: the sources.
 */
export const LOCK_SOURCE_GROUPS_SQL = (sources: string) =>
  `select g."id" from "stakeholder_group" g
   where g."id" in (select m."group_id" from "group_organisation" m where m."organisation_id" in (${sources}))
   order by g."id" for no key update`;

/** Every affiliation of the sources, current and ended, now names the target. Bindings: target, the sources. */
export const MOVE_AFFILIATIONS_SQL = (sources: string) => `update "affiliation" set "organisation_id" = ? where "organisation_id" in (${sources})`;

/** Adds the sources' policy areas the target lacks; returns the added ones. Bindings: target, the sources. */
export const ADD_SOURCE_POLICY_AREAS_SQL = (sources: string) =>
  `insert into "organisation_policy_area" ("organisation_id", "policy_area_id")
   select distinct ?::uuid, opa."policy_area_id" from "organisation_policy_area" opa where opa."organisation_id" in (${sources})
   on conflict do nothing returning "policy_area_id"`;

/** Removes the sources' policy areas. Bindings: the sources. */
export const DELETE_SOURCE_POLICY_AREAS_SQL = (sources: string) => `delete from "organisation_policy_area" where "organisation_id" in (${sources})`;

/** Keeps the sources' membership periods as they were, with their dates (for their records' coverage). Bindings: the sources. */
export const KEEP_SOURCE_MEMBERSHIPS_SQL = (sources: string) =>
  `insert into "merged_membership" ("group_id", "organisation_id", "since", "until", "counts_from")
   select m."group_id", m."organisation_id", m."since", m."until", m."inherited_at"
   from "group_organisation" m
   where m."organisation_id" in (${sources})`;

/**
 * Gives the target the days of the sources' periods it was not a member on (per group: the sources'
 * periods, joined where they overlap, less the target's own), marked as inherited at the merge; returns
 * the group of each period added. Bindings: the sources, target, target, merged at, merged at.
 */
export const INHERIT_SOURCE_MEMBERSHIPS_SQL = (sources: string) =>
  `with source_days as (
     select m."group_id", range_agg(daterange(m."since", m."until")) as "days"
     from "group_organisation" m where m."organisation_id" in (${sources})
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
   returning "group_id"`;

/** Removes the sources' own membership periods. Bindings: the sources. */
export const DELETE_SOURCE_MEMBERSHIPS_SQL = (sources: string) => `delete from "group_organisation" where "organisation_id" in (${sources})`;

/** Notes the party each of the sources' records was made with (unless an earlier merge already did). Bindings: merged at, the sources. */
export const NOTE_MOVED_ENGAGEMENTS_SQL = (sources: string) =>
  `insert into "moved_engagement" ("engagement_id", "recorded_organisation_id", "moved_at")
   select e."id", e."organisation_id", ?::timestamptz from "engagement" e where e."organisation_id" in (${sources})
   on conflict ("engagement_id") do nothing`;

/** The sources' engagement records now name the target. Bindings: target, the sources. */
export const MOVE_ENGAGEMENTS_SQL = (sources: string) => `update "engagement" set "organisation_id" = ? where "organisation_id" in (${sources})`;

/** Archives the sources as merged into the target (a new version each). Bindings: target, merged at, the sources. */
export const ARCHIVE_SOURCES_SQL = (sources: string) =>
  `update "organisation" set "archived" = true, "merged_into_id" = ?, "version" = "version" + 1, "updated_at" = ? where "id" in (${sources})`;

/** The target's new version. Bindings: merged at, target. */
export const TOUCH_TARGET_SQL = `update "organisation" set "version" = "version" + 1, "updated_at" = ? where "id" = ?`;
