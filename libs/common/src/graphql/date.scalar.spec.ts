import { Kind } from 'graphql';
import { DateScalar, isCalendarDate } from './date.scalar.js';

describe('Date scalar', () => {
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2026-11-27')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('27.11.2026')).toBe(false);
    expect(isCalendarDate(20261127)).toBe(false);
  });

  it('parses variables and literals, refusing anything else', () => {
    expect(DateScalar.parseValue('2026-11-27')).toBe('2026-11-27');
    expect(() => DateScalar.parseValue('2026-11-31')).toThrow(/calendar date/);
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-01-02' }, {})).toBe('2026-01-02');
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '1' }, {})).toThrow();
  });

  it('serialises dates and date strings as YYYY-MM-DD', () => {
    expect(DateScalar.serialize('2026-11-27')).toBe('2026-11-27');
    expect(DateScalar.serialize(new Date('2026-11-27T00:00:00.000Z'))).toBe('2026-11-27');
  });
});
