import { businessIdCheckDigit, businessIdInAnyForm, isValidBusinessId, normaliseBusinessId } from './business-id.js';

describe('business ID (Y-tunnus)', () => {
  it.each(['0112038-9', '0194099-3', '0201256-6', '1572860-0'])('accepts %s', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it.each([
    ['wrong check digit', '0112038-8'],
    ['no hyphen', '01120389'],
    ['six digits', '112038-9'],
    ['letters', 'ABCDEFG-1'],
    ['trailing text', '0112038-9x'],
    ['empty', ''],
  ])('rejects %s (%s)', (_reason, id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });

  it('computes the check digit with weights 7,9,10,5,8,4,2', () => {
    // 0*7+1*9+1*10+2*5+0*8+3*4+8*2 = 57; 57 mod 11 = 2; 11 - 2 = 9
    expect(businessIdCheckDigit('0112038')).toBe(9);
  });

  it('gives 0 when the remainder is 0', () => {
    // 2*10 + 1*2 = 22; 22 mod 11 = 0
    expect(businessIdCheckDigit('0020001')).toBe(0);
    expect(isValidBusinessId('0020001-0')).toBe(true);
  });

  it('issues no ID when the remainder is 1', () => {
    // 1*8 + 1*4 = 12; 12 mod 11 = 1
    expect(businessIdCheckDigit('0000110')).toBeNull();
    for (let digit = 0; digit <= 9; digit += 1) expect(isValidBusinessId(`0000110-${digit}`)).toBe(false);
  });

  it('normalises a VAT number, spaces and a missing leading zero', () => {
    expect(normaliseBusinessId(' FI01120389 ')).toBe('0112038-9');
    expect(normaliseBusinessId('fi 01940993')).toBe('0194099-3');
    expect(normaliseBusinessId('112038-9')).toBe('0112038-9');
    expect(normaliseBusinessId('not an id')).toBe('not an id');
  });

  it('normalises a business ID without its hyphen, with inner spaces, or a VAT number with a hyphen', () => {
    expect(normaliseBusinessId('01120389')).toBe('0112038-9');
    expect(normaliseBusinessId('0112038 9')).toBe('0112038-9');
    expect(normaliseBusinessId('0112038 - 9')).toBe('0112038-9');
    expect(normaliseBusinessId('FI 0112038-9')).toBe('0112038-9');
    // Not a business ID: seven digits without a hyphen (one being typed), too short, too long, other letters.
    expect(normaliseBusinessId('0112038')).toBe('0112038');
    expect(normaliseBusinessId('1120389')).toBe('1120389');
    expect(normaliseBusinessId('12345')).toBe('12345');
    expect(normaliseBusinessId('0112038-99')).toBe('0112038-99');
    expect(normaliseBusinessId('SE01120389')).toBe('SE01120389');
  });

  it('finds a valid business ID in any form, and nothing in an invalid one', () => {
    for (const form of ['0112038-9', '01120389', 'FI01120389', 'fi 0112038 9', ' 112038-9 ']) expect(businessIdInAnyForm(form)).toBe('0112038-9');
    expect(businessIdInAnyForm('0112038-8')).toBeNull();
    expect(businessIdInAnyForm('FI01120388')).toBeNull();
    expect(businessIdInAnyForm('Valtonen')).toBeNull();
    expect(businessIdInAnyForm('')).toBeNull();
  });
});
