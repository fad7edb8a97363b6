import { effectiveRoles, Role, Viewer } from '@sidos/auth';
import { ForbiddenError } from '@sidos/common';

/**
 * The register is shared, consultations are not: an ADMIN may change any ministry's consultations,
 * activities and engagements; an EDITOR only those of the ministry in its token. Reads are open to all.
 */
export function assertMayChangeMinistry(viewer: Viewer, ministry: string): void {
  if (effectiveRoles(viewer.roles).has(Role.ADMIN)) return;
  if (viewer.ministry === null) throw new ForbiddenError('Changing consultations needs a token with a ministry claim');
  if (viewer.ministry !== ministry) {
    throw new ForbiddenError(`An EDITOR of ${viewer.ministry} may not change consultations of ${ministry} (nor their activities and engagements)`);
  }
}
