import { randomUUID } from 'node:crypto';

/** One kind of request the simulated officials send. */
export interface LoadAction {
  name: string;
  weight: number;
  /** True for writes: acknowledged ones are recorded by their marker, for checking against the database. */
  write: boolean;
  body(marker: string): { query: string; variables?: Record<string, unknown> };
}

export interface LoadOptions {
  url: string;
  token: string;
  clients: number;
  durationMs: number;
  actions: LoadAction[];
  /** Upper bound on requests, whatever the duration. */
  maxRequests?: number;
  /** Called every second with the stats so far (for printing progress). */
  onTick?: (stats: LoadStats) => void;
}

export interface LoadStats {
  requests: number;
  /** HTTP status (or "network") → count. */
  statuses: Record<string, number>;
  /** GraphQL error code → count. */
  errorCodes: Record<string, number>;
  latenciesMs: number[];
  /** Markers of writes the API acknowledged (200 with data and no errors). */
  acknowledgedWrites: string[];
  /** Per action: requests and errors. */
  actions: Record<string, { requests: number; errors: number }>;
}

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** `clients` concurrent loops over loopback HTTP, each picking weighted actions until time or count runs out. */
export async function runLoad(options: LoadOptions): Promise<LoadStats> {
  const stats: LoadStats = { requests: 0, statuses: {}, errorCodes: {}, latenciesMs: [], acknowledgedWrites: [], actions: {} };
  const totalWeight = options.actions.reduce((sum, action) => sum + action.weight, 0);
  const deadline = Date.now() + options.durationMs;
  const maxRequests = options.maxRequests ?? Number.MAX_SAFE_INTEGER;
  const ticker = options.onTick ? setInterval(() => options.onTick!(stats), 1000) : undefined;

  const pick = (): LoadAction => {
    let roll = Math.random() * totalWeight;
    for (const action of options.actions) {
      roll -= action.weight;
      if (roll < 0) return action;
    }
    return options.actions[options.actions.length - 1];
  };

  const client = async () => {
    while (Date.now() < deadline && stats.requests < maxRequests) {
      const action = pick();
      const marker = `load-${randomUUID()}`;
      const perAction = (stats.actions[action.name] ??= { requests: 0, errors: 0 });
      stats.requests += 1;
      perAction.requests += 1;
      const started = performance.now();
      let status: string;
      let ok = false;
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
          body: JSON.stringify(action.body(marker)),
          signal: AbortSignal.timeout(30_000),
        });
        status = String(response.status);
        const body = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        for (const error of body.errors ?? []) {
          const code = error.extensions?.code ?? 'NONE';
          stats.errorCodes[code] = (stats.errorCodes[code] ?? 0) + 1;
        }
        ok = response.status === 200 && !body.errors && body.data !== undefined && body.data !== null;
      } catch {
        status = 'network';
      }
      stats.latenciesMs.push(performance.now() - started);
      stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
      if (!ok) perAction.errors += 1;
      if (ok && action.write) stats.acknowledgedWrites.push(marker);
    }
  };

  try {
    await Promise.all(Array.from({ length: options.clients }, () => client()));
  } finally {
    if (ticker) clearInterval(ticker);
  }
  return stats;
}

export function summarise(stats: LoadStats, durationMs: number) {
  const fiveHundreds = Object.entries(stats.statuses)
    .filter(([status]) => status.startsWith('5'))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: stats.requests,
    perSecond: Math.round((stats.requests / durationMs) * 1000),
    statuses: stats.statuses,
    errorCodes: stats.errorCodes,
    fiveHundreds,
    p50Ms: Math.round(percentile(stats.latenciesMs, 0.5) * 10) / 10,
    p99Ms: Math.round(percentile(stats.latenciesMs, 0.99) * 10) / 10,
    acknowledgedWrites: stats.acknowledgedWrites.length,
  };
}
