// Builds the API into dist/ when dist is missing or older than any source file (used by npm start and npm run migrate).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const entry = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
const SOURCE_FOLDERS = ['apps', 'libs', 'prisma-free-migrations'];

function newestSource(folder) {
  let newest = 0;
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (item.name.endsWith('.ts') && !item.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function upToDate() {
  const configuration = ['package.json', 'tsconfig.json', join('apps', 'api', 'tsconfig.app.json')].map((file) => statSync(join(root, file)).mtimeMs);
  const sources = Math.max(...SOURCE_FOLDERS.map((folder) => newestSource(join(root, folder))), ...configuration);
  return existsSync(entry) && statSync(entry).mtimeMs >= sources;
}

// One build at a time across processes (test files running in parallel both start the built API; the
// build empties dist/ first): a lock folder, taken with mkdir, waited for, broken when older than a build can be.
const LOCK = join(root, 'node_modules', '.sidos-build-lock');
const LOCK_STALE_MS = 10 * 60_000;

function sleep(milliseconds) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

function takeLock() {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let age;
    try {
      age = Date.now() - statSync(LOCK).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    else sleep(200);
  }
}

export function ensureBuild() {
  if (upToDate()) return;
  takeLock();
  let status;
  try {
    // Another process may have built it while this one waited.
    if (!upToDate()) {
      process.stdout.write('Building Sidos (npm run build)…\n');
      const nest = createRequire(import.meta.url).resolve('@nestjs/cli/bin/nest.js');
      status = spawnSync(process.execPath, [nest, 'build', 'api'], { cwd: root, stdio: 'inherit' }).status ?? 1;
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  if (status) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(status);
  }
}

export function distFile(...parts) {
  return join(root, 'dist', ...parts);
}
