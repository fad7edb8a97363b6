import { effectiveRoles, Role, Viewer } from '@sidos/auth';
import { ForbiddenError } from '@sidos/common';

/** An ADMIN may change any ministry's facilitators; an EDITOR only those of the ministry in its token. */
export function assertMayChangeFacilitatorsOf(viewer: Viewer, ministry: string): void {
  if (effectiveRoles(viewer.roles).has(Role.ADMIN)) return;
  if (viewer.ministry === null) throw new ForbiddenError('Changing facilitators needs a token with a ministry claim');
  if (viewer.ministry !== ministry) throw new ForbiddenError(`An EDITOR of ${viewer.ministry} may not change facilitators of ${ministry}`);
}

/** The values of a list in the order of their enum, each once. */
export function inEnumOrder<T extends string>(values: readonly T[] | null | undefined, order: readonly T[]): T[] {
  const given = new Set(values ?? []);
  return order.filter((value) => given.has(value));
}
