import { MergedMembership, MovedEngagement } from './merge-history.entities.js';

export { MergedMembership, MovedEngagement };

export const UPKEEP_ENTITIES = [MovedEngagement, MergedMembership];
