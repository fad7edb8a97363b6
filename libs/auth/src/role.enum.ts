import { registerEnumType } from '@nestjs/graphql';

/** What a token may do; the hierarchy is ADMIN > EDITOR > VIEWER. */
export enum Role {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  valuesMap: {
    ADMIN: { description: 'Register upkeep: everything, including merge, erase and archive' },
    EDITOR: { description: 'Creates and edits the register, consultations and engagement history of its own ministry' },
    VIEWER: { description: 'Reads' },
  },
});

/** The roles each role grants, itself included. */
const IMPLIED_ROLES: Readonly<Record<Role, readonly Role[]>> = {
  [Role.ADMIN]: [Role.ADMIN, Role.EDITOR, Role.VIEWER],
  [Role.EDITOR]: [Role.EDITOR, Role.VIEWER],
  [Role.VIEWER]: [Role.VIEWER],
};

const ROLE_VALUES = new Set<string>(Object.values(Role));

/** Every role the given roles grant through the hierarchy: ADMIN implies EDITOR and VIEWER, EDITOR implies VIEWER. */
export function effectiveRoles(roles: readonly Role[]): Set<Role> {
  const granted = new Set<Role>();
  for (const role of roles) {
    for (const implied of IMPLIED_ROLES[role] ?? []) granted.add(implied);
  }
  return granted;
}

/**
 * The Role a claim value names, matched exactly: "ADMIN", never "admin", "ADMIN " or "admın" (a dotless ı
 * upper-cases to I, so any case folding would let look-alike names through); undefined for anything else.
 */
export function parseRole(value: unknown): Role | undefined {
  return typeof value === 'string' && ROLE_VALUES.has(value) ? (value as Role) : undefined;
}
