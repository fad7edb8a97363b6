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
 * initialize properly"). This takes `<folder>.lock`, created exclusively, holding the process id. A lock
 * whose process is gone (a crash) is taken over; a live holder (typically the previous `npm start` still
 * draining after Ctrl-C, whose npm has already returned the prompt) is waited for, then refused.
 * Returns the release, which removes the file only while it is still this process's.
 */
export async function acquireDataFolderLock(folder: string, options: DataFolderLockOptions = {}): Promise<() => void> {
  const path = `${folder}.lock`;
  const deadline = Date.now() + (options.waitMilliseconds ?? 30_000);
  let waiting = false;
  for (;;) {
    if (tryCreate(path)) return () => releaseIfOwn(path);
    const holder = readHolder(path);
    if (holder === undefined || !isAlive(holder)) {
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
    writeSync(descriptor, `${process.pid}\n`);
  } finally {
    closeSync(descriptor);
  }
  return true;
}

function readHolder(path: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (text.trim() === '') return UNKNOWN_HOLDER;
  const holder = Number.parseInt(text.trim(), 10);
  return Number.isSafeInteger(holder) && holder > 0 ? holder : undefined;
}

function isAlive(holder: number): boolean {
  if (holder === UNKNOWN_HOLDER) return true;
  try {
    process.kill(holder, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOwn(path: string): void {
  if (readHolder(path) === process.pid) removeQuietly(path);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
