import { enumCell, instantCell, listCell } from './cell-values.js';

describe('cell values', () => {
  it('splits list cells on bars, commas and spaces', () => {
    expect(listCell('FI|SV')).toEqual(['FI', 'SV']);
    expect(listCell(' fi  sv,en | SE ')).toEqual(['fi', 'sv', 'en', 'SE']);
    expect(listCell('')).toEqual([]);
  });

  it('reads enum cells as people write them', () => {
    expect(enumCell(' trade union ')).toBe('TRADE_UNION');
    expect(enumCell('Wellbeing-services-county')).toBe('WELLBEING_SERVICES_COUNTY');
    expect(enumCell('')).toBe('');
  });

  it('reads ISO times, ISO and Finnish dates, and refuses the rest', () => {
    expect(instantCell('2026-01-31T10:00:00.000Z')).toEqual({ value: new Date('2026-01-31T10:00:00.000Z') });
    expect(instantCell('2026-01-31T12:00:00+02:00')).toEqual({ value: new Date('2026-01-31T10:00:00.000Z') });
    expect(instantCell('2026-01-31')).toEqual({ value: new Date('2026-01-31T00:00:00.000Z') });
    expect(instantCell('31.1.2026')).toEqual({ value: new Date('2026-01-31T00:00:00.000Z') });
    expect(instantCell(' ')).toEqual({ value: null });
    for (const bad of ['2026-02-30', '31.13.2026', '2026-01-31T10:00', 'eilen', '1/31/2026']) expect(instantCell(bad)).toEqual({ error: expect.any(String) });
  });

  it('reads the spellings spreadsheets write: a space for the T, no seconds, an offset without its colon', () => {
    expect(instantCell('2026-01-31 12:00+0200')).toEqual({ value: new Date('2026-01-31T10:00:00.000Z') });
    expect(instantCell('2026-01-31t10:00:30z')).toEqual({ value: new Date('2026-01-31T10:00:30.000Z') });
  });

  it('refuses times of days that do not exist and years outside 0001–9999, never rolling them over', () => {
    for (const bad of [
      '2025-02-30T00:00:00Z',
      '2026-04-31T10:00:00Z',
      '2026-01-31T24:00:00Z',
      '2026-01-31T10:60:00Z',
      '0000-01-01',
      '0000-12-31T23:00:00Z',
      '29.2.2025',
    ]) {
      expect(instantCell(bad)).toEqual({ error: expect.any(String) });
    }
    expect(instantCell('0050-06-01')).toEqual({ value: new Date('0050-06-01T00:00:00.000Z') });
  });
});
