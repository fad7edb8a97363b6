import { type SqlFragment } from '../database/sql-fragment.js';

/** The time zone of "today" in the register's rules (memberships current, ended by default today). */
export const FINNISH_TIME_ZONE = 'Europe/Helsinki';

/** Made once: constructing an Intl.DateTimeFormat with a time zone costs far more than formatting with it. */
const FINNISH_DATE_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: FINNISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Finnish time, "YYYY-MM-DD", at `now`. */
export function finnishToday(now: Date = new Date()): string {
  return FINNISH_DATE_FORMAT.format(now);
}

/**
 * A membership period `m` ("since" inclusive, "until" exclusive, null ends open) covers the date `date`
 * (an SQL expression).
 */
export const periodCovers = (m: string, date: string): string =>
  `(${m}."since" is null or ${m}."since" <= ${date}) and (${m}."until" is null or ${date} < ${m}."until")`;

/** A membership period `m` that covers today in Finnish time: the condition with its parameters. */
export function currentPeriodSql(m: string, now?: Date): SqlFragment {
  const today = finnishToday(now);
  return { sql: periodCovers(m, '?::date'), params: [today, today] };
}
