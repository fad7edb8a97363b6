// Builds the API into dist/ when dist is missing or older than any source file (used by npm start and npm run migrate).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

export function ensureBuild() {
  const configuration = ['package.json', 'tsconfig.json', join('apps', 'api', 'tsconfig.app.json')].map((file) => statSync(join(root, file)).mtimeMs);
  const sources = Math.max(...SOURCE_FOLDERS.map((folder) => newestSource(join(root, folder))), ...configuration);
  if (existsSync(entry) && statSync(entry).mtimeMs >= sources) return;
  process.stdout.write('Building Sidos (npm run build)…\n');
  const nest = createRequire(import.meta.url).resolve('@nestjs/cli/bin/nest.js');
  const result = spawnSync(process.execPath, [nest, 'build', 'api'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
}

export function distFile(...parts) {
  return join(root, 'dist', ...parts);
}
