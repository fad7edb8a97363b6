import { AuditEvent } from '@sidos/audit';
import { COVERAGE_ENTITIES } from '@sidos/coverage';
import { ENGAGEMENT_ENTITIES } from '@sidos/engagement';
import { FACILITATION_ENTITIES } from '@sidos/facilitation';
import { PRACTICE_ENTITIES } from '@sidos/practice';
import { REGISTER_ENTITIES } from '@sidos/register';
import { UPKEEP_ENTITIES } from '@sidos/upkeep';

/** Every entity of every feature module: the ORM, the migrator and the CLI see the same list. */
export const ENTITIES = [
  ...REGISTER_ENTITIES,
  ...ENGAGEMENT_ENTITIES,
  AuditEvent,
  ...UPKEEP_ENTITIES,
  ...COVERAGE_ENTITIES,
  ...FACILITATION_ENTITIES,
  ...PRACTICE_ENTITIES,
];
