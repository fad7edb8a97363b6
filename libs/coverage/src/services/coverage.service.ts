import { Injectable } from '@nestjs/common';
import { isUuid, NotFoundError } from '@sidos/common';
import { StakeholderGroup } from '@sidos/register';
import { CoverageWindow } from '../inputs/coverage-window.input.js';
import { ConsultationCoverage, CoverageMatrix } from '../types/coverage.types.js';
import { CoverageCacheService } from './coverage-cache.service.js';
import { CoverageRepository } from '../repositories/coverage.repository.js';
import { summariseCoverage } from './coverage-summary.js';

/** Does a consultation hear the groups that it should? Reads open to every ministry. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly coverage: CoverageRepository,
    private readonly cache: CoverageCacheService,
  ) {}

  /**
   * Two statements whatever the size: the consultation with its coverage generation, then its coverage
   * rows; one while the answer kept for that generation holds (CoverageCacheService). NOT_FOUND for an
   * unknown or malformed id.
   */
  async consultationCoverage(consultationId: string): Promise<ConsultationCoverage> {
    const found = isUuid(consultationId) ? await this.coverage.consultationWithGeneration(consultationId) : null;
    if (!found) throw new NotFoundError('Consultation', consultationId);
    const { consultation } = found;
    let rows = this.cache.get(consultation.id, found.generation);
    if (!rows) {
      const computed = await this.coverage.consultationRows(consultation.id);
      if (computed.generation !== null) this.cache.set(consultation.id, computed.generation, computed.rows);
      rows = computed.rows;
    }
    return { consultation, ...summariseCoverage(this.coverage.mapCoverageRows(rows)) };
  }

  unheardGroups(window: CoverageWindow): Promise<StakeholderGroup[]> {
    return this.coverage.unheardGroups(window);
  }

  /** Three statements whatever the size: the consultations, the cells, the groups. */
  async coverageMatrix(window: CoverageWindow): Promise<CoverageMatrix> {
    const [consultations, cells] = await Promise.all([this.coverage.windowConsultations(window), this.coverage.windowCells(window)]);
    const groups = await this.coverage.matrixGroups(
      consultations.map((consultation) => consultation.id),
      [...new Set(cells.map((cell) => cell.groupId))],
      window.hardToReachOnly ?? false,
    );
    return { consultations, groups, cells };
  }
}
