'use strict';
// Runs a TypeScript entry of bench/ with ts-node (transpile only; bench/tsconfig.json) and calls its main(argv).
// Also a command: `node scripts/run-bench-file.js floor-server.ts [args…]` (the benchmark starts its servers so).
const { join } = require('node:path');

const root = join(__dirname, '..');

function runBenchFile(file, argv = process.argv.slice(2)) {
  require('ts-node').register({ transpileOnly: true, project: join(root, 'bench', 'tsconfig.json') });
  const entry = require(join(root, 'bench', file));
  entry.main(argv).then(
    () => process.exit(process.exitCode ?? 0),
    (error) => {
      process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

module.exports = { runBenchFile };

if (require.main === module) runBenchFile(process.argv[2], process.argv.slice(3));
