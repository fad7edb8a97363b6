/** Child processes, tokens and memory sampling for the benchmark (migrations and HTTP helpers: test/support/scale/scale-support.ts). */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
