import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUuid, NotFoundError } from '@sidos/common';
import { Consultation } from '@sidos/engagement';
import { StakeholderGroup } from '@sidos/register';
import { CoverageWindow } from '../inputs/coverage-window.input';
import { ConsultationCoverage, CoverageMatrix } from '../types/coverage.types';
import { CoverageQueryService } from './coverage-query.service';
import { summariseCoverage } from './coverage-summary';

/** Does a consultation hear the groups that it should? Reads open to every ministry. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: CoverageQueryService,
  ) {}

  /** Two statements whatever the size: the consultation, then its coverage rows. NOT_FOUND for an unknown or malformed id. */
  async consultationCoverage(consultationId: string): Promise<ConsultationCoverage> {
    const consultation = isUuid(consultationId) ? await this.em.findOne(Consultation, { id: consultationId }) : null;
    if (!consultation) throw new NotFoundError('Consultation', consultationId);
    const rows = await this.queries.consultationRows(consultation.id);
    return { consultation, ...summariseCoverage(rows) };
  }

  unheardGroups(window: CoverageWindow): Promise<StakeholderGroup[]> {
    return this.queries.unheardGroups(window);
  }

  /** Three statements whatever the size: the consultations, the cells, the groups. */
  async coverageMatrix(window: CoverageWindow): Promise<CoverageMatrix> {
    const [consultations, cells] = await Promise.all([this.queries.windowConsultations(window), this.queries.windowCells(window)]);
    const groups = await this.queries.matrixGroups(
      consultations.map((consultation) => consultation.id),
      [...new Set(cells.map((cell) => cell.groupId))],
      window.hardToReachOnly ?? false,
    );
    return { consultations, groups, cells };
  }
}
