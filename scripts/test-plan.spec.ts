import { planTestRun } from './test-plan.js';

describe("npm test's runners", () => {
  it('runs jest and then the component tests for the whole suite (as CI does)', () => {
    expect(planTestRun([])).toEqual({ jest: [], vitest: [] });
    expect(planTestRun(['--maxWorkers=1'])).toEqual({ jest: ['--maxWorkers=1'], vitest: [] });
  });

  it('runs jest alone for selected jest projects or a path pattern', () => {
    expect(planTestRun(['--selectProjects', 'unit', 'e2e', '--testPathIgnorePatterns', 'admin-console'])).toEqual({
      jest: ['--selectProjects', 'unit', 'e2e', '--testPathIgnorePatterns', 'admin-console'],
      vitest: null,
    });
    expect(planTestRun(['--testPathPatterns', 'load-config', '--maxWorkers=1'])).toEqual({
      jest: ['--testPathPatterns', 'load-config', '--maxWorkers=1'],
      vitest: null,
    });
  });

  it('runs the component tests alone when "component" is the only project, filtered by the path patterns', () => {
    expect(planTestRun(['--selectProjects', 'component'])).toEqual({ jest: null, vitest: [] });
    expect(planTestRun(['--selectProjects', 'component', '--testPathPatterns', 'organisation-form'])).toEqual({ jest: null, vitest: ['organisation-form'] });
    expect(planTestRun(['--selectProjects', 'unit', 'component'])).toEqual({ jest: ['--selectProjects', 'unit'], vitest: [] });
  });
});
