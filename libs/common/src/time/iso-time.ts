/**
 * Strict ISO-8601 parsing of the dates and times clients send. `new Date(text)` rolls "2025-02-30" over
 * to March 2 and accepts years PostgreSQL cannot store; these functions refuse both.
 */

/** The years a date or time may have: four-digit years, well inside PostgreSQL's `date` and `timestamptz` ranges (4713 BC – 294276 AD). */
export const EARLIEST_YEAR = 1;
export const LATEST_YEAR = 9999;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** RFC 3339 date-time: seconds required, fractions optional, an offset required ("Z" or ±HH:MM). */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const EARLIEST_INSTANT = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** True for a real date of the calendar (year, month 1–12, day) within the accepted years. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a real calendar date "YYYY-MM-DD" of the years 0001–9999 (no 2026-02-30, no 0000-01-01). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The instant an RFC 3339 time names ("2026-11-27T10:00:00Z", "2026-11-27T12:00:00.123+02:00"), or
 * undefined when it is not one: another format, a date or time of day that does not exist
 * ("2025-02-30", "24:00", a leap second), an offset beyond ±23:59, or an instant outside the years
 * 0001–9999 (UTC). Fractions beyond milliseconds are cut off.
 */
export function parseIsoInstant(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = INSTANT.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (match[8] !== undefined) {
    const offsetHours = Number(match[9]);
    const offsetRest = Number(match[10]);
    if (offsetHours > 23 || offsetRest > 59) return undefined;
    offsetMinutes = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const milliseconds = match[7] === undefined ? 0 : Number(match[7].padEnd(3, '0').slice(0, 3));
  const wallClock = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  wallClock.setUTCFullYear(year, month - 1, day);
  wallClock.setUTCHours(hour, minute, second, milliseconds);
  const time = wallClock.getTime() - offsetMinutes * 60_000;
  return time < EARLIEST_INSTANT || time > LATEST_INSTANT ? undefined : new Date(time);
}
