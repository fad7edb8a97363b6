import { type KeysetPageParts } from '@sidos/database';
import { LawfulBasis } from '@sidos/register';

/*
 * The SQL of the retention review (RetentionReviewRepository), as text.
 */

/**
 * A keyset page of the contacts that are not erased and are held on consent older than the consent limit (or
 * with no consent date), or have no engagement in an activity dated within the activity limit while in the
 * register for longer than it; in the page's order (keys over the assessed contact `x`). Each row is the
 * contact's columns with `retention_stale_consent`, `retention_consent_on`, `retention_inactive`,
 * `retention_last_engaged_on` and `retention_in_register_since` (dates as YYYY-MM-DD text), and the page's
 * sort columns. The contacts are read in the order's index (by name, or by when created) and assessed one by
 * one until the page is full; no total is counted (that would assess every contact).
 * Bindings: consent limit in months, activity limit in months, the page's cursor bounds, the limit.
 */
export const retentionReviewPageSql = (page: KeysetPageParts) => `with review as (
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
   select x.*, ${page.sortColumns} from assessed x
   where (x."retention_stale_consent" or x."retention_inactive")${page.keyBounds.map((bound) => ` and ${bound.sql}`).join('')}
   order by ${page.orderBy()}
   limit ?`;
