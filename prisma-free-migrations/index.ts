import { type Constructor } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { Migration20261127093619Register } from './migration-20261127093619-register.js';
import { Migration20261127093700Search } from './migration-20261127093700-search.js';
import { Migration20261127095524Engagement } from './migration-20261127095524-engagement.js';
import { Migration20261127102054Audit } from './migration-20261127102054-audit.js';
import { Migration20261127110000ReadIndexes } from './migration-20261127110000-read-indexes.js';
import { Migration20261127110959Upkeep } from './migration-20261127110959-upkeep.js';
import { Migration20261127123500CoverageGeneration } from './migration-20261127123500-coverage-generation.js';
import { Migration20261130020000LanguageChecks } from './migration-20261130020000-language-checks.js';
import { Migration20261130023000DatedMemberships } from './migration-20261130023000-dated-memberships.js';
import { Migration20261130040000ErasureSweep } from './migration-20261130040000-erasure-sweep.js';
import { Migration20261130041000SpecialCategoryGroups } from './migration-20261130041000-special-category-groups.js';
import { Migration20261130041600Practice } from './migration-20261130041600-practice.js';
import { Migration20261130050000Facilitation } from './migration-20261130050000-facilitation.js';
import { Migration20261130050000SearchDistanceIndex } from './migration-20261130050000-search-distance-index.js';
import { Migration20261130082038VoidedEngagements } from './migration-20261130082038-voided-engagements.js';
import { Migration20261130090000LocalisedNames } from './migration-20261130090000-localised-names.js';
import { Migration20261130100000ActivityUpdatedAt } from './migration-20261130100000-activity-updated-at.js';
import { Migration20261130114000ListOrders } from './migration-20261130114000-list-orders.js';
import { Migration20261201100000ConnectionOrders } from './migration-20261201100000-connection-orders.js';
import { Migration20261201110000CoverageFolds } from './migration-20261201110000-coverage-folds.js';
import { Migration20261201120000EngagementStatsIndex } from './migration-20261201120000-engagement-stats-index.js';
import { Migration20261201130000EngagementTallies } from './migration-20261201130000-engagement-tallies.js';

/**
 * Every migration, in order. `npm run migration:create` writes a new file beside this one:
 * add its class here (a test fails when a file in this folder is missing from the list).
 */
export const MIGRATIONS: { name: string; class: Constructor<Migration> }[] = [
  { name: 'migration-20261127093619-register', class: Migration20261127093619Register },
  { name: 'migration-20261127093700-search', class: Migration20261127093700Search },
  { name: 'migration-20261127095524-engagement', class: Migration20261127095524Engagement },
  { name: 'migration-20261127102054-audit', class: Migration20261127102054Audit },
  { name: 'migration-20261127110000-read-indexes', class: Migration20261127110000ReadIndexes },
  { name: 'migration-20261127110959-upkeep', class: Migration20261127110959Upkeep },
  { name: 'migration-20261127123500-coverage-generation', class: Migration20261127123500CoverageGeneration },
  { name: 'migration-20261130020000-language-checks', class: Migration20261130020000LanguageChecks },
  { name: 'migration-20261130023000-dated-memberships', class: Migration20261130023000DatedMemberships },
  { name: 'migration-20261130040000-erasure-sweep', class: Migration20261130040000ErasureSweep },
  { name: 'migration-20261130041000-special-category-groups', class: Migration20261130041000SpecialCategoryGroups },
  { name: 'migration-20261130041600-practice', class: Migration20261130041600Practice },
  { name: 'migration-20261130050000-facilitation', class: Migration20261130050000Facilitation },
  { name: 'migration-20261130050000-search-distance-index', class: Migration20261130050000SearchDistanceIndex },
  { name: 'migration-20261130082038-voided-engagements', class: Migration20261130082038VoidedEngagements },
  { name: 'migration-20261130090000-localised-names', class: Migration20261130090000LocalisedNames },
  { name: 'migration-20261130100000-activity-updated-at', class: Migration20261130100000ActivityUpdatedAt },
  { name: 'migration-20261130114000-list-orders', class: Migration20261130114000ListOrders },
  { name: 'migration-20261201100000-connection-orders', class: Migration20261201100000ConnectionOrders },
  { name: 'migration-20261201110000-coverage-folds', class: Migration20261201110000CoverageFolds },
  { name: 'migration-20261201120000-engagement-stats-index', class: Migration20261201120000EngagementStatsIndex },
  { name: 'migration-20261201130000-engagement-tallies', class: Migration20261201130000EngagementTallies },
];
