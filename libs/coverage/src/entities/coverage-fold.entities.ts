import { BigIntType, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Consultation } from '@sidos/engagement';
import { StakeholderGroup } from '@sidos/register';

/**
 * The fold of one party's records in one consultation that match one group (docs/coverage.md, "How the
 * folds are kept"): kept by database triggers in the writing transaction (migration-20261201110000-coverage-folds),
 * never written by the application. A party is an organisation (partyKind 1, the one a record was made
 * with), a contact (2), or the people of a group's group-only records (0, party = the group). Kept only
 * when it counts: invited or heard.
 */
@Entity({ tableName: 'coverage_fold' })
@Index({ name: 'coverage_fold_party_index', properties: ['party'] })
@Index({ name: 'coverage_fold_group_id_consultation_id_first_heard_on_index', properties: ['group', 'consultation', 'firstHeardOn'] })
export class CoverageFold {
  @ManyToOne(() => Consultation, { primary: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  consultation: Ref<Consultation>;

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  partyKind: number;

  @PrimaryKey({ type: 'uuid' })
  party: string;

  @ManyToOne(() => StakeholderGroup, { primary: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  group: Ref<StakeholderGroup>;

  /** An identified party with an INVITED record matching the group. */
  @Property({ type: 'boolean' })
  invited: boolean;

  /** A PARTICIPATED or SUBMITTED record matching the group. */
  @Property({ type: 'boolean' })
  heard: boolean;

  /** The phases of the activities heard in, one bit each in preparation order (INITIATION = 1). */
  @Property({ type: 'smallint' })
  phases: number;

  @Property({ type: 'date', nullable: true })
  firstHeardOn: string | null;

  /** Group-only records (partyKind 0): the participantCount of the heard ones, added up; 0 for parties. */
  @Property({ type: new BigIntType('string') })
  people: string;
}

/**
 * A consultation's coverage row for one group, the sums of its folds (CoverageFold), kept by the same
 * triggers: `invited` identified parties invited, `heard` parties heard plus people of group-only records,
 * per phase how many folds were heard in it, and the first date heard. consultationCoverage reads these.
 */
@Entity({ tableName: 'coverage_tally' })
export class CoverageTally {
  @ManyToOne(() => Consultation, { primary: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  consultation: Ref<Consultation>;

  @ManyToOne(() => StakeholderGroup, { primary: true, ref: true, index: true, deleteRule: 'cascade', updateRule: 'cascade' })
  group: Ref<StakeholderGroup>;

  @Property({ type: 'integer' })
  invited: number;

  @Property({ type: new BigIntType('string') })
  heard: string;

  @Property({ type: 'integer' })
  heardInInitiation: number;

  @Property({ type: 'integer' })
  heardInDrafting: number;

  @Property({ type: 'integer' })
  heardInStatementRound: number;

  @Property({ type: 'integer' })
  heardInFinalisation: number;

  @Property({ type: 'integer' })
  heardInImplementation: number;

  @Property({ type: 'date', nullable: true })
  firstHeardOn: string | null;
}

export const COVERAGE_FOLD_ENTITIES = [CoverageFold, CoverageTally];
