// Builds the API into dist/ when dist is missing or older than any source file (used by npm start and npm run migrate),
// the admin console into dist/admin and the GraphQL explorer into dist/graphql-explorer likewise (npm start, and
// the browser tests).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const entry = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
const SOURCE_FOLDERS = [join('apps', 'api'), 'libs', 'prisma-free-migrations'];
const CONSOLE_ENTRY = join(root, 'dist', 'admin', 'index.html');
const CONSOLE_FOLDER = join(root, 'apps', 'admin');
const EXPLORER_ENTRY = join(root, 'dist', 'graphql-explorer', 'index.html');
const EXPLORER_FOLDER = join(root, 'apps', 'graphql-explorer');

function newestSource(folder) {
  let newest = 0;
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(tsx?|css)$/.test(item.name) && !/\.spec\.tsx?$/.test(item.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function apiUpToDate() {
  const configuration = ['package.json', 'tsconfig.json', join('apps', 'api', 'tsconfig.app.json')].map((file) => statSync(join(root, file)).mtimeMs);
  const sources = Math.max(...SOURCE_FOLDERS.map((folder) => newestSource(join(root, folder))), ...configuration);
  return existsSync(entry) && statSync(entry).mtimeMs >= sources;
}

function consoleUpToDate() {
  const configuration = ['package.json', 'schema.graphql', join('apps', 'admin', 'index.html')].map((file) => statSync(join(root, file)).mtimeMs);
  const sources = Math.max(newestSource(CONSOLE_FOLDER), newestSource(join(root, 'libs', 'common', 'src', 'validation')), ...configuration);
  return existsSync(CONSOLE_ENTRY) && statSync(CONSOLE_ENTRY).mtimeMs >= sources;
}

function explorerUpToDate() {
  const configuration = ['package.json', join('apps', 'graphql-explorer', 'index.html')].map((file) => statSync(join(root, file)).mtimeMs);
  const sources = Math.max(newestSource(EXPLORER_FOLDER), ...configuration);
  return existsSync(EXPLORER_ENTRY) && statSync(EXPLORER_ENTRY).mtimeMs >= sources;
}

// One build at a time across processes (test files running in parallel both start the built API; the
// build empties dist/ first): a lock folder, taken with mkdir, waited for, broken when older than a build can be.
const LOCK = join(root, 'node_modules', '.sidos-build-lock');
const LOCK_STALE_MS = 10 * 60_000;

function sleep(milliseconds) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

function withBuildLock(work) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
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
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The API, then the console and the explorer (the API's build empties dist/, their folders with it). */
export function ensureBuild() {
  if (apiUpToDate() && consoleUpToDate() && explorerUpToDate()) return;
  withBuildLock(() => {
    // Another process may have built them while this one waited.
    if (!apiUpToDate()) {
      process.stdout.write('Building Sidos (npm run build)…\n');
      run(join('@nestjs', 'cli', 'bin', 'nest.js'), ['build', 'api']);
    }
    if (!consoleUpToDate()) buildConsole();
    if (!explorerUpToDate()) buildExplorer();
  });
}

/** The admin console (apps/admin): typed operations from schema.graphql, a type check, and Vite's build into dist/admin. */
export function ensureConsoleBuild() {
  if (consoleUpToDate()) return;
  withBuildLock(() => {
    if (!consoleUpToDate()) buildConsole();
  });
}

/** The GraphQL explorer (apps/graphql-explorer): a type check and Vite's build into dist/graphql-explorer. */
export function ensureExplorerBuild() {
  if (explorerUpToDate()) return;
  withBuildLock(() => {
    if (!explorerUpToDate()) buildExplorer();
  });
}

function buildExplorer() {
  process.stdout.write('Building the GraphQL explorer (npm run build:explorer)…\n');
  run(join('typescript', 'bin', 'tsc'), ['-p', join('apps', 'graphql-explorer', 'tsconfig.json')]);
  run(join('vite', 'bin', 'vite.js'), ['build', '--config', join('apps', 'graphql-explorer', 'vite.config.ts'), '--logLevel', 'warn']);
}

function buildConsole() {
  process.stdout.write('Building the admin console (npm run build:admin)…\n');
  run(join('@graphql-codegen', 'cli', 'esm', 'bin.js'), ['--silent', '--config', join('apps', 'admin', 'codegen.ts')]);
  run(join('typescript', 'bin', 'tsc'), ['-p', join('apps', 'admin', 'tsconfig.json')]);
  run(join('vite', 'bin', 'vite.js'), ['build', '--config', join('apps', 'admin', 'vite.config.ts'), '--logLevel', 'warn']);
}

/** Runs a package's command (a path inside node_modules) on this Node.js; a failure ends the process, and releases the build lock first. */
function run(binary, args) {
  const path = join(root, 'node_modules', binary);
  const result = spawnSync(process.execPath, [path, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(LOCK, { recursive: true, force: true });
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
}

export function distFile(...parts) {
  return join(root, 'dist', ...parts);
}
