// npm test (and its variants): jest in ESM mode on the Node.js that runs this script; its arguments go to jest.
// `npm test` runs it on the Node 24 of node_modules/.bin; `node scripts/jest.js …` runs it on the Node on the PATH.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { requireSupportedNode } from './node-version.js';

requireSupportedNode();
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
process.stdout.write(`Node.js ${process.version}\n`);
const child = spawn(process.execPath, ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
