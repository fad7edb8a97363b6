'use strict';
// Builds the API into dist/ when dist is missing or older than any source file (used by npm start and npm run migrate).
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
const SOURCE_FOLDERS = ['apps', 'libs', 'prisma-free-migrations'];

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const sources = Math.max(...SOURCE_FOLDERS.map((folder) => newestSource(join(root, folder))), statSync(join(root, 'package.json')).mtimeMs);
  if (existsSync(entry) && statSync(entry).mtimeMs >= sources) return;
  process.stdout.write('Building Sidos (npm run build)…\n');
  const result = spawnSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
}

module.exports = { ensureBuild, distFile: (...parts) => join(root, 'dist', ...parts) };
