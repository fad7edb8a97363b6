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
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * An instant cell: an ISO-8601 time with its offset ("2026-01-31T10:00:00Z", as the export writes), or a
 * calendar date, ISO ("2026-01-31") or Finnish ("31.1.2026"), read as midnight UTC. Empty is null.
 */
export function instantCell(value: string): { value: Date | null } | { error: string } {
  const text = value.trim();
  if (text === '') return { value: null };
  const iso = ISO_DATE.exec(text);
  const finnish = FINNISH_DATE.exec(text);
  if (iso || finnish) {
    const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : [finnish![3], finnish![2], finnish![1]].map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return { value: date };
  } else if (ISO_INSTANT.test(text)) {
    const instant = new Date(text);
    if (!Number.isNaN(instant.getTime())) return { value: instant };
  }
  return { error: 'must be an ISO-8601 time ("2026-01-31T10:00:00Z") or a date ("2026-01-31" or "31.1.2026")' };
}
