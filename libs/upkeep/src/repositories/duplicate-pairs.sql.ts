import { type KeysetOrder, OrderDirection } from '@sidos/common';
import { type KeysetPageParts } from '@sidos/database';

/*
 * The SQL of the duplicate search (DuplicateRepository), as text.
 */

/**
 * A business ID as a comparable key: upper case, only letters and digits, without the VAT prefix "FI"
 * and leading zeros ("0112038-9", "FI01120389", "112038 9" all give "1120389").
 */
const businessKey = (column: string) => `ltrim(regexp_replace(regexp_replace(upper(${column}), '[^0-9A-Z]', '', 'g'), '^FI', ''), '0')`;

/**
 * Each organisation pair can come from at most 3 × 3 name pairs (name, nameSv, nameEn on both sides),
 * each in two orientations: name pairs worth this many organisation pairs per wanted answer surely hold
 * the wanted number of distinct organisation pairs.
 */
const NAME_PAIRS_PER_ORGANISATION_PAIR = 18;

/**
 * The order of the duplicate pairs: best first (the score descending, as its negation ascending), then by the
 * older organisation's name and id, then the newer one's; every key ascending, so that a cursor bounds a page
 * with one row comparison. The score is read as float8, so that its cursor value compares exactly.
 */
export const DUPLICATE_PAIR_ORDER: KeysetOrder = {
  tag: 'duplicateOrganisations.SCORE',
  direction: OrderDirection.ASC,
  keys: [
    { sql: '-(bp."score"::float8)', type: 'number' },
    { sql: 'lower(older."name")', type: 'string' },
    { sql: 'older."id"', type: 'uuid' },
    { sql: 'lower(newer."name")', type: 'string' },
    { sql: 'newer."id"', type: 'uuid' },
  ],
};

/**
 * duplicatePairsSql(page): a keyset page of likely duplicate organisations, best first (see DUPLICATE_PAIR_ORDER);
 * bindings: threshold, the rows to read, the floor mode and the score it reads (see below), then the page's
 * cursor bounds. One row per pair: `organisation_id` (the older), `duplicate_id`, `score`, `reasons`, and the
 * page's sort columns. Two organisations that are not archived pair up when
 * their business IDs are the same once normalised (score 1), or when any of their names (in any of
 * fi/sv/en, against any of the other's) have a trigram similarity (pg_trgm `similarity()` of the
 * accent- and case-normalised names) of at least `threshold`; the score is the best of these.
 *
 * The name search is one set-based statement and never compares every pair of names (50,000
 * organisations would be over a billion pairs). It is the prefix-filtered similarity join (Chaudhuri et
 * al. 2006; Bayardo et al. 2007): each distinct name's trigrams are ordered rarest first, and two names
 * whose trigram sets have a Jaccard similarity (what `similarity()` computes) of at least t must share a
 * trigram among the first |x| − ⌈t·|x|⌉ + 1 trigrams of the larger name x and the first
 * |y| − ⌈2t/(1+t)·|y|⌉ + 1 of the smaller name y, whose size is at least t·|x|. Only pairs sharing such a
 * trigram are candidates, and `similarity()` decides among them. The GIN trigram index, probed once per
 * name with `%` (the same filter, applied name by name, plus a heap recheck per hit), took about 45 s on
 * the 50,000-organisation benchmark register; this join about 10 s (that register has only ~5,000
 * distinct names, so ~570,000 organisation pairs tie at score 1 and must all be ordered).
 *
 * Organisations with the same normalised name pair up without that search. Only the pairs a page needs are
 * built: every organisation pair whose best score is at least a floor, and the reasons are worked out for the
 * answered pairs alone. The floor (score_floor) is, by the floor mode:
 * - 'top' (the first page): name pairs taken best first until they surely hold the rows wanted;
 * - 'at' (the cursor's score s): s. Every pair scoring s or more is built: the rows before a cursor (read
 *   backward) all are, and so are the rows after one when as many as wanted score s (ties);
 * - 'after' (a page after a cursor of score s): name pairs taken best first until they surely hold the rows
 *   wanted beyond every pair that can come before the cursor — at most the organisation pairs of the name
 *   pairs scoring s or more and every same-business-ID pair (an upper bound, so the page is right whatever
 *   changed since the cursor was made);
 * - 'all' (the last rows of the list): the threshold, every pair.
 * "Surely hold": each organisation pair comes from at most NAME_PAIRS_PER_ORGANISATION_PAIR name pairs.
 */
export const duplicatePairsSql = (page: KeysetPageParts) => `with settings as (
     select ?::numeric as "threshold", ?::int as "wanted", ?::text as "floor_mode", ?::float8 as "cursor_score"
   ),
   organisation_name as materialized (
     select o."id", n."label", sidos_normalise(n."label") as "name"
     from "organisation" o cross join lateral (values (o."name"), (o."name_sv"), (o."name_en")) n("label")
     where not o."archived" and n."label" is not null
   ),
   distinct_name as materialized (
     select onm."name", count(distinct onm."id") as "organisations"
     from organisation_name onm where onm."name" ~ '[[:alnum:]]'
     group by onm."name"
   ),
   name_trigram as materialized (
     select dn."name", unnest(show_trgm(dn."name")) as "trigram" from distinct_name dn
   ),
   trigram_frequency as (
     select nt."trigram", count(*) as "frequency" from name_trigram nt group by nt."trigram"
   ),
   ranked_trigram as materialized (
     select nt."name", nt."trigram",
            row_number() over (partition by nt."name" order by tf."frequency", nt."trigram") as "position",
            count(*) over (partition by nt."name") as "size"
     from name_trigram nt join trigram_frequency tf on tf."trigram" = nt."trigram"
   ),
   candidate_name_pair as materialized (
     select distinct larger."name" as "larger", smaller."name" as "smaller"
     from settings s
     join ranked_trigram larger on larger."position" <= larger."size" - ceil(s."threshold" * larger."size" - 0.000001) + 1
     join ranked_trigram smaller on smaller."trigram" = larger."trigram"
       and (smaller."size" < larger."size" or (smaller."size" = larger."size" and smaller."name" < larger."name"))
       and smaller."size" >= ceil(s."threshold" * larger."size" - 0.000001)
       and smaller."position" <= smaller."size" - ceil(2 * s."threshold" / (1 + s."threshold") * smaller."size" - 0.000001) + 1
   ),
   shared_organisations as (
     select a."name" as "first", b."name" as "second", count(distinct a."id") as "organisations"
     from organisation_name a join organisation_name b on b."id" = a."id" and b."name" <> a."name"
     group by a."name", b."name"
   ),
   name_pair as materialized (
     select dn."name" as "first", dn."name" as "second", 1::real as "score", dn."organisations" * (dn."organisations" - 1) / 2 as "organisation_pairs"
     from distinct_name dn where dn."organisations" > 1
     union all
     select c."larger", c."smaller", c."score", a."organisations" * b."organisations" - coalesce(so."organisations", 0)
     from (select cnp.*, similarity(cnp."larger", cnp."smaller") as "score" from candidate_name_pair cnp offset 0) c
     join distinct_name a on a."name" = c."larger"
     join distinct_name b on b."name" = c."smaller"
     left join shared_organisations so on so."first" = c."larger" and so."second" = c."smaller"
     where c."score" >= (select s."threshold" from settings s)
   ),
   business_key as (
     select o."id", ${businessKey('o."business_id"')} as "key" from "organisation" o where not o."archived" and o."business_id" is not null
   ),
   business_pairs as (
     select coalesce(sum(k."n" * (k."n" - 1) / 2), 0) as "pairs" from (select count(*) as "n" from business_key bk where bk."key" <> '' group by bk."key") k
   ),
   pairs_to_build as (
     select s."wanted" + case when s."floor_mode" = 'after'
       then coalesce((select sum(np."organisation_pairs") from name_pair np where np."score"::float8 >= s."cursor_score"), 0) + (select bp."pairs" from business_pairs bp)
       else 0 end as "pairs"
     from settings s
   ),
   score_floor as (
     select case s."floor_mode"
       when 'all' then 0::float8
       when 'at' then s."cursor_score"
       else coalesce((
         select running."score"::float8 from (
           select np."score", sum(np."organisation_pairs") over (order by np."score" desc rows unbounded preceding) as "pairs_so_far" from name_pair np
         ) running
         where running."pairs_so_far" >= ${NAME_PAIRS_PER_ORGANISATION_PAIR} * (select p."pairs" from pairs_to_build p)
         order by running."score" desc limit 1
       ), 0)
     end as "score"
     from settings s
   ),
   kept_name_pair as (
     select np."first", np."second", np."score" from name_pair np where np."score" >= (select sf."score" from score_floor sf)
     union all
     select np."second", np."first", np."score" from name_pair np where np."first" <> np."second" and np."score" >= (select sf."score" from score_floor sf)
   ),
   organisation_pair as (
     select a."id" as "first_id", b."id" as "second_id", 1::real as "score"
     from business_key a join business_key b on b."key" = a."key" and a."id" < b."id"
     where a."key" <> ''
     union all
     select a."id", b."id", np."score"
     from kept_name_pair np
     join organisation_name a on a."name" = np."first"
     join organisation_name b on b."name" = np."second" and a."id" < b."id"
   ),
   best_pair as (
     select op."first_id", op."second_id", max(op."score") as "score" from organisation_pair op group by op."first_id", op."second_id"
   ),
   answered as (
     select older.*, newer."id" as "duplicate_id", newer."name" as "duplicate_name", newer."name_sv" as "duplicate_name_sv",
            newer."name_en" as "duplicate_name_en", newer."business_id" as "duplicate_business_id", bp."score", ${page.sortColumns}
     from best_pair bp
     join "organisation" one on one."id" = bp."first_id"
     join "organisation" other on other."id" = bp."second_id"
     cross join lateral (select case when (one."created_at", one."id") <= (other."created_at", other."id") then one."id" else other."id" end as "id") first_made
     join "organisation" older on older."id" = first_made."id"
     join "organisation" newer on newer."id" = case when first_made."id" = one."id" then other."id" else one."id" end
     ${page.keyBounds.length > 0 ? `where ${page.keyBounds.map((bound) => bound.sql).join(' and ')}` : ''}
     order by ${page.orderBy()}
     limit (select s."wanted" from settings s)
   )
   select a."id" as "organisation_id", a."duplicate_id", a."score", reason_list."reasons", ${page.columnAliases.map((alias) => `a.${alias}`).join(', ')}
   from answered a
   cross join lateral (
     select array_agg(reason."text" order by reason."rank", reason."score" desc, reason."text") as "reasons"
     from (
       select 0 as "rank", 1::real as "score", format('same business ID: %s / %s', a."business_id", a."duplicate_business_id") as "text"
       where ${businessKey('a."business_id"')} = ${businessKey('a."duplicate_business_id"')} and ${businessKey('a."business_id"')} <> ''
       union all
       select 1, similarity(sidos_normalise(mine."label"), sidos_normalise(theirs."label")),
              case when sidos_normalise(mine."label") = sidos_normalise(theirs."label")
                   then format('same name: "%s" / "%s"', mine."label", theirs."label")
                   else format('similar names (%s): "%s" / "%s"', to_char(similarity(sidos_normalise(mine."label"), sidos_normalise(theirs."label")), 'FM0.00'), mine."label", theirs."label") end
       from (values (a."name"), (a."name_sv"), (a."name_en")) mine("label")
       cross join (values (a."duplicate_name"), (a."duplicate_name_sv"), (a."duplicate_name_en")) theirs("label")
       where mine."label" is not null and theirs."label" is not null
         and similarity(sidos_normalise(mine."label"), sidos_normalise(theirs."label")) >= (select s."threshold" from settings s)
     ) reason
   ) reason_list
   order by ${page.orderBy(page.sortAliases.map((alias) => `a.${alias}`))}`;

/** Memory for the hash joins and sorts of DUPLICATE_PAIRS_SQL (the default spills them to disk); for its transaction only. */
export const DUPLICATE_SEARCH_WORK_MEM_SQL = `set local work_mem = '64MB'`;
