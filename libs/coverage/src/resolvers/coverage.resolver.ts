import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@sidos/auth';
import { StakeholderGroup } from '@sidos/register';
import { CoverageWindowArgs } from '../inputs/coverage-window.input.js';
import { CoverageService } from '../services/coverage.service.js';
import { ConsultationCoverage, CoverageMatrix } from '../types/coverage.types.js';

@Resolver()
export class CoverageResolver {
  constructor(private readonly coverageService: CoverageService) {}

  @Query(() => ConsultationCoverage)
  @Roles(Role.VIEWER)
  consultationCoverage(@Args('consultationId', { type: () => ID }) consultationId: string): Promise<ConsultationCoverage> {
    return this.coverageService.consultationCoverage(consultationId);
  }

  @Query(() => [StakeholderGroup], {
    description: 'Groups with no heard engagement in any activity dated inside the window (and in consultations that match its filters), ordered by name.',
  })
  @Roles(Role.VIEWER)
  unheardGroups(@Args() { window }: CoverageWindowArgs): Promise<StakeholderGroup[]> {
    return this.coverageService.unheardGroups(window);
  }

  @Query(() => CoverageMatrix)
  @Roles(Role.VIEWER)
  coverageMatrix(@Args() { window }: CoverageWindowArgs): Promise<CoverageMatrix> {
    return this.coverageService.coverageMatrix(window);
  }
}
