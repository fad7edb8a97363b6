import { type Ref } from '@mikro-orm/core';
import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Organisation } from '@sidos/register';

/**
 * An organisation's engagementStats of all time (docs/coverage.md, "Engagement statistics"): the records that
 * name it, voided ones left out, counted by kind, and the latest date it was heard. Kept by database triggers in
 * the writing transaction (migration-20261201130000-engagement-tallies), never written by the application; an
 * organisation without records has no row (zeros).
 */
@Entity({ tableName: 'organisation_engagement_tally' })
export class OrganisationEngagementTally {
  @OneToOne(() => Organisation, { primary: true, owner: true, ref: true, deleteRule: 'cascade' })
  organisation: Ref<Organisation>;

  @Property({ type: 'integer' })
  invited: number;

  @Property({ type: 'integer' })
  declined: number;

  /** PARTICIPATED and SUBMITTED records. */
  @Property({ type: 'integer' })
  heard: number;

  @Property({ type: 'date', nullable: true })
  lastHeardOn: string | null;
}
