import { API_RECORD } from './scenarios.ts';

/**
 * (i) consultationCoverage of the large consultation while it is live (issue 14, item 2): writers record
 * batches of engagements into one of its activities through the API (`recordEngagements`), each on a fixed
 * beat, while the readers ask its coverage, so that nearly every read follows a write. Every record the
 * writers make carries WRITTEN_NOTE, so that a run that stopped half-way can be cleaned up by the next.
 */
export const WRITTEN_NOTE = 'Sidos benchmark (i): written while coverage was read';

/** Deletes what writers left (after the run, or a run that stopped before its clean-up). */
export const DELETE_WRITTEN_SQL = `delete from "engagement" where "notes" = '${WRITTEN_NOTE}'`;

export interface WriterOptions {
  writers: number;
  /** Records per recordEngagements call. */
  batchSize: number;
  /** The beat of each writer: one call every intervalMs (at once when a call took longer). */
  intervalMs: number;
}

export const WRITER_OPTIONS: WriterOptions = { writers: 2, batchSize: 10, intervalMs: 1000 };

/** What the writers managed: calls and records, their rate, call latencies and errors. */
export interface WriterStats {
  writers: number;
  batchSize: number;
  intervalMs: number;
  seconds: number;
  batches: number;
  records: number;
  batchesPerSecond: number;
  recordsPerSecond: number;
  p50: number;
  p95: number;
  max: number;
  errors: number;
  firstError?: string;
}

/** The parties the writers record (chosen once per run), and the activity they record into. */
export interface WriterParties {
  activityId: string;
  organisationIds: string[];
  contactIds: string[];
  /** Groups of the consultation (its targets): some records name one, some are a group's unidentified people. */
  groupIds: string[];
}

/**
 * The n-th record of the writers: organisations taking part (most), contacts submitting, a contact inviting on
 * behalf of an organisation, an organisation speaking for a group, and a group's unidentified people.
 */
export function writtenRecord(parties: WriterParties, n: number): Record<string, unknown> {
  const organisationId = parties.organisationIds[n % parties.organisationIds.length];
  const contactId = parties.contactIds[n % parties.contactIds.length];
  const groupId = parties.groupIds.length > 0 ? parties.groupIds[n % parties.groupIds.length] : undefined;
  const base = { notes: WRITTEN_NOTE };
  switch (n % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      return { ...base, kind: 'PARTICIPATED', organisationId };
    case 5:
    case 6:
      return { ...base, kind: 'SUBMITTED', contactId };
    case 7:
      return { ...base, kind: 'INVITED', organisationId, contactId };
    case 8:
      return groupId ? { ...base, kind: 'PARTICIPATED', organisationId, groupId } : { ...base, kind: 'DECLINED', organisationId };
    default:
      return groupId ? { ...base, kind: 'PARTICIPATED', groupId, participantCount: 1 + (n % 37) } : { ...base, kind: 'PARTICIPATED', contactId };
  }
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/**
 * Starts the writers against the API at `url` (GraphQL, with the bearer token); `stop()` waits for the calls
 * under way and answers their statistics. Records are numbered across writers, so that no two calls write
 * the same batch.
 */
export function startWriters(
  url: string,
  token: string,
  parties: WriterParties,
  options: WriterOptions = WRITER_OPTIONS,
): { stop: () => Promise<WriterStats> } {
  let stopped = false;
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const writer = async (index: number) => {
    // The writers' beats are spread over the interval.
    const beat = started + (index * options.intervalMs) / options.writers;
    for (let call = 0; !stopped; call += 1) {
      const wait = beat + call * options.intervalMs - performance.now();
      if (wait > 0) await sleep(wait);
      if (stopped) break;
      const records = Array.from({ length: options.batchSize }, () => writtenRecord(parties, next++));
      const callStarted = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: API_RECORD, variables: { activityId: parties.activityId, records } }),
        });
        const text = await response.text();
        if (response.status !== 200 || text.includes('"errors"')) {
          errors += 1;
          firstError ??= `${response.status}: ${text.slice(0, 300)}`;
        }
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      latencies.push(performance.now() - callStarted);
    }
  };
  const running = Promise.all(Array.from({ length: options.writers }, (_unused, index) => writer(index)));
  return {
    stop: async () => {
      stopped = true;
      await running;
      const seconds = (performance.now() - started) / 1000;
      const sorted = [...latencies].sort((a, b) => a - b);
      const round = (value: number) => Math.round(value * 10) / 10;
      return {
        ...options,
        seconds: round(seconds),
        batches: latencies.length,
        records: latencies.length * options.batchSize,
        batchesPerSecond: round(latencies.length / seconds),
        recordsPerSecond: round((latencies.length * options.batchSize) / seconds),
        p50: round(percentile(sorted, 0.5)),
        p95: round(percentile(sorted, 0.95)),
        max: round(sorted[sorted.length - 1] ?? 0),
        errors,
        firstError,
      };
    },
  };
}
