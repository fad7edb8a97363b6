import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireDataFolderLock, DataFolderInUseError } from './data-folder-lock.js';

describe('acquireDataFolderLock', () => {
  let root: string;
  let folder: string;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sidos-lock-'));
    folder = join(root, 'pglite');
  });

  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  /** The process id written in the lock. */
  const lockHolder = () => readFileSync(`${folder}.lock`, 'utf8').trim().split(' ')[0];

  /** A live process other than this one, running until killed. */
  function otherProcess(): ChildProcess {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(child);
    return child;
  }

  it('takes a free folder with this process id, and its release removes the lock', async () => {
    const release = await acquireDataFolderLock(folder);
    expect(lockHolder()).toBe(String(process.pid));
    release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
  });

  it("writes this process's identity (boot and start time) where /proc tells it", async () => {
    const release = await acquireDataFolderLock(folder);
    const [, identity] = readFileSync(`${folder}.lock`, 'utf8').trim().split(' ');
    if (existsSync('/proc/self/stat')) expect(identity).toMatch(/^[0-9a-f-]{36}:\d+$/);
    else expect(identity).toBeUndefined();
    release();
  });

  it('takes over a lock whose process id now names another process (the id reused after a reboot)', async () => {
    if (!existsSync('/proc/self/stat')) return;
    const other = otherProcess();
    writeFileSync(`${folder}.lock`, `${other.pid} 00000000-0000-0000-0000-000000000000:1\n`);
    const release = await acquireDataFolderLock(folder, { waitMilliseconds: 0 });
    expect(lockHolder()).toBe(String(process.pid));
    release();
  });

  it('refuses a live holder that wrote its identity, as one that did not', async () => {
    if (!existsSync('/proc/self/stat')) return;
    const holder = otherProcess();
    // The holder's true identity, as it would have written it.
    const stat = readFileSync(`/proc/${holder.pid}/stat`, 'utf8');
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    writeFileSync(`${folder}.lock`, `${holder.pid} ${boot}:${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}\n`);
    await expect(acquireDataFolderLock(folder, { waitMilliseconds: 200 })).rejects.toThrow(DataFolderInUseError);
    expect(lockHolder()).toBe(String(holder.pid));
  });

  it('takes over a lock whose process is gone (a crash)', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(`${folder}.lock`, gone.stdout);
    const release = await acquireDataFolderLock(folder, { waitMilliseconds: 0 });
    expect(lockHolder()).toBe(String(process.pid));
    release();
  });

  it('refuses, naming the holder, while another live process keeps the folder past the wait', async () => {
    const holder = otherProcess();
    writeFileSync(`${folder}.lock`, `${holder.pid}\n`);
    const waitedFor: number[] = [];
    const attempt = acquireDataFolderLock(folder, { waitMilliseconds: 300, onWait: (pid) => waitedFor.push(pid) });
    await expect(attempt).rejects.toThrow(DataFolderInUseError);
    await expect(attempt).rejects.toThrow(`in use by another Sidos (process ${holder.pid})`);
    expect(waitedFor).toEqual([holder.pid]);
    // Nothing was taken: the holder's lock is as it was.
    expect(lockHolder()).toBe(String(holder.pid));
  });

  it('waits for a holder that is stopping, then takes the folder', async () => {
    const holder = otherProcess();
    writeFileSync(`${folder}.lock`, `${holder.pid}\n`);
    let waiting = false;
    const attempt = acquireDataFolderLock(folder, { waitMilliseconds: 10_000, onWait: () => (waiting = true) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(waiting).toBe(true);
    holder.kill('SIGTERM');
    const release = await attempt;
    expect(lockHolder()).toBe(String(process.pid));
    release();
  });

  it("does not remove a lock that another process took after this one's", async () => {
    const release = await acquireDataFolderLock(folder);
    const other = otherProcess();
    writeFileSync(`${folder}.lock`, `${other.pid}\n`);
    release();
    expect(lockHolder()).toBe(String(other.pid));
  });

  it('waits on an empty lock (its creator writing), and takes it over when it stays empty past the wait', async () => {
    writeFileSync(`${folder}.lock`, '');
    const release = await acquireDataFolderLock(folder, { waitMilliseconds: 200 });
    expect(lockHolder()).toBe(String(process.pid));
    release();
  });
});
