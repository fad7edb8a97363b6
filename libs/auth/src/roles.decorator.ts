import { type CustomDecorator, SetMetadata } from '@nestjs/common';
import { Role } from './role.enum.js';

export { IS_PUBLIC_KEY, Public } from '@sidos/common';

export const ROLES_KEY = 'sidos:roles';

/**
 * The roles that may call a handler or every handler of a class (the handler's own metadata wins).
 * Each role means "this role or anything above it": `@Roles(Role.VIEWER)` also lets EDITOR and ADMIN in.
 * A handler with no roles at all is refused to everyone.
 */
export function Roles(...roles: Role[]): CustomDecorator<string> {
  return SetMetadata(ROLES_KEY, roles);
}
