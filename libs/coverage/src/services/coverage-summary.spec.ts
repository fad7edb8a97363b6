import { PreparationPhase } from '@sidos/engagement';
import { StakeholderGroup } from '@sidos/register';
import { type GroupCoverageRow } from '../repositories/coverage.repository.js';
import { summariseCoverage } from './coverage-summary.js';

function row(name: string, targeted: boolean, heard: number, phasesHeard: PreparationPhase[] = []): GroupCoverageRow {
  const group = Object.assign(new StakeholderGroup(), { name });
  return { group, targeted, invited: 0, heard, phasesHeard, firstHeardOn: null };
}

describe('summariseCoverage', () => {
  it('derives reached, the ratios over the target groups and the gaps in row order', () => {
    const rows = [
      row('A', true, 3, [PreparationPhase.INITIATION]),
      row('B', true, 0),
      row('C', true, 12, [PreparationPhase.STATEMENT_ROUND]),
      row('D', true, 1, [PreparationPhase.DRAFTING, PreparationPhase.FINALISATION]),
      row('E', false, 0),
      row('F', false, 4, [PreparationPhase.INITIATION]),
    ];
    const summary = summariseCoverage(rows);
    expect(summary.groups.map((group) => group.reached)).toEqual([true, false, true, true, false, true]);
    expect(summary.coverageRatio).toBe(0.75);
    expect(summary.earlyReachRatio).toBe(0.5);
    expect(summary.gaps.map((group) => group.name)).toEqual(['B', 'E']);
  });

  it('answers null ratios without target groups, whatever the other rows say', () => {
    const summary = summariseCoverage([row('Hard to reach', false, 5, [PreparationPhase.DRAFTING]), row('Unheard', false, 0)]);
    expect(summary.coverageRatio).toBeNull();
    expect(summary.earlyReachRatio).toBeNull();
    expect(summary.gaps.map((group) => group.name)).toEqual(['Unheard']);
  });
});
