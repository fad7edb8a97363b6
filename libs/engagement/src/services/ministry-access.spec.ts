import { Role, Viewer } from '@sidos/auth';
import { ForbiddenError } from '@sidos/common';
import { assertMayChangeMinistry } from './ministry-access.js';

const viewer = (roles: Role[], ministry: string | null): Viewer => ({ id: 'someone', name: null, roles, ministry });

describe('assertMayChangeMinistry', () => {
  it("lets an EDITOR change its own ministry's consultations only", () => {
    expect(() => assertMayChangeMinistry(viewer([Role.EDITOR], 'TEM'), 'TEM')).not.toThrow();
    expect(() => assertMayChangeMinistry(viewer([Role.EDITOR], 'TEM'), 'YM')).toThrow(ForbiddenError);
    expect(() => assertMayChangeMinistry(viewer([Role.EDITOR], null), 'TEM')).toThrow(ForbiddenError);
  });

  it('lets an ADMIN change any ministry, with or without a ministry claim', () => {
    expect(() => assertMayChangeMinistry(viewer([Role.ADMIN], 'TEM'), 'YM')).not.toThrow();
    expect(() => assertMayChangeMinistry(viewer([Role.VIEWER, Role.ADMIN], null), 'STM')).not.toThrow();
  });
});
