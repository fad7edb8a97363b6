import { Role, type Viewer } from '@sidos/auth';
import { EngagementMethod } from '@sidos/engagement';
import { assertMayChangeFacilitatorsOf, inEnumOrder } from './facilitation-access.js';

const viewer = (roles: Role[], ministry: string | null): Viewer => ({ id: 'someone', name: null, roles, ministry });

describe('facilitation access', () => {
  it('lets an ADMIN change any ministry, an EDITOR only its own', () => {
    expect(() => assertMayChangeFacilitatorsOf(viewer([Role.ADMIN], 'TEM'), 'YM')).not.toThrow();
    expect(() => assertMayChangeFacilitatorsOf(viewer([Role.EDITOR], 'TEM'), 'TEM')).not.toThrow();
    expect(() => assertMayChangeFacilitatorsOf(viewer([Role.EDITOR], 'TEM'), 'YM')).toThrow(/may not change facilitators of YM/);
    expect(() => assertMayChangeFacilitatorsOf(viewer([Role.EDITOR], null), 'YM')).toThrow(/ministry claim/);
  });

  it('puts values in enum order, each once', () => {
    const order = Object.values(EngagementMethod);
    expect(inEnumOrder([EngagementMethod.WEBINAR, EngagementMethod.DIALOGUE, EngagementMethod.WEBINAR], order)).toEqual([
      EngagementMethod.DIALOGUE,
      EngagementMethod.WEBINAR,
    ]);
    expect(inEnumOrder(null, order)).toEqual([]);
  });
});
