import { type SqlFragment } from '../database/sql-fragment.js';

/** The time zone of "today" in the register's rules (memberships current, ended by default today). */
export const FINNISH_TIME_ZONE = 'Europe/Helsinki';

/** Made once: constructing an Intl.DateTimeFormat with a time zone costs far more than formatting with it. */
const FINNISH_DATE_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: FINNISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Since 1921-05-01 Finnish time is UTC plus whole hours, so its date changes only on a whole UTC minute. */
const WHOLE_HOUR_OFFSETS_SINCE = Date.UTC(1921, 4, 1);

/** The last date worked out, for the UTC minute it holds in (formatting costs microseconds, and every read asks). */
let lastDay: { minute: number; date: string } | undefined;

/** Today's date in Finnish time, "YYYY-MM-DD", at `now`. */
export function finnishToday(now: Date = new Date()): string {
  const time = now.getTime();
  if (!(time >= WHOLE_HOUR_OFFSETS_SINCE)) return FINNISH_DATE_FORMAT.format(now);
  const minute = Math.floor(time / 60_000);
  if (lastDay?.minute !== minute) lastDay = { minute, date: FINNISH_DATE_FORMAT.format(now) };
  return lastDay.date;
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
