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
  it('matches role names case-insensitively and refuses anything else', () => {
    expect(parseRole('admin')).toBe(Role.ADMIN);
    expect(parseRole(' Editor ')).toBe(Role.EDITOR);
    expect(parseRole('VIEWER')).toBe(Role.VIEWER);
    expect(parseRole('superuser')).toBeUndefined();
    expect(parseRole('')).toBeUndefined();
  });
});
