import { Kind } from 'graphql';
import { DateScalar, DateTimeScalar } from './date.scalar.js';

describe('Date scalar', () => {
  it('parses variables and literals, refusing anything else', () => {
    expect(DateScalar.parseValue('2026-11-27')).toBe('2026-11-27');
    expect(() => DateScalar.parseValue('2026-11-31')).toThrow(/calendar date/);
    expect(() => DateScalar.parseValue('0000-01-01')).toThrow(/calendar date/);
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-01-02' }, {})).toBe('2026-01-02');
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '1' }, {})).toThrow();
  });

  it('serialises dates and date strings as YYYY-MM-DD', () => {
    expect(DateScalar.serialize('2026-11-27')).toBe('2026-11-27');
    expect(DateScalar.serialize(new Date('2026-11-27T00:00:00.000Z'))).toBe('2026-11-27');
  });
});

describe('DateTime scalar', () => {
  it('parses RFC 3339 times with their offset into instants', () => {
    expect(DateTimeScalar.parseValue('2026-11-27T10:00:00Z')).toEqual(new Date('2026-11-27T10:00:00.000Z'));
    expect(DateTimeScalar.parseValue('2026-11-27T12:00:00.123+02:00')).toEqual(new Date('2026-11-27T10:00:00.123Z'));
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2024-02-29T23:59:59.999Z' }, {})).toEqual(new Date('2024-02-29T23:59:59.999Z'));
  });

  it.each([
    '2025-02-30T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-11-27T24:00:00Z',
    '2026-11-27T10:00:00',
    '2026-11-27',
    '-271821-04-20T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '0000-12-31T23:59:59Z',
    '0001-01-01T00:30:00+01:00',
    '9999-12-31T23:00:00-01:00',
    'Fri, 27 Nov 2026 10:00:00 GMT',
    '',
  ])('refuses %j as BAD_USER_INPUT instead of rolling it over or passing it to PostgreSQL', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });

  it('refuses literals that are not strings', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1764237600000' }, {})).toThrow(/DateTime/);
    expect(() => DateTimeScalar.parseValue(1764237600000)).toThrow(/DateTime/);
  });

  it('serialises instants at UTC', () => {
    expect(DateTimeScalar.serialize(new Date('2026-11-27T12:00:00+02:00'))).toBe('2026-11-27T10:00:00.000Z');
  });
});
