import { nodeVersionProblem } from './node-version.js';

describe('nodeVersionProblem', () => {
  it('accepts Node 24 and Node 22 from 22.18 on', () => {
    for (const version of ['v24.21.0', 'v24.0.0', 'v22.18.0', 'v22.23.3', 'v26.1.0']) expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it('refuses an older Node with one line that names the version and the way out', () => {
    for (const version of ['v20.20.2', 'v22.17.1', 'v22.16.0', 'v18.19.1']) {
      const problem = nodeVersionProblem(version);
      expect(problem).toContain(`this is Node.js ${version}`);
      expect(problem).toContain('npm start');
      expect(problem).not.toContain('\n');
    }
  });
});
