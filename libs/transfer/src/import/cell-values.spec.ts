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
});
