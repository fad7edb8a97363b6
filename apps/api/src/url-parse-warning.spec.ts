import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The warnings a fresh Node process gives when it runs `script` (an ES module; `settle` is the function under test). */
function warningsOf(script: string): string[] {
  const source = [
    `import { settleUrlParseWarning as settle } from ${JSON.stringify(join(import.meta.dirname, 'url-parse-warning.ts'))};`,
    `import { parse } from 'node:url';`,
    `const codes = [];`,
    `process.removeAllListeners('warning');`,
    `process.on('warning', (warning) => codes.push(warning.code ?? warning.name));`,
    script,
    `setTimeout(() => process.stdout.write(JSON.stringify(codes)), 50);`,
  ].join('\n');
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '--eval', source], { encoding: 'utf8' })) as string[];
}

/** Node 24 made DEP0169 a runtime warning for callers outside node_modules; on Node 22 it is documentation-only. */
const RUNTIME_WARNING = Number(process.versions.node.split('.')[0]) >= 24;

describe('settleUrlParseWarning', () => {
  it('is needed on Node 24: without it, url.parse() outside node_modules warns (and checks every caller until it has); Node 22 gives no warning', () => {
    expect(warningsOf(`parse('/graphql?x=1');`)).toEqual(RUNTIME_WARNING ? ['DEP0169'] : []);
  });

  it('gives the one warning away silently, so later calls no longer look for their caller', () => {
    expect(warningsOf(`settle(); parse('/graphql?x=1'); parse('/graphql');`)).toEqual([]);
  });

  it('leaves other warnings alone', () => {
    expect(warningsOf(`settle(); process.emitWarning('still here', 'DeprecationWarning', 'DEP_TEST');`)).toEqual(['DEP_TEST']);
  });

  it('leaves url.parse() as it was', () => {
    expect(warningsOf(`settle(); if (parse('/graphql?x=1').search !== '?x=1') throw new Error('changed');`)).toEqual([]);
  });
});
