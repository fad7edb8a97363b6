/** Child processes, tokens and memory sampling for the benchmark (migrations and HTTP helpers: test/support/scale/scale-support.ts). */
import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';

export const ROOT = join(import.meta.dirname, '..');

export interface Child {
  process: ChildProcess;
  /** What the child printed (stdout and stderr), for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node <args>` and waits until its output matches `ready` (the first capture group is returned).
 * Fails when the child exits first or `timeoutMs` passes.
 */
export function startNode(
  args: string[],
  env: Record<string, string | undefined>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<{ child: Child; match: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let settled = false;
    const handle: Child = {
      process: child,
      output: () => output,
      stop: () =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(killer);
            done();
          });
          child.kill('SIGTERM');
        }),
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      child.kill('SIGKILL');
      reject(new Error(`node ${args.join(' ')} did not become ready in ${timeoutMs} ms:\n${output.slice(-4000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      const match = ready.exec(output);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ child: handle, match: match[1] ?? match[0] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`node ${args.join(' ')} exited (${code ?? signal}) before it was ready:\n${output.slice(-4000)}`));
    });
  });
}

/** Samples a process's resident set size (VmRSS) every `intervalMs`; `max` is in MiB. */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  maxMiB = 0;
  lastMiB = 0;
  /** The largest sample since resetPhase(). */
  phaseMaxMiB = 0;

  private readonly pid: number;
  private readonly intervalMs: number;

  constructor(pid: number, intervalMs = 100) {
    this.pid = pid;
    this.intervalMs = intervalMs;
  }

  static read(pid: number): number {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  }

  start(): this {
    const sample = () => {
      this.lastMiB = RssSampler.read(this.pid);
      this.maxMiB = Math.max(this.maxMiB, this.lastMiB);
      this.phaseMaxMiB = Math.max(this.phaseMaxMiB, this.lastMiB);
    };
    sample();
    this.timer = setInterval(sample, this.intervalMs);
    this.timer.unref();
    return this;
  }

  resetPhase(): void {
    this.phaseMaxMiB = RssSampler.read(this.pid);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

export function signToken(secret: string, claims: { sub: string; roles: string[]; ministry: string }): Promise<string> {
  return new SignJWT({ roles: claims.roles, ministry: claims.ministry, name: 'Benchmark' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime('6h')
    .sign(new TextEncoder().encode(secret));
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux build this runs on). */
const TICKS_PER_SECOND = 100;

/**
 * /proc/<pid>/stat: the command name (between the first "(" and the last ")") and the fields after it;
 * undefined when it cannot be read (gone).
 */
function readStat(pid: number): { command: string; fields: string[] } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const end = stat.lastIndexOf(')');
    return { command: stat.slice(stat.indexOf('(') + 1, end), fields: stat.slice(end + 2).split(' ') };
  } catch {
    return undefined;
  }
}

/** Two clock-tick fields of readStat as milliseconds. */
const ticksToMilliseconds = (fields: string[], first: number, second: number) => ((Number(fields[first]) + Number(fields[second])) * 1000) / TICKS_PER_SECOND;

/** User plus system CPU time of a process so far, in milliseconds; undefined when it cannot be read (gone). */
export function processCpuMilliseconds(pid: number): number | undefined {
  const stat = readStat(pid);
  // utime and stime: fields 14 and 15 of the line, 12 and 13 after the command name.
  return stat && ticksToMilliseconds(stat.fields, 11, 12);
}

/**
 * CPU time so far of PostgreSQL on the machine, in milliseconds: every live postgres process (backends and
 * background workers, utime + stime), plus what the exited ones used (cutime + cstime of their parent, the
 * postmaster: its waited-for children), so that a backend closing during a run takes nothing away.
 */
export function postgresCpuMilliseconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.command === 'postgres') total += ticksToMilliseconds(stat.fields, 11, 12) + ticksToMilliseconds(stat.fields, 13, 14);
  }
  return total;
}

/** CPU per request over a measured run, in milliseconds: the server's process, PostgreSQL's processes, the load generator (this process). */
export interface CpuPerRequest {
  server: number | null;
  database: number;
  generator: number;
}

/**
 * Reads the CPU time of the server process, of PostgreSQL and of this process (the load generator) at the start
 * of a run; `perRequest` divides what each used since by the requests answered. PostgreSQL's share counts every
 * postgres process of the machine (the run's backends, and whatever else the server does meanwhile: autovacuum,
 * checkpoints, other sessions), so it is an upper bound on a shared machine.
 */
export class CpuMeter {
  private readonly serverPid: number | undefined;
  private readonly server: number | undefined;
  private readonly database: number;
  private readonly generator: NodeJS.CpuUsage;

  constructor(serverPid: number | undefined) {
    this.serverPid = serverPid;
    this.server = serverPid === undefined ? undefined : processCpuMilliseconds(serverPid);
    this.database = postgresCpuMilliseconds();
    this.generator = process.cpuUsage();
  }

  perRequest(requests: number): CpuPerRequest {
    const used = process.cpuUsage(this.generator);
    const per = (milliseconds: number) => Math.round((milliseconds / Math.max(1, requests)) * 100) / 100;
    const server = this.serverPid === undefined ? undefined : processCpuMilliseconds(this.serverPid);
    return {
      // null: no server process given, or it could not be read at the start or the end (gone).
      server: this.server === undefined || server === undefined ? null : per(server - this.server),
      database: per(postgresCpuMilliseconds() - this.database),
      generator: per((used.user + used.system) / 1000),
    };
  }
}
