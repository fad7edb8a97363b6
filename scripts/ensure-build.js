// Builds the API into dist/ when dist is missing or older than any source file (used by npm start and npm run migrate),
// and the admin console into dist/admin likewise (npm start, and the console's browser tests).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const entry = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
const SOURCE_FOLDERS = [join('apps', 'api'), 'libs', 'prisma-free-migrations'];
const CONSOLE_ENTRY = join(root, 'dist', 'admin', 'index.html');
const CONSOLE_FOLDER = join(root, 'apps', 'admin');

function newestSource(folder) {
  let newest = 0;
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.tsx?$/.test(item.name) && !item.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuild() {
  const configuration = ['package.json', 'tsconfig.json', join('apps', 'api', 'tsconfig.app.json')].map((file) => statSync(join(root, file)).mtimeMs);
  const sources = Math.max(...SOURCE_FOLDERS.map((folder) => newestSource(join(root, folder))), ...configuration);
  if (!existsSync(entry) || statSync(entry).mtimeMs < sources) {
    process.stdout.write('Building Sidos (npm run build)…\n');
    run(join('@nestjs', 'cli', 'bin', 'nest.js'), ['build', 'api']);
  }
  ensureConsoleBuild();
}

/** The admin console (apps/admin): typed operations from schema.graphql, a type check, and Vite's build into dist/admin. */
export function ensureConsoleBuild() {
  const configuration = ['package.json', 'schema.graphql', join('apps', 'admin', 'index.html')].map((file) => statSync(join(root, file)).mtimeMs);
  const sources = Math.max(newestSource(CONSOLE_FOLDER), newestSource(join(root, 'libs', 'common', 'src', 'validation')), ...configuration);
  if (existsSync(CONSOLE_ENTRY) && statSync(CONSOLE_ENTRY).mtimeMs >= sources) return;
  process.stdout.write('Building the admin console (npm run build:admin)…\n');
  run(join('@graphql-codegen', 'cli', 'esm', 'bin.js'), ['--silent', '--config', join('apps', 'admin', 'codegen.ts')]);
  run(join('typescript', 'bin', 'tsc'), ['-p', join('apps', 'admin', 'tsconfig.json')]);
  run(join('vite', 'bin', 'vite.js'), ['build', '--config', join('apps', 'admin', 'vite.config.ts'), '--logLevel', 'warn']);
}

/** Runs a package's command (a path inside node_modules) on this Node.js. */
function run(binary, args) {
  const path = join(root, 'node_modules', binary);
  const result = spawnSync(process.execPath, [path, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
}

export function distFile(...parts) {
  return join(root, 'dist', ...parts);
}
