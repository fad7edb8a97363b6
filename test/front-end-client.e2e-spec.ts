import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CODEGEN = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
const run = promisify(execFile);

/**
 * graphql-codegen's client preset over the committed schema.graphql, as the README's front-end quick start
 * configures it, run as its command line does (a process of its own: Jest's module loader cannot load the
 * preset's ES modules on Node 22). Rejects with the generator's output when generation fails.
 */
async function generateClient(folder: string): Promise<void> {
  const config = {
    schema: join(ROOT, 'schema.graphql'),
    documents: [join(folder, 'operations.ts')],
    ignoreNoDocuments: false,
    generates: {
      [join(folder, 'generated') + '/']: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string' } },
      },
    },
  };
  writeFileSync(join(folder, 'codegen.json'), JSON.stringify(config));
  try {
    // Its task list prints the errors themselves (not only "One or more errors occurred") unless NODE_ENV is
    // test, as Jest sets it; and without Jest's NODE_OPTIONS.
    const env = { ...process.env, NODE_ENV: 'development', NODE_OPTIONS: '' };
    await run(process.execPath, [CODEGEN, '--config', join(folder, 'codegen.json')], { cwd: ROOT, encoding: 'utf8', env });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`graphql-codegen failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
}

/** tsc --noEmit over the folder, strict, with a bundler's module resolution as a Vite front end's; the compiler's output when it fails. */
function typeCheck(folder: string): string | null {
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', skipLibCheck: true, types: [] },
      include: ['*.ts', 'generated/*.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [TSC, '-p', join(folder, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

/**
 * Issue 13: a typed client generated from the committed schema.graphql with graphql-codegen type-checks a set
 * of front-end operations (the new ones included); an operation or a use of its answer that no longer matches
 * the schema fails.
 */
describe('a typed front-end client from schema.graphql', () => {
  const folders: string[] = [];
  const scratch = () => {
    const folder = mkdtempSync(join(tmpdir(), 'sidos-client-'));
    folders.push(folder);
    // The generated code imports graphql's types: resolve them from the project's node_modules.
    cpSync(join(import.meta.dirname, 'front-end-client', 'operations.ts'), join(folder, 'operations.ts'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ type: 'module' }));
    cpSync(join(ROOT, 'node_modules', 'graphql'), join(folder, 'node_modules', 'graphql'), { recursive: true });
    cpSync(join(ROOT, 'node_modules', '@graphql-typed-document-node'), join(folder, 'node_modules', '@graphql-typed-document-node'), { recursive: true });
    return folder;
  };
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('generates the client and type-checks the operations and the code that reads their answers', async () => {
    const folder = scratch();
    await generateClient(folder);
    expect(typeCheck(folder)).toBeNull();
  }, 120_000);

  it('fails to generate when an operation asks for a field the schema does not have', async () => {
    const folder = scratch();
    const operations = readFileSync(join(folder, 'operations.ts'), 'utf8');
    writeFileSync(join(folder, 'operations.ts'), operations.replace(/(organisationByBusinessId\(businessId: \$businessId\) \{\s+id\s+)name/, '$1nimi'));
    await expect(generateClient(folder)).rejects.toThrow(/nimi/);
  }, 120_000);

  it('fails to type-check code that reads a field the operation did not ask for', async () => {
    const folder = scratch();
    const operations = readFileSync(join(folder, 'operations.ts'), 'utf8');
    writeFileSync(join(folder, 'operations.ts'), operations.replace('held.organisationByBusinessId.name}', 'held.organisationByBusinessId.municipality}'));
    await generateClient(folder);
    expect(typeCheck(folder)).toMatch(/municipality/);
  }, 120_000);
});
