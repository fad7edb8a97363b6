import { execFile, execFileSync } from 'node:child_process';
import { accessSync, appendFileSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A real PostgreSQL streaming replica for the replica tests: a throwaway primary (initdb) and a hot standby
 * cloned from it with `pg_basebackup -R`, both on free loopback ports, their data in one temporary folder
 * that stop() removes. Self-contained: it needs the server binaries (initdb, pg_ctl, pg_basebackup, postgres)
 * and changes nothing on the machine's own server. As root (the binaries refuse to run as root) every
 * command runs as the `postgres` user through runuser, and the folder belongs to that user.
 *
 * The binaries are looked for in POSTGRES_BIN_DIR, then `pg_config --bindir`, then /usr/lib/postgresql/<n>/bin
 * (newest first), then the PATH.
 */

const TOOLS = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'] as const;
/** Each command, and each wait (a start, replay catching up), is bounded by this. */
const STEP_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 20;
const SYSTEM_USER = 'postgres';
const FOLDER_PREFIX = 'sidos-replica-';
/** The test process that made a pair's folder: a pair whose process is gone was abandoned (a killed run). */
const OWNER_FILE = 'owner.pid';

export type PostgresTools = { available: true; binDir: string; runAs: string | null } | { available: false; reason: string };

function hasTools(folder: string): boolean {
  return TOOLS.every((tool) => {
    try {
      accessSync(join(folder, tool), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function commandOutput(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return null;
  }
}

/** Where the PostgreSQL server binaries are, and as whom to run them; or why they cannot be used here. */
export function findPostgresTools(): PostgresTools {
  const candidates: string[] = [];
  if (process.env.POSTGRES_BIN_DIR) candidates.push(process.env.POSTGRES_BIN_DIR);
  const configured = commandOutput('pg_config', ['--bindir']);
  if (configured) candidates.push(configured);
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  candidates.push(...(process.env.PATH ?? '').split(':').filter(Boolean));
  const binDir = candidates.find(hasTools);
  if (!binDir) {
    return {
      available: false,
      reason: `PostgreSQL server binaries (${TOOLS.join(', ')}) not found (looked in POSTGRES_BIN_DIR, pg_config --bindir, /usr/lib/postgresql/*/bin, PATH)`,
    };
  }
  if (process.getuid?.() !== 0) return { available: true, binDir, runAs: null };
  if (!commandOutput('id', ['-u', SYSTEM_USER]))
    return { available: false, reason: `running as root, and there is no '${SYSTEM_USER}' user to run the PostgreSQL binaries as` };
  if (!commandOutput('sh', ['-c', 'command -v runuser'])) return { available: false, reason: 'running as root, and runuser (util-linux) is missing' };
  return { available: true, binDir, runAs: SYSTEM_USER };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function until<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`streaming replica: timed out after ${STEP_TIMEOUT_MS} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** Settings of both clusters (the standby inherits them through pg_basebackup): small, loopback only, no durability. */
const CLUSTER_SETTINGS = `
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 40
shared_buffers = 16MB
fsync = off
full_page_writes = off
wal_level = replica
max_wal_senders = 4
hot_standby = on
hot_standby_feedback = on
log_min_messages = warning
`;

export class StreamingReplica {
  /** How long it took to be ready: initdb, the start of the primary, pg_basebackup, the start of the standby, streaming. */
  setupMilliseconds = 0;
  private stopped = false;
  private readonly onExit = () => this.stopNow();

  private constructor(
    private readonly tools: { binDir: string; runAs: string | null },
    readonly folder: string,
    readonly primaryPort: number,
    readonly replicaPort: number,
  ) {
    process.once('exit', this.onExit);
  }

  /** Creates, starts and connects the pair; throws (with the reason) when the tools are missing. */
  static async start(): Promise<StreamingReplica> {
    const tools = findPostgresTools();
    if (!tools.available) throw new Error(`streaming replica: ${tools.reason}`);
    const started = Date.now();
    removeAbandonedPairs(tools);
    const folder = mkdtempSync(join(tmpdir(), FOLDER_PREFIX));
    writeFileSync(join(folder, OWNER_FILE), String(process.pid));
    const owner = tools.runAs ? { uid: Number(commandOutput('id', ['-u', tools.runAs])), gid: Number(commandOutput('id', ['-g', tools.runAs])) } : null;
    if (owner) chownSync(folder, owner.uid, owner.gid);
    const run = (tool: string, args: string[]) => runTool(tools, tool, args);
    const primaryData = join(folder, 'primary');
    const replicaData = join(folder, 'replica');
    try {
      await run('initdb', ['-D', primaryData, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
      // initdb's pg_hba.conf with --auth=trust already lets 127.0.0.1 in for replication.
      appendFileSync(join(primaryData, 'postgresql.conf'), CLUSTER_SETTINGS);
      const primaryPort = await startCluster(run, primaryData, join(folder, 'primary.log'));
      const source = ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'];
      await run('pg_basebackup', [...source, '-D', replicaData, '-R', '-X', 'stream', '--checkpoint=fast', '--no-sync']);
      const replicaPort = await startCluster(run, replicaData, join(folder, 'replica.log'));
      const pair = new StreamingReplica(tools, folder, primaryPort, replicaPort);
      await until('the standby to stream from the primary', () =>
        pair.primaryQuery<{ state: string }>(`select state from pg_stat_replication where state = 'streaming'`).then((rows) => (rows.length > 0 ? true : null)),
      );
      const inRecovery = await pair.replicaQuery<{ standby: boolean }>('select pg_is_in_recovery() as standby');
      if (!inRecovery[0].standby) throw new Error('streaming replica: the clone is not in recovery (not a standby)');
      pair.setupMilliseconds = Date.now() - started;
      return pair;
    } catch (error) {
      for (const data of [replicaData, primaryData]) stopCluster(tools, data);
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** A URL of the primary server for database `name`. */
  primaryUrl(name = 'postgres'): string {
    return `postgresql://postgres@127.0.0.1:${this.primaryPort}/${name}`;
  }

  /** A URL of the standby server for database `name`. */
  replicaUrl(name = 'postgres'): string {
    return `postgresql://postgres@127.0.0.1:${this.replicaPort}/${name}`;
  }

  /** Waits until the standby has replayed everything the primary has written so far (polls the two LSNs). */
  async waitForReplay(): Promise<void> {
    const [{ lsn }] = await this.primaryQuery<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
    await until(`the standby to replay up to ${lsn}`, () =>
      this.replicaQuery<{ replayed: boolean }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as replayed', [lsn]).then(([row]) =>
        row.replayed ? true : null,
      ),
    );
  }

  /** Stops replay on the standby (it keeps receiving WAL): from now on it answers as of this moment. */
  async pauseReplay(): Promise<void> {
    await this.replicaQuery('select pg_wal_replay_pause()');
    // Once requested, no further record is applied; 'paused' confirms the startup process has stopped.
    await until('replay to pause', () =>
      this.replicaQuery<{ state: string }>('select pg_get_wal_replay_pause_state() as state').then(([row]) => (row.state === 'paused' ? true : null)),
    );
  }

  async resumeReplay(): Promise<void> {
    await this.replicaQuery('select pg_wal_replay_resume()');
  }

  /** Whether replay is paused now (what the standby would say). */
  async replayPaused(): Promise<boolean> {
    const [row] = await this.replicaQuery<{ state: string }>('select pg_get_wal_replay_pause_state() as state');
    return row.state !== 'not paused';
  }

  primaryQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return queryOnce<T>(this.primaryUrl(), sql, params);
  }

  replicaQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return queryOnce<T>(this.replicaUrl(), sql, params);
  }

  /** Stops both clusters and removes their folder. */
  stop(): void {
    this.stopNow();
    process.removeListener('exit', this.onExit);
  }

  private stopNow(): void {
    if (this.stopped) return;
    this.stopped = true;
    stopCluster(this.tools, join(this.folder, 'replica'));
    stopCluster(this.tools, join(this.folder, 'primary'));
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** One statement on one connection (opened and closed for it). */
export async function queryOnce<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function toolCommand(tools: { binDir: string; runAs: string | null }, tool: string, args: string[]): [string, string[]] {
  const binary = join(tools.binDir, tool);
  return tools.runAs ? ['runuser', ['-u', tools.runAs, '--', binary, ...args]] : [binary, args];
}

function runTool(tools: { binDir: string; runAs: string | null }, tool: string, args: string[]): Promise<string> {
  const [command, commandArgs] = toolCommand(tools, tool, args);
  return new Promise((resolve, reject) =>
    execFile(command, commandArgs, { timeout: STEP_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout, stderr) =>
      error ? reject(new Error(`streaming replica: ${tool} ${args.join(' ')} failed: ${error.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
}

/** Starts a cluster on a free loopback port (another port if that one was taken meanwhile); answers the port. */
async function startCluster(run: (tool: string, args: string[]) => Promise<string>, data: string, log: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    try {
      await run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', String(STEP_TIMEOUT_MS / 1000), '-o', `-p ${port}`, 'start']);
      return port;
    } catch (error) {
      lastError = new Error(`${(error as Error).message}\nserver log:\n${existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '(none)'}`);
    }
  }
  throw lastError;
}

function stopCluster(tools: { binDir: string; runAs: string | null }, data: string): void {
  if (!existsSync(join(data, 'postmaster.pid'))) return;
  const [command, args] = toolCommand(tools, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '30', 'stop']);
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 40_000 });
  } catch {
    // Already stopped, or it did not stop in time: the folder goes anyway.
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops and removes the pairs of test processes that were killed before they could (their owner is gone). */
function removeAbandonedPairs(tools: { binDir: string; runAs: string | null }): void {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(FOLDER_PREFIX))) {
    const folder = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(folder, OWNER_FILE), 'utf8'));
    } catch {
      continue; // not a folder of ours, or not readable: left alone
    }
    if (!Number.isInteger(owner) || owner <= 0 || processAlive(owner)) continue;
    for (const data of ['replica', 'primary']) stopCluster(tools, join(folder, data));
    rmSync(folder, { recursive: true, force: true });
  }
}
