import { type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Consultation } from '@sidos/engagement';
import { Organisation } from '@sidos/register';

/**
 * An organisation's records in one consultation, counted as engagementStats counts them (docs/coverage.md,
 * "Engagement statistics of all time"): those that name it, voided ones left out, by kind, and the latest date
 * it was heard. An organisation's engagementStats of all time add up its rows. Kept by database triggers in the
 * writing transaction, under the consultation's coverage lock (migration-20261201130000-engagement-tallies),
 * never written by the application; a row whose records were all voided or moved stays, with zeros.
 */
@Entity({ tableName: 'organisation_engagement_tally' })
@Index({
  name: 'organisation_engagement_tally_sums_index',
  expression:
    'create index "organisation_engagement_tally_sums_index" on "organisation_engagement_tally" ("organisation_id") include ("invited", "declined", "heard", "last_heard_on")',
})
export class OrganisationEngagementTally {
  @ManyToOne(() => Organisation, { primary: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  organisation: Ref<Organisation>;

  @ManyToOne(() => Consultation, { primary: true, ref: true, index: true, deleteRule: 'cascade', updateRule: 'cascade' })
  consultation: Ref<Consultation>;

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
