// npm test (and its variants): jest in ESM mode on the Node.js that runs this script; its arguments go to jest.
// `npm test` runs it on the Node 24 of node_modules/.bin; `node scripts/jest.js …` runs it on the Node on the PATH.
// Then the admin console's component tests (Vitest, apps/admin/vitest.config.ts), the pseudo-project "component":
// they run after jest when no project is selected and no path pattern given (the whole suite, as CI runs it), or
// when `--selectProjects` names "component" (alone: only they run; a --testPathPatterns value filters their files).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { requireSupportedNode } from './node-version.js';
import { planTestRun } from './test-plan.js';

requireSupportedNode();
const require = createRequire(import.meta.url);
const plan = planTestRun(process.argv.slice(2));
process.stdout.write(`Node.js ${process.version}\n`);

let current;
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => current?.kill(signal));

function run(script, args) {
  return new Promise((resolve) => {
    current = spawn(process.execPath, [...script, ...args], { stdio: 'inherit' });
    current.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// Under --experimental-vm-modules the modules of a finished test file are not all released, so a process that runs
// many files grows. jest.config.js sets workerIdleMemoryLimit, so files run in workers that are replaced once they
// hold more than that (also on two cores, where jest would otherwise run every file in this one process). The
// larger ceiling (the machines have 24 GB) is inherited by the workers: one file's own peak never meets V8's default.
const HEAP_MB = 8192;

let code = 0;
if (plan.jest) {
  code = await run(
    [`--max-old-space-size=${HEAP_MB}`, '--experimental-vm-modules', '--disable-warning=ExperimentalWarning', require.resolve('jest/bin/jest')],
    plan.jest,
  );
}
if (plan.vitest && code === 0) {
  process.stdout.write('\nThe admin console component tests (Vitest):\n');
  // Its command-line entry (package.json "bin"; the package exports no path to it).
  const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
  code = await run([vitest], ['run', '--config', 'apps/admin/vitest.config.ts', ...plan.vitest]);
}
process.exit(code);
