const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** The Y-tunnus check digit of seven digits, or null when no business ID has them (r = 1). */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) throw new Error('expected seven digits');
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(sevenDigits[index]), 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** True for a Finnish business ID "NNNNNNN-C" whose check digit is right. */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const check = businessIdCheckDigit(match[1]);
  return check !== null && check === Number(match[2]);
}

/**
 * Accepts the forms people paste: surrounding spaces, a missing leading zero ("112038-9"),
 * or the VAT number ("FI01120389"); returns "NNNNNNN-C" or the trimmed input unchanged.
 */
export function normaliseBusinessId(value: string): string {
  const trimmed = value.trim();
  const vat = /^FI\s?(\d{8})$/i.exec(trimmed);
  if (vat) return `${vat[1].slice(0, 7)}-${vat[1].slice(7)}`;
  const short = /^(\d{6})-(\d)$/.exec(trimmed);
  if (short) return `0${short[1]}-${short[2]}`;
  return trimmed;
}
