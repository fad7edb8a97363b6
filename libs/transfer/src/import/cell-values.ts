import { isRealDate, parseIsoInstant } from '@sidos/common';

/** Values of list cells are separated by `|`, commas or spaces: "FI|SV", "fi sv", "FI, SV". */
export function listCell(value: string): string[] {
  return value.split(/[|,\s]+/).filter((item) => item !== '');
}

/** An enum cell as people write it: "trade union", "Trade-Union" and "TRADE_UNION" are TRADE_UNION. */
export function enumCell(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The ISO times people and spreadsheets write: a space for the T, seconds left out, an offset without its colon. */
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A calendar date as midnight UTC (setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999). */
function midnightUtc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/**
 * An instant cell: an ISO-8601 time with its offset ("2026-01-31T10:00:00Z", as the export writes), or a
 * calendar date, ISO ("2026-01-31") or Finnish ("31.1.2026"), read as midnight UTC. Empty is null. Dates
 * and times are checked as strictly as the API's DateTime (no 2026-02-30 rolled over to March, years
 * 0001–9999 only).
 */
export function instantCell(value: string): { value: Date | null } | { error: string } {
  const text = value.trim();
  if (text === '') return { value: null };
  const iso = ISO_DATE.exec(text);
  const finnish = FINNISH_DATE.exec(text);
  const instant = ISO_INSTANT.exec(text);
  if (iso || finnish) {
    const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : [finnish![3], finnish![2], finnish![1]].map(Number);
    if (isRealDate(year, month, day)) return { value: midnightUtc(year, month, day) };
  } else if (instant) {
    const [, date, hoursAndMinutes, seconds, offset] = instant;
    const zone = offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
    const parsed = parseIsoInstant(`${date}T${hoursAndMinutes}${seconds ?? ':00'}${zone}`);
    if (parsed !== undefined) return { value: parsed };
  }
  return { error: 'must be an ISO-8601 time ("2026-01-31T10:00:00Z") or a date ("2026-01-31" or "31.1.2026")' };
}
