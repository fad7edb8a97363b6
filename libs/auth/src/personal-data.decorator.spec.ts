import { jest } from '@jest/globals';
import { type MiddlewareContext } from '@nestjs/graphql';
import { mayReadPersonalData, personalDataMiddleware } from './personal-data.decorator.js';
import { Role } from './role.enum.js';

const contextOf = (roles: Role[] | null) =>
  ({ context: { req: roles ? { viewer: { id: 'u', name: null, ministry: null, roles } } : {} } }) as unknown as MiddlewareContext;

describe('personal data', () => {
  it('is for EDITOR and ADMIN, not for a VIEWER or a caller without a viewer', () => {
    expect(mayReadPersonalData({ roles: [Role.ADMIN] })).toBe(true);
    expect(mayReadPersonalData({ roles: [Role.EDITOR] })).toBe(true);
    expect(mayReadPersonalData({ roles: [Role.VIEWER] })).toBe(false);
    expect(mayReadPersonalData({ roles: [] })).toBe(false);
    expect(mayReadPersonalData(undefined)).toBe(false);
  });

  it('answers null to a VIEWER without running the field, the value to an EDITOR', async () => {
    const next = jest.fn(() => Promise.resolve<unknown>('aino@example.fi'));
    expect(await personalDataMiddleware(contextOf([Role.VIEWER]), next)).toBeNull();
    expect(await personalDataMiddleware(contextOf(null), next)).toBeNull();
    expect(next).not.toHaveBeenCalled();
    expect(await personalDataMiddleware(contextOf([Role.EDITOR]), next)).toBe('aino@example.fi');
  });
});
