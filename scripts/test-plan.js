// Which runners `npm test` starts for its arguments (see scripts/jest.js): jest's arguments, Vitest's, or null.
const COMPONENT = 'component';

/** @returns {{ jest: string[] | null, vitest: string[] | null }} */
export function planTestRun(args) {
  const jest = [];
  const selected = [];
  const patterns = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--selectProjects') {
      while (index + 1 < args.length && !args[index + 1].startsWith('-')) selected.push(args[(index += 1)]);
      continue;
    }
    if (arg.startsWith('--selectProjects=')) {
      selected.push(...arg.slice('--selectProjects='.length).split(','));
      continue;
    }
    if (arg === '--testPathPatterns' || arg === '--testPathPattern') {
      while (index + 1 < args.length && !args[index + 1].startsWith('-')) patterns.push(args[(index += 1)]);
      jest.push(arg, ...patterns);
      continue;
    }
    jest.push(arg);
  }
  const jestProjects = selected.filter((name) => name !== COMPONENT);
  const runJest = selected.length === 0 || jestProjects.length > 0;
  const runVitest = selected.includes(COMPONENT) || (selected.length === 0 && patterns.length === 0);
  return {
    jest: runJest ? (jestProjects.length > 0 ? ['--selectProjects', ...jestProjects, ...jest] : jest) : null,
    vitest: runVitest ? (selected.includes(COMPONENT) ? patterns : []) : null,
  };
}
