// Runs a TypeScript entry of bench/ (or another file, by its path from the repository's root) and calls its
// main(argv). Node.js runs bench/ and test/support/scale/ as TypeScript itself (type stripping: they use no syntax
// that needs compiling, and import their own files with their .ts names).
// Also a command: `node scripts/run-bench-file.js floor-server.ts [args…]` (the benchmark starts its servers so).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireSupportedNode } from './node-version.js';

const root = join(import.meta.dirname, '..');

export function runBenchFile(file, argv = process.argv.slice(2)) {
  return runTypeScriptFile(join('bench', file), argv);
}

/** Runs the main(argv) of a TypeScript file given by its path from the repository's root, and exits. */
export async function runTypeScriptFile(file, argv = process.argv.slice(2)) {
  requireSupportedNode();
  try {
    const entry = await import(pathToFileURL(join(root, file)).href);
    await entry.main(argv);
    process.exit(process.exitCode ?? 0);
  } catch (error) {
    process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

if (import.meta.filename === process.argv[1]) await runBenchFile(process.argv[2], process.argv.slice(3));
