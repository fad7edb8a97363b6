import { isCalendarDate, parseIsoInstant } from './iso-time.js';

describe('isCalendarDate', () => {
  it('accepts real calendar dates of the years 0001–9999 only', () => {
    expect(isCalendarDate('2026-11-27')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('0050-01-01')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-00-10')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
    expect(isCalendarDate('27.11.2026')).toBe(false);
    expect(isCalendarDate('+02026-11-27')).toBe(false);
    expect(isCalendarDate(20261127)).toBe(false);
  });
});

describe('parseIsoInstant', () => {
  it('reads the instant of an RFC 3339 time, whatever its offset', () => {
    expect(parseIsoInstant('2026-11-27T10:00:00Z')).toEqual(new Date('2026-11-27T10:00:00.000Z'));
    expect(parseIsoInstant('2026-11-27T10:00:00.5Z')).toEqual(new Date('2026-11-27T10:00:00.500Z'));
    expect(parseIsoInstant('2026-11-27T10:00:00.123456789Z')).toEqual(new Date('2026-11-27T10:00:00.123Z'));
    expect(parseIsoInstant('2026-01-01T01:30:00+02:00')).toEqual(new Date('2025-12-31T23:30:00.000Z'));
    expect(parseIsoInstant('2026-11-27T10:00:00-03:30')).toEqual(new Date('2026-11-27T13:30:00.000Z'));
    expect(parseIsoInstant('0050-06-01T00:00:00Z')?.toISOString()).toBe('0050-06-01T00:00:00.000Z');
    expect(parseIsoInstant('0001-01-01T00:00:00Z')?.toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(parseIsoInstant('9999-12-31T23:59:59.999Z')?.toISOString()).toBe('9999-12-31T23:59:59.999Z');
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    // new Date() reads this as 2025-03-02.
    expect(parseIsoInstant('2025-02-30T00:00:00Z')).toBeUndefined();
    expect(parseIsoInstant('2026-04-31T00:00:00Z')).toBeUndefined();
    expect(parseIsoInstant('2026-13-01T00:00:00Z')).toBeUndefined();
  });

  it('refuses times of day and offsets that do not exist', () => {
    for (const value of ['2026-11-27T24:00:00Z', '2026-11-27T10:60:00Z', '2026-11-27T10:00:60Z', '2026-11-27T10:00:00+24:00', '2026-11-27T10:00:00+02:60']) {
      expect(parseIsoInstant(value)).toBeUndefined();
    }
  });

  it('refuses instants outside the years 0001–9999, which PostgreSQL or JavaScript cannot hold', () => {
    for (const value of [
      '-271821-04-20T00:00:00Z',
      '+275760-09-13T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '0001-01-01T00:00:00+00:01',
      '9999-12-31T23:59:59-00:01',
    ]) {
      expect(parseIsoInstant(value)).toBeUndefined();
    }
  });

  it('refuses other formats: no offset, a date alone, a space for the T, other spellings', () => {
    for (const value of [
      '2026-11-27T10:00:00',
      '2026-11-27',
      '2026-11-27 10:00:00Z',
      '2026-11-27T10:00Z',
      '2026-11-27T10:00:00+0200',
      '27.11.2026',
      '1764237600000',
      12,
      null,
    ]) {
      expect(parseIsoInstant(value)).toBeUndefined();
    }
  });
});
