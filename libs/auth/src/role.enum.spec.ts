import { effectiveRoles, parseRole, Role } from './role.enum.js';

describe('effectiveRoles', () => {
  it('lets ADMIN imply EDITOR and VIEWER', () => {
    expect(effectiveRoles([Role.ADMIN])).toEqual(new Set([Role.ADMIN, Role.EDITOR, Role.VIEWER]));
  });

  it('lets EDITOR imply VIEWER only', () => {
    expect(effectiveRoles([Role.EDITOR])).toEqual(new Set([Role.EDITOR, Role.VIEWER]));
  });

  it('gives VIEWER nothing more', () => {
    expect(effectiveRoles([Role.VIEWER])).toEqual(new Set([Role.VIEWER]));
  });

  it('grants nothing without roles and merges several roles', () => {
    expect(effectiveRoles([]).size).toBe(0);
    expect(effectiveRoles([Role.VIEWER, Role.EDITOR])).toEqual(new Set([Role.EDITOR, Role.VIEWER]));
  });
});

describe('parseRole', () => {
  it('matches the exact role names only', () => {
    expect(parseRole('ADMIN')).toBe(Role.ADMIN);
    expect(parseRole('EDITOR')).toBe(Role.EDITOR);
    expect(parseRole('VIEWER')).toBe(Role.VIEWER);
    expect(parseRole('superuser')).toBeUndefined();
    expect(parseRole('')).toBeUndefined();
    expect(parseRole(7)).toBeUndefined();
  });

  it.each(['admin', 'Admin', 'admın', 'ADMİN', 'ADMIN ', ' ADMIN', 'ADMIN\u200B', 'ＡＤＭＩＮ', 'viewer admin'])(
    'gives no role for the look-alike %j',
    (value) => {
      expect(parseRole(value)).toBeUndefined();
    },
  );
});
