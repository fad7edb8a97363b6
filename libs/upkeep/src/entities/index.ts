import { InheritedMembership, MergedMembership, MovedEngagement } from './merge-history.entities.js';

export { InheritedMembership, MergedMembership, MovedEngagement };

export const UPKEEP_ENTITIES = [MovedEngagement, MergedMembership, InheritedMembership];
