import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Thrown when another live process keeps the embedded data folder past the wait. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: number,
  ) {
    super(
      `The embedded data folder ${folder} is in use by another Sidos (process ${holder}). ` +
        'Stop that one first, or set EMBEDDED_DATA_DIR to another folder.',
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLockOptions {
  /** How long to wait for a holder that is still running (a previous start still stopping). */
  waitMilliseconds?: number;
  /** Called once when the folder is held and this start begins to wait. */
  onWait?: (holder: number) => void;
}

const POLL_MILLISECONDS = 100;
/** An empty lock file: its creator is writing its process id right now. */
const UNKNOWN_HOLDER = -1;

/**
 * PGlite has no lock of its own: two processes opening one data folder break it ("PGlite failed to
 * initialize properly"). This takes `<folder>.lock`, created exclusively, holding the process id and, where
 * /proc tells it, the process's identity (boot and start time). A lock whose process is gone (a crash), or whose
 * id now names another process (after a reboot), is taken over; a live holder (typically the previous `npm start` still
 * draining after Ctrl-C, whose npm has already returned the prompt) is waited for, then refused.
 * Returns the release, which removes the file only while it is still this process's.
 */
export async function acquireDataFolderLock(folder: string, options: DataFolderLockOptions = {}): Promise<() => void> {
  const path = `${folder}.lock`;
  const deadline = Date.now() + (options.waitMilliseconds ?? 30_000);
  let waiting = false;
  for (;;) {
    if (tryCreate(path)) return () => releaseIfOwn(path);
    const { holder, identity } = readLock(path);
    if (holder === undefined || !isAlive(holder, identity)) {
      removeQuietly(path);
      continue;
    }
    if (Date.now() >= deadline) {
      // A file still empty after the whole wait was left by a creator that died before writing its id.
      if (holder === UNKNOWN_HOLDER) {
        removeQuietly(path);
        continue;
      }
      throw new DataFolderInUseError(folder, holder);
    }
    if (!waiting) {
      waiting = true;
      options.onWait?.(holder);
    }
    await sleep(POLL_MILLISECONDS);
  }
}

function tryCreate(path: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    const identity = processIdentity(process.pid);
    writeSync(descriptor, `${process.pid}${identity ? ` ${identity}` : ''}\n`);
  } finally {
    closeSync(descriptor);
  }
  return true;
}

/** The lock's process id (UNKNOWN_HOLDER while empty; undefined when gone or unreadable) and identity, if written. */
function readLock(path: string): { holder?: number; identity?: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  if (text.trim() === '') return { holder: UNKNOWN_HOLDER };
  const [id, identity] = text.trim().split(/\s+/);
  const holder = Number(id);
  return Number.isSafeInteger(holder) && holder > 0 ? { holder, identity } : {};
}

/**
 * "<boot id>:<start time>" of a process, from Linux's /proc; undefined elsewhere. A process id alone can name
 * another process after a reboot; with its start time in the same boot, it cannot.
 */
function processIdentity(pid: number): string | undefined {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which ends with the last ")": the start time is field 22 of the whole line.
    const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return startTime ? `${boot}:${startTime}` : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(holder: number, identity: string | undefined): boolean {
  if (holder === UNKNOWN_HOLDER) return true;
  try {
    process.kill(holder, 0);
  } catch (error) {
    // EPERM: alive, but another user's.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!identity) return true;
  const current = processIdentity(holder);
  return current === undefined || current === identity;
}

function releaseIfOwn(path: string): void {
  if (readLock(path).holder === process.pid) removeQuietly(path);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
