import { BigIntType, type Ref } from '@mikro-orm/core';
import { Entity, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Consultation } from '@sidos/engagement';
import { COVERAGE_FOLD_ENTITIES } from './coverage-fold.entities.js';
import { OrganisationEngagementTally } from './organisation-engagement-tally.entity.js';

/**
 * A counter that database triggers raise, in the writing transaction, on every statement that changes
 * what any consultation's coverage answers without being tied to one consultation: stakeholder groups
 * (names, hard-to-reach flags), organisation and contact memberships, and the merge history. One row
 * (id 1). Written only by the triggers (migration-20261127123500-coverage-generation).
 */
@Entity({ tableName: 'register_coverage_generation' })
export class RegisterCoverageGeneration {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number;

  @Property({ type: new BigIntType('string'), defaultRaw: '0' })
  generation: string;
}

/**
 * A counter per consultation that the triggers raise, in the writing transaction, on every statement
 * that changes its engagements, its activities or its target groups. A coverage answer computed in one
 * snapshot is valid for as long as both counters read what they read in that snapshot (CoverageCache).
 */
@Entity({ tableName: 'consultation_coverage_generation' })
export class ConsultationCoverageGeneration {
  @OneToOne(() => Consultation, { primary: true, owner: true, ref: true, deleteRule: 'cascade' })
  consultation: Ref<Consultation>;

  @Property({ type: new BigIntType('string'), defaultRaw: '0' })
  generation: string;
}

export const COVERAGE_ENTITIES = [RegisterCoverageGeneration, ConsultationCoverageGeneration, ...COVERAGE_FOLD_ENTITIES, OrganisationEngagementTally];
