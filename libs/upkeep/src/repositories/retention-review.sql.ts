import { LawfulBasis } from '@sidos/register';

/*
 * The SQL of the retention review (RetentionReviewRepository), as text.
 */

/**
 * The contacts that are not erased and are held on consent older than the consent limit (or with no
 * consent date), or have no engagement in an activity dated within the activity limit while in the
 * register for longer than it; by name, at most `limit`. Each row is the contact's columns with
 * `retention_stale_consent`, `retention_consent_on`, `retention_inactive`, `retention_last_engaged_on`
 * and `retention_in_register_since` (dates as YYYY-MM-DD text).
 * Bindings: consent limit in months, activity limit in months, limit.
 */
export const RETENTION_REVIEW_SQL = `with review as (
     select now() - make_interval(months => ?) as "consent_before", now() - make_interval(months => ?) as "active_since"
   ),
   assessed as (
     select c.*,
            c."lawful_basis" = '${LawfulBasis.CONSENT}' and (c."consent_at" is null or c."consent_at" < r."consent_before") as "retention_stale_consent",
            to_char(c."consent_at" at time zone 'UTC', 'YYYY-MM-DD') as "retention_consent_on",
            c."created_at" < r."active_since" and (latest."date" is null or latest."date" < r."active_since"::date) as "retention_inactive",
            latest."date"::text as "retention_last_engaged_on",
            to_char(c."created_at" at time zone 'UTC', 'YYYY-MM-DD') as "retention_in_register_since"
     from "contact" c
     cross join review r
     left join lateral (
       select max(a."date") as "date" from "engagement" e join "activity" a on a."id" = e."activity_id" where e."contact_id" = c."id" and not e."voided"
     ) latest on true
     where not c."erased"
   )
   select * from assessed
   where "retention_stale_consent" or "retention_inactive"
   order by lower("last_name"), lower("first_name"), "id"
   limit ?`;
