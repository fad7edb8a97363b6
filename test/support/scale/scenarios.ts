/**
 * The benchmark's questions, asked three ways: the Sidos API (GraphQL), PostGraphile 5 (GraphQL over the
 * same tables) and the raw SQL floor (one hand-written statement each, through `pg`).
 */

export const SEARCH_TERMS = ['nuoriso', 'yrittäjät', 'pohjois-savon', 'säätiö', 'kuopion', 'invalidi', 'kylä', 'metsä'];

/** (a) Organisation search, first 50 by relevance, with groups and affiliations (and their contacts). */
export const API_SEARCH = `query Search($term: String!) {
  organisations(first: 50, filter: { search: $term }) {
    totalCount
    nodes {
      id name nameSv businessId type
      groups { id name hardToReach }
      affiliations { role primary since until contact { id firstName lastName } }
    }
  }
}`;

/**
 * PostGraphile has no relevance search of its own: the benchmark gives it the same search as a custom
 * query (a STABLE SQL function in schema sidos_bench, see POSTGRAPHILE_SETUP_SQL), PostGraphile's usual way.
 * PostGraphile 5's Amber preset names a table's `id` column `rowId` (its `id` is the global node id) and a
 * function of a second schema with the schema's prefix: the aliases give the answers the API's shape.
 */
export const POSTGRAPHILE_SEARCH = `query Search($term: String!) {
  searchOrganisations: sidosBenchSearchOrganisations(term: $term, first: 50) {
    totalCount
    nodes {
      id: rowId name nameSv businessId type
      groupOrganisationsByOrganisationId { nodes { stakeholderGroupByGroupId { id: rowId name hardToReach } } }
      affiliationsByOrganisationId { nodes { role primary since until contactByContactId { id: rowId firstName lastName } } }
    }
  }
}`;

/** (b) One organisation with its relations and its engagement history in numbers. */
export const API_ORGANISATION = `query Organisation($id: ID!) {
  organisation(id: $id) {
    id name nameSv nameEn businessId type municipality
    policyAreas { code name }
    groups { id name hardToReach }
    affiliations { role primary since until contact { id firstName lastName } }
    engagementStats { invited declined heard lastHeardOn }
  }
}`;

/**
 * PostGraphile 5 has no aggregates without a plugin: the counts come from `totalCount` of the
 * organisation's engagements filtered by kind (heard = PARTICIPATED + SUBMITTED); it has no lastHeardOn.
 */
export const POSTGRAPHILE_ORGANISATION = `query Organisation($id: UUID!) {
  organisationById: organisationByRowId(rowId: $id) {
    id: rowId name nameSv nameEn businessId type municipality
    organisationPolicyAreasByOrganisationId { nodes { policyAreaByPolicyAreaId { code name } } }
    groupOrganisationsByOrganisationId { nodes { stakeholderGroupByGroupId { id: rowId name hardToReach } } }
    affiliationsByOrganisationId { nodes { role primary since until contactByContactId { id: rowId firstName lastName } } }
    invited: engagementsByOrganisationId(condition: { kind: "INVITED" }) { totalCount }
    declined: engagementsByOrganisationId(condition: { kind: "DECLINED" }) { totalCount }
    participated: engagementsByOrganisationId(condition: { kind: "PARTICIPATED" }) { totalCount }
    submitted: engagementsByOrganisationId(condition: { kind: "SUBMITTED" }) { totalCount }
  }
}`;

/** (c) The coverage of the large consultation. */
export const API_COVERAGE = `query Coverage($id: ID!) {
  consultationCoverage(consultationId: $id) {
    consultation { id title }
    groups { group { id name } targeted invited heard reached phasesHeard firstHeardOn }
    coverageRatio earlyReachRatio
    gaps { id name }
  }
}`;

/** (d) Groups unheard over a year. */
export const API_UNHEARD = `query Unheard($window: CoverageWindow!) {
  unheardGroups(window: $window) { id name hardToReach }
}`;

export const UNHEARD_WINDOW = { from: '2025-01-01', to: '2025-12-31' };

/** (e) 100 engagement records in one call. */
export const API_RECORD = `mutation Record($activityId: ID!, $records: [EngagementRecordInput!]!) {
  recordEngagements(activityId: $activityId, records: $records) { id kind }
}`;

/** The search function PostGraphile serves as `searchOrganisations`: the API's filter and relevance order. */
export const POSTGRAPHILE_SETUP_SQL = [
  `create schema if not exists sidos_bench`,
  `create or replace function sidos_bench.search_organisations(term text) returns setof public.organisation language sql stable as $$
     select o.* from public.organisation o
     where not o.archived and o.search_text like '%' || public.sidos_normalise(replace(replace(replace(term, '\\', '\\\\'), '%', '\\%'), '_', '\\_')) || '%'
     order by -round(((case when o.search_text like public.sidos_normalise(replace(replace(replace(term, '\\', '\\\\'), '%', '\\%'), '_', '\\_')) || '%' and public.sidos_normalise(o.name) like public.sidos_normalise(replace(replace(replace(term, '\\', '\\\\'), '%', '\\%'), '_', '\\_')) || '%' then 1 else 0 end)
                      + public.word_similarity(public.sidos_normalise(term), o.search_text))::numeric, 6)::float8, lower(o.name), o.id::text
   $$`,
];

const HEARD = `('PARTICIPATED', 'SUBMITTED')`;

/** Affiliations as the API orders them: primary first, then current ones, then the latest start. */
const AFFILIATIONS_JSON = (organisation: string) => `(
  select coalesce(json_agg(json_build_object('role', a."role", 'primary', a."primary", 'since', a."since", 'until', a."until",
                                             'contact', json_build_object('id', c."id", 'firstName', c."first_name", 'lastName', c."last_name"))
                           order by a."primary" desc, a."until" desc nulls first, a."since" desc nulls last, a."id"), '[]'::json)
  from "affiliation" a join "contact" c on c."id" = a."contact_id" where a."organisation_id" = ${organisation})`;

const GROUPS_JSON = (organisation: string) => `(
  select coalesce(json_agg(json_build_object('id', g."id", 'name', g."name", 'hardToReach', g."hard_to_reach") order by g."name", g."id"), '[]'::json)
  from "group_organisation" m join "stakeholder_group" g on g."id" = m."group_id" where m."organisation_id" = ${organisation})`;

/**
 * The raw SQL floor: each answer as one statement that builds the whole JSON response in PostgreSQL.
 * Parameters: (a) $1 term; (b) $1 organisation id; (c) $1 consultation id; (d) $1 from, $2 to.
 */
export const FLOOR_SQL = {
  search: `with matched as (
      select o."id", o."name", o."name_sv", o."business_id", o."type",
             -round(((case when o."search_text" like sidos_normalise($2) || '%' and sidos_normalise(o."name") like sidos_normalise($2) || '%' then 1 else 0 end) + word_similarity(sidos_normalise($1), o."search_text"))::numeric, 6)::float8 as "relevance"
      from "organisation" o
      where not o."archived" and o."search_text" like '%' || sidos_normalise($2) || '%'
    ), page as (
      select * from matched order by "relevance", lower("name"), "id"::text limit 50
    )
    select json_build_object('organisations', json_build_object(
      'totalCount', (select count(*) from matched),
      'nodes', coalesce((select json_agg(json_build_object('id', p."id", 'name', p."name", 'nameSv', p."name_sv", 'businessId', p."business_id", 'type', p."type",
                                                           'groups', ${GROUPS_JSON('p."id"')}, 'affiliations', ${AFFILIATIONS_JSON('p."id"')})
                                         order by p."relevance", lower(p."name"), p."id"::text) from page p), '[]'::json)))::text as "body"`,

  organisation: `select json_build_object('organisation', (
      select json_build_object('id', o."id", 'name', o."name", 'nameSv', o."name_sv", 'nameEn', o."name_en", 'businessId', o."business_id", 'type', o."type", 'municipality', o."municipality",
        'policyAreas', (select coalesce(json_agg(json_build_object('code', p."code", 'name', p."name") order by p."name", p."id"), '[]'::json)
                        from "organisation_policy_area" opa join "policy_area" p on p."id" = opa."policy_area_id" where opa."organisation_id" = o."id"),
        'groups', ${GROUPS_JSON('o."id"')},
        'affiliations', ${AFFILIATIONS_JSON('o."id"')},
        'engagementStats', (select json_build_object('invited', count(*) filter (where e."kind" = 'INVITED'), 'declined', count(*) filter (where e."kind" = 'DECLINED'),
                                                     'heard', count(*) filter (where e."kind" in ${HEARD}), 'lastHeardOn', max(a."date") filter (where e."kind" in ${HEARD}))
                            from "engagement" e join "activity" a on a."id" = e."activity_id" where e."organisation_id" = o."id"))
      from "organisation" o where o."id" = $1))::text as "body"`,

  /** Parties folded once each, then spread over their groups: one row per (group, party), no count(distinct) over the expansion. */
  coverage: `with scoped as (
      select e."organisation_id", e."contact_id", e."group_id", e."participant_count",
             e."kind" = 'INVITED' as "invited", e."kind" in ${HEARD} as "heard", a."date",
             case a."phase" when 'INITIATION' then 1 when 'DRAFTING' then 2 when 'STATEMENT_ROUND' then 4 when 'FINALISATION' then 8 else 16 end as "phase_bit"
      from "activity" a join "engagement" e on e."activity_id" = a."id"
      where a."consultation_id" = $1
    ), row_group as (
      select g."id", g."name", t."group_id" is not null as "targeted"
      from "stakeholder_group" g left join "consultation_target_group" t on t."group_id" = g."id" and t."consultation_id" = $1
      where t."group_id" is not null or g."hard_to_reach"
    ), organisation_party as (
      select s."organisation_id" as "party", bool_or(s."invited") as "invited", bool_or(s."heard") as "heard",
             coalesce(bit_or(s."phase_bit") filter (where s."heard"), 0) as "phases", min(s."date") filter (where s."heard") as "first_heard"
      from scoped s where s."organisation_id" is not null group by s."organisation_id"
    ), contact_party as (
      select s."contact_id" as "party", bool_or(s."invited") as "invited", bool_or(s."heard") as "heard",
             coalesce(bit_or(s."phase_bit") filter (where s."heard"), 0) as "phases", min(s."date") filter (where s."heard") as "first_heard"
      from scoped s where s."contact_id" is not null group by s."contact_id"
    ), matches as (
      select m."group_id", 1 as "party_kind", p."invited", p."heard", p."phases", p."first_heard", 0::bigint as "people"
      from row_group rg join "group_organisation" m on m."group_id" = rg."id" join organisation_party p on p."party" = m."organisation_id"
      union all
      select m."group_id", 2, p."invited", p."heard", p."phases", p."first_heard", 0
      from row_group rg join "group_contact" m on m."group_id" = rg."id" join contact_party p on p."party" = m."contact_id"
      union all
      select s."group_id", 1, bool_or(s."invited"), bool_or(s."heard"), coalesce(bit_or(s."phase_bit") filter (where s."heard"), 0), min(s."date") filter (where s."heard"), 0
      from scoped s where s."group_id" is not null and s."group_id" in (select "id" from row_group) and s."organisation_id" is not null
        and not exists (select 1 from "group_organisation" m where m."group_id" = s."group_id" and m."organisation_id" = s."organisation_id" offset 0)
      group by s."group_id", s."organisation_id"
      union all
      select s."group_id", 2, bool_or(s."invited"), bool_or(s."heard"), coalesce(bit_or(s."phase_bit") filter (where s."heard"), 0), min(s."date") filter (where s."heard"), 0
      from scoped s where s."group_id" is not null and s."group_id" in (select "id" from row_group) and s."contact_id" is not null
        and not exists (select 1 from "group_contact" m where m."group_id" = s."group_id" and m."contact_id" = s."contact_id" offset 0)
      group by s."group_id", s."contact_id"
      union all
      select s."group_id", 0, false, bool_or(s."heard"), coalesce(bit_or(s."phase_bit") filter (where s."heard"), 0), min(s."date") filter (where s."heard"),
             coalesce(sum(s."participant_count") filter (where s."heard"), 0)
      from scoped s where s."group_id" is not null and s."group_id" in (select "id" from row_group) and s."organisation_id" is null and s."contact_id" is null
      group by s."group_id"
    ), tally as (
      select "group_id", count(*) filter (where "party_kind" > 0 and "invited") as "invited",
             count(*) filter (where "party_kind" > 0 and "heard") + coalesce(sum("people"), 0) as "heard",
             bit_or("phases") as "phases", min("first_heard") as "first_heard"
      from matches group by "group_id"
    ), coverage_row as (
      select g."id", g."name", g."targeted", coalesce(y."invited", 0)::int as "invited", coalesce(y."heard", 0)::int as "heard",
             coalesce(y."phases", 0) as "phases", y."first_heard"
      from row_group g left join tally y on y."group_id" = g."id"
    )
    select json_build_object('consultationCoverage', json_build_object(
      'consultation', (select json_build_object('id', c."id", 'title', c."title") from "consultation" c where c."id" = $1),
      'groups', coalesce((select json_agg(json_build_object('group', json_build_object('id', r."id", 'name', r."name"), 'targeted', r."targeted", 'invited', r."invited", 'heard', r."heard",
                                                            'reached', r."heard" > 0,
                                                            'phasesHeard', array_remove(array[case when r."phases" & 1 > 0 then 'INITIATION' end, case when r."phases" & 2 > 0 then 'DRAFTING' end,
                                                                                              case when r."phases" & 4 > 0 then 'STATEMENT_ROUND' end, case when r."phases" & 8 > 0 then 'FINALISATION' end,
                                                                                              case when r."phases" & 16 > 0 then 'IMPLEMENTATION' end], null),
                                                            'firstHeardOn', r."first_heard")
                                          order by r."targeted" desc, lower(r."name"), r."id") from coverage_row r), '[]'::json),
      'coverageRatio', (select case when count(*) filter (where r."targeted") = 0 then null else (count(*) filter (where r."targeted" and r."heard" > 0))::float8 / count(*) filter (where r."targeted") end from coverage_row r),
      'earlyReachRatio', (select case when count(*) filter (where r."targeted") = 0 then null else (count(*) filter (where r."targeted" and r."phases" & 3 > 0))::float8 / count(*) filter (where r."targeted") end from coverage_row r),
      'gaps', coalesce((select json_agg(json_build_object('id', r."id", 'name', r."name") order by r."targeted" desc, lower(r."name"), r."id") from coverage_row r where r."heard" = 0), '[]'::json)))::text as "body"`,

  /** Per group, the first heard record that matches it (three index-driven probes that stop at the first hit). */
  unheard: `select json_build_object('unheardGroups', coalesce(json_agg(json_build_object('id', g."id", 'name', g."name", 'hardToReach', g."hard_to_reach") order by lower(g."name"), g."id"), '[]'::json))::text as "body"
    from "stakeholder_group" g
    where not exists (select 1 from "group_organisation" m join "engagement" e on e."organisation_id" = m."organisation_id" join "activity" a on a."id" = e."activity_id"
                      where m."group_id" = g."id" and e."kind" in ${HEARD} and a."date" between $1::date and $2::date offset 0)
      and not exists (select 1 from "group_contact" m join "engagement" e on e."contact_id" = m."contact_id" join "activity" a on a."id" = e."activity_id"
                      where m."group_id" = g."id" and e."kind" in ${HEARD} and a."date" between $1::date and $2::date offset 0)
      and not exists (select 1 from "engagement" e join "activity" a on a."id" = e."activity_id"
                      where e."group_id" = g."id" and e."kind" in ${HEARD} and a."date" between $1::date and $2::date offset 0)`,
};

/** LIKE wildcards escaped, as the API's search does. */
export function likeLiteral(term: string): string {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * Two search cases asked by one client at a time (target p95 ≤ 50 ms each on the full scale register).
 * A broad term: "ry" (the suffix of every registered association) matches most of the register, so a
 * relevance order that sorts the whole match set costs hundreds of milliseconds for the names alone.
 */
export const BROAD_TERM = 'ry';

/** The broad term's first page: names and the exact total only. */
export const API_SEARCH_NAMES = `query SearchNames($term: String!) {
  organisations(first: 50, filter: { search: $term }) {
    totalCount
    nodes { id name }
  }
}`;

/** Big federations: few matches, each with hundreds of affiliations, asked with API_SEARCH (groups and affiliations). */
export const FEDERATION_TERM = 'liitto';

/** The floor of the broad term's page: FLOOR_SQL.search without the nested lists. $1 term, $2 the term as a LIKE literal. */
export const FLOOR_SEARCH_NAMES_SQL = `with matched as (
    select o."id", o."name",
           -round(((case when o."search_text" like sidos_normalise($2) || '%' and sidos_normalise(o."name") like sidos_normalise($2) || '%' then 1 else 0 end) + word_similarity(sidos_normalise($1), o."search_text"))::numeric, 6)::float8 as "relevance"
    from "organisation" o
    where not o."archived" and o."search_text" like '%' || sidos_normalise($2) || '%'
  ), page as (
    select * from matched order by "relevance", lower("name"), "id"::text limit 50
  )
  select json_build_object('organisations', json_build_object(
    'totalCount', (select count(*) from matched),
    'nodes', coalesce((select json_agg(json_build_object('id', p."id", 'name', p."name") order by p."relevance", lower(p."name"), p."id"::text) from page p), '[]'::json)))::text as "body"`;

/** Raises a consultation's coverage generation ($1), as the triggers do when its engagements change. */
export const RAISE_COVERAGE_GENERATION_SQL = `insert into "consultation_coverage_generation" as g ("consultation_id", "generation") values ($1, 1)
  on conflict ("consultation_id") do update set "generation" = g."generation" + 1`;
