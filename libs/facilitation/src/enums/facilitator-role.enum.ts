import { registerEnumType } from '@nestjs/graphql';

/** A facilitator's part in an activity: the one who leads it, or one who supports. */
export enum FacilitatorRole {
  LEAD = 'LEAD',
  SUPPORT = 'SUPPORT',
}

registerEnumType(FacilitatorRole, { name: 'FacilitatorRole' });
