import { fullNamePatterns, literal, mentionPattern, phonePattern } from './erasure-patterns.js';

describe('erasure patterns', () => {
  it('makes a full name either way round, and nothing of a name alone', () => {
    expect(fullNamePatterns('Ville', 'Valtonen')).toEqual([
      expect.stringMatching(/^Ville\(\?:.*\)\+Valtonen$/),
      expect.stringMatching(/^Valtonen\(\?:.*\)\+Ville$/),
    ]);
    expect(fullNamePatterns('Ville', '')).toEqual([]);
    expect(fullNamePatterns('A', 'B.')).toEqual([]);
    expect(fullNamePatterns('Li', 'Wu')).toHaveLength(2);
    expect(mentionPattern({ firstName: new Set(['Ville']), lastName: new Set(), email: new Set(), phone: new Set() })).toBeNull();
  });

  it('matches a Finnish number in national and international form alike, and leaves short numbers alone', () => {
    expect(phonePattern('050 765 4321')).toBe(phonePattern('+358 50 765 4321'));
    expect(phonePattern('+358-50-7654321')).toBe(phonePattern('00358 507654321'));
    expect(phonePattern('+46 70 123 45 67')).toContain('(?:\\+|00)');
    expect(phonePattern('112')).toBeNull();
  });

  it('escapes what a regular expression would read as an operator', () => {
    expect(literal('a.b+c@example.fi')).toBe('a\\.b\\+c@example\\.fi');
  });
});
