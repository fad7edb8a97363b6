import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { CpuMeter } from './bench-support.ts';
import { cpuCell, type Measurement, renderReport, sessionEnvironments } from './run-bench.ts';

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

const result = (growth?: ReturnType<typeof growthPoint>[], measurements: Measurement[] = []) =>
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
    measurements,
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

  it("renders a row's CPU per request as server + PostgreSQL, and — for a row measured without it", () => {
    const withCpu = { ...measured('organisation', 'api', 4, 700), rssMiB: 280, cpu: { server: 1.42, database: 1.1, generator: 0.2 } };
    const without = measured('organisation', 'postgraphile', 3, 1300);
    const lines = renderReport(result(undefined, [withCpu, without])).split('\n');
    expect(lines).toContain('| (b) one organisation with its engagement history | Sidos API | 700 | 2 | 4 | 8 | 0 | 0 | 280 | 1.42 + 1.1 |');
    expect(lines).toContain('| (b) one organisation with its engagement history | PostGraphile 5 | 1300 | 1.5 | 3 | 6 | 0 | 0 | — | — |');
    expect(cpuCell({ server: null, database: 0.5, generator: 0.1 })).toBe('—');
  });

  it('says which session settings every connection ran with, and nothing for an older report without them', () => {
    const withSettings = (sessionSettings?: string) => {
      const base = result();
      return renderReport({ ...base, machine: { ...base.machine, sessionSettings } });
    };
    expect(withSettings('-c jit=off')).toContain('- Session settings of every connection of the three: `-c jit=off` (');
    expect(withSettings('')).toContain('- Session settings of every connection of the three: none (`DATABASE_SESSION_OPTIONS=` empty) (');
    expect(withSettings(undefined)).not.toContain('Session settings');
  });
});

describe('CpuMeter', () => {
  const settle = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

  it("divides the CPU a process used during a run by the requests: a busy one's, an idle one's", async () => {
    const busy = spawn(process.execPath, ['-e', 'const end = Date.now() + 5000; while (Date.now() < end);'], { stdio: 'ignore' });
    const idle = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], { stdio: 'ignore' });
    try {
      await settle(200);
      const busyMeter = new CpuMeter(busy.pid);
      const idleMeter = new CpuMeter(idle.pid);
      const started = performance.now();
      await settle(800);
      const busyCpu = busyMeter.perRequest(10);
      const idleCpu = idleMeter.perRequest(10);
      const elapsed = performance.now() - started;
      // The spinning process had at most the wall time (one tick of 10 ms of rounding), and, on a shared
      // machine, surely more than a tenth of it; the idle one about nothing.
      expect(busyCpu.server).toBeLessThanOrEqual((elapsed + 10) / 10);
      expect(busyCpu.server).toBeGreaterThan(elapsed / 10 / 10);
      expect(idleCpu.server).toBeLessThanOrEqual(2);
      expect(busyCpu.database).toBeGreaterThanOrEqual(0);
      expect(busyCpu.generator).toBeGreaterThanOrEqual(0);
    } finally {
      busy.kill();
      idle.kill();
    }
  });

  it('answers no server figure for a server that is gone, or none given', async () => {
    const short = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 100)'], { stdio: 'ignore' });
    await settle(50);
    const meter = new CpuMeter(short.pid);
    await new Promise((resolve) => short.once('exit', resolve));
    await settle(50);
    expect(meter.perRequest(10).server).toBeNull();
    expect(new CpuMeter(undefined).perRequest(10).server).toBeNull();
  });
});

describe('the session settings the bench gives its three servers', () => {
  it("gives all three the API's own by default, DATABASE_SESSION_OPTIONS when set, and none when it is empty", () => {
    expect(sessionEnvironments({})).toEqual({
      settings: '-c jit=off',
      api: { DATABASE_SESSION_OPTIONS: '-c jit=off' },
      peers: { PGOPTIONS: '-c jit=off' },
    });
    expect(sessionEnvironments({ DATABASE_SESSION_OPTIONS: ' -c jit=on   -c work_mem=64MB ' })).toEqual({
      settings: '-c jit=on -c work_mem=64MB',
      api: { DATABASE_SESSION_OPTIONS: '-c jit=on -c work_mem=64MB' },
      peers: { PGOPTIONS: '-c jit=on -c work_mem=64MB' },
    });
    expect(sessionEnvironments({ DATABASE_SESSION_OPTIONS: '' })).toEqual({ settings: '', api: { DATABASE_SESSION_OPTIONS: '' }, peers: {} });
  });
});
