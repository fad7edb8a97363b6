import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { CodegenConfig } from '@graphql-codegen/cli';
import adminConfig from '../apps/admin/codegen.js';
import testConfig from './codegen.js';

const ROOT = join(import.meta.dirname, '..');
const CODEGEN = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
const run = promisify(execFile);

/**
 * Runs graphql-codegen with a committed configuration, its outputs written under `scratch` instead (a process
 * of its own, as the command line runs: Jest's module loader cannot load the client preset's ES modules on
 * Node 22). Answers the committed folder of each output and the folder it was generated into now.
 */
async function regenerate(config: CodegenConfig, scratch: string): Promise<{ committed: string; generated: string }[]> {
  const outputs = Object.keys(config.generates);
  const folders = outputs.map((committed, index) => ({ committed, generated: join(scratch, String(index)) + '/' }));
  const generates = Object.fromEntries(folders.map(({ committed, generated }) => [generated, (config.generates as Record<string, unknown>)[committed]]));
  const path = join(scratch, 'codegen.json');
  writeFileSync(path, JSON.stringify({ ...config, generates }));
  try {
    // The task list prints the generator's errors themselves unless NODE_ENV is test, as Jest sets it.
    const env = { ...process.env, NODE_ENV: 'development', NODE_OPTIONS: '' };
    await run(process.execPath, [CODEGEN, '--config', path], { cwd: ROOT, encoding: 'utf8', env });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`graphql-codegen failed (run \`npm run codegen\` to see it):\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
  return folders;
}

/** The files of a folder and their text, by name. */
function contents(folder: string): Record<string, string> {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return {};
  }
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

/**
 * Issue 11: the typed operations that `npm run codegen` writes from schema.graphql — the console's
 * (apps/admin/src/graphql/generated/) and the tests' (test/graphql/generated/) — are committed; a schema or
 * document changed without regenerating them fails here, naming the command that brings them up to date.
 */
describe('the committed codegen outputs', () => {
  const scratches: string[] = [];
  afterAll(() => {
    for (const scratch of scratches) rmSync(scratch, { recursive: true, force: true });
  });

  it.each([
    ['the admin console', adminConfig],
    ['the tests', testConfig],
  ])(
    "of %s are what codegen generates from schema.graphql and today's documents",
    async (_label, config) => {
      const scratch = mkdtempSync(join(tmpdir(), 'sidos-codegen-'));
      scratches.push(scratch);
      for (const { committed, generated } of await regenerate(config, scratch)) {
        const expected = contents(generated);
        const actual = contents(committed);
        expect(Object.keys(expected).length).toBeGreaterThan(0);
        const stale = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].filter((name) => expected[name] !== actual[name]);
        if (stale.length > 0) {
          const files = stale.map((name) => relative(ROOT, join(committed, name))).join(', ');
          throw new Error(`Out of date with schema.graphql and the documents: ${files}. Run \`npm run codegen\` and commit the result.`);
        }
      }
    },
    120_000,
  );
});
