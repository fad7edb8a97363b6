import { PreparationPhase } from '@sidos/engagement';
import { StakeholderGroup } from '@sidos/register';
import { GroupCoverage } from '../types/coverage.types.js';
import { type GroupCoverageRow } from '../repositories/coverage.repository.js';

/** Hearing a group while the problem is still being framed or drafted is what "early" means. */
export const EARLY_PHASES: readonly PreparationPhase[] = [PreparationPhase.INITIATION, PreparationPhase.DRAFTING];

export interface CoverageSummary {
  groups: GroupCoverage[];
  coverageRatio: number | null;
  earlyReachRatio: number | null;
  gaps: StakeholderGroup[];
}

/**
 * The ratios and gaps of a consultation's coverage rows (the counting itself is done in SQL):
 * reached target groups / target groups, target groups heard in INITIATION or DRAFTING / target groups
 * (both null without target groups), and the groups of the rows that are not reached, in row order.
 */
export function summariseCoverage(rows: readonly GroupCoverageRow[]): CoverageSummary {
  const groups = rows.map((row) => ({ ...row, reached: row.heard > 0 }));
  const targets = groups.filter((row) => row.targeted);
  const ratio = (count: number) => (targets.length === 0 ? null : count / targets.length);
  return {
    groups,
    coverageRatio: ratio(targets.filter((row) => row.reached).length),
    earlyReachRatio: ratio(targets.filter((row) => row.phasesHeard.some((phase) => EARLY_PHASES.includes(phase))).length),
    gaps: groups.filter((row) => !row.reached).map((row) => row.group),
  };
}
