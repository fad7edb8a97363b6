import { describe, expect, it } from '@jest/globals';
import { type Measurement, renderReport } from './run-bench.ts';

const measured = (scenario: string, target: Measurement['target'], p95: number, perSecond: number): Measurement => ({
  scenario,
  target,
  connections: 8,
  seconds: 15,
  requests: Math.round(perSecond * 15),
  perSecond,
  p50: p95 / 2,
  p95,
  p99: p95 * 2,
  mean: p95 / 2,
  non2xx: 0,
  graphqlErrors: 0,
  networkErrors: 0,
});

const growthPoint = (engagements: number, records: number, floorP95: number) => ({
  engagements,
  largeConsultationRecords: records,
  foldRows: engagements * 1.5,
  size: `${engagements / 1000} kB`,
  measurements: [
    measured('coverage', 'floor', floorP95, 10),
    measured('coverage', 'api', 12, 400),
    measured('coverage', 'apiComputed', 20, 200),
    measured('coverageWrites', 'api', 14, 350),
    measured('coverageWrites', 'apiComputed', 25, 180),
  ],
});

const result = (growth?: ReturnType<typeof growthPoint>[]) =>
  ({
    generatedAt: '2026-11-30T12:00:00.000Z',
    form: 'short',
    machine: {
      loadAverageAtStart: [0.5, 0.4, 0.3],
      otherActiveBackendsAtStart: 0,
      cpus: 2,
      cpuModel: 'test',
      memoryGiB: 24,
      node: 'v24.0.0',
      kernel: 'test',
      postgres: '15',
      postgresSettings: {},
    },
    database: { rows: { engagement: 1_000_000 }, size: '1 GB', seededSeconds: null },
    load: { tool: 'autocannon', connections: 8, durationSeconds: 15, warmupSeconds: 3 },
    parameters: { largeConsultationRecords: 19_909 },
    measurements: [],
    ...(growth ? { growth } : {}),
    statementsPerRequest: {},
    rssMiB: { apiAtStart: 200, apiMax: 250, postgraphileMax: 300 },
    checks: [],
    seconds: 1,
  }) as Parameters<typeof renderReport>[0];

describe('renderReport', () => {
  it('renders one growth row per register, p95 / req/s of (c) and (i) for each server, in the order given', () => {
    const report = renderReport(result([growthPoint(100_000, 1_990, 40), growthPoint(1_000_000, 19_909, 400), growthPoint(5_000_000, 99_500, 2_000)]));
    const rows = report.split('\n').filter((line) => /^\| [\d,]+ \| [\d.]+ kB \|/.test(line));
    expect(rows).toEqual([
      '| 100,000 | 100 kB | 1,990 | 150,000 | 40 / 10 | 12 / 400 | 20 / 200 | 14 / 350 | 25 / 180 |',
      '| 1,000,000 | 1000 kB | 19,909 | 1,500,000 | 400 / 10 | 12 / 400 | 20 / 200 | 14 / 350 | 25 / 180 |',
      '| 5,000,000 | 5000 kB | 99,500 | 7,500,000 | 2000 / 10 | 12 / 400 | 20 / 200 | 14 / 350 | 25 / 180 |',
    ]);
    expect(report).toContain('## How (c) and (i) grow with the records');
  });

  it('marks a scenario a register did not measure, and leaves the section out without growth registers', () => {
    const partial = { ...growthPoint(100_000, 1_990, 40), measurements: [measured('coverage', 'api', 12, 400)] };
    expect(renderReport(result([partial]))).toContain('| 100,000 | 100 kB | 1,990 | 150,000 | — | 12 / 400 | — | — | — |');
    expect(renderReport(result())).not.toContain('grow with the records');
  });
});
