// Lint: source file names are kebab-case (organisation.service.ts, create-contact.input.ts).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*\.tsx?$/;
const problems = [];

function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.tsx?$/.test(entry.name)) {
      if (!KEBAB.test(entry.name)) problems.push(`${relative(root, path)}: not kebab-case`);
    }
  }
}

for (const folder of ['apps', 'libs', 'test', 'prisma-free-migrations']) walk(join(root, folder));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('names: every source file is kebab-case');
